import { styled } from 'styled-components';
import { CallRecordBubble } from '../src';
import type { CallRecord } from '../src';
import { useConversationRows } from './conversationRows';
import { SELF_ID } from './data';
import { ChatColumn, TextBubble } from './layout';

/** One message row; a little more space when the sender changes, as chat apps do. */
const Message = styled.div<{ $newSender: boolean }>`
  display: flex;
  flex-direction: column;
  margin-block-start: ${(p) => (p.$newSender ? '6px' : '0')};
`;

/** Props of {@link ChatThread}. */
export interface ChatThreadProps {
  /** The conversation as the app holds it: any mix of NIM message shapes and text messages. */
  messages: readonly unknown[];
  onCallBack?: (record: CallRecord, peerId: string | undefined) => void;
  showTime?: boolean;
  /** Accessible name of the conversation. */
  label: string;
}

/**
 * A chat screen: the message list goes through `useCallRecords` (grouping missed
 * calls, dropping the duplicate client+server report of one call); each call item is
 * rendered where its message sits, among ordinary text bubbles.
 */
export function ChatThread({ messages, onCallBack, showTime = true, label }: ChatThreadProps) {
  const rows = useConversationRows(messages);

  return (
    <ChatColumn role="log" aria-label={label}>
      {rows.map(({ key, text, item, newSender }) => (
        <Message key={key} $newSender={newSender}>
          {text ? (
            <TextBubble own={text.senderId === SELF_ID}>{text.text}</TextBubble>
          ) : (
            <CallRecordBubble record={item} showTime={showTime} onCallBack={onCallBack} />
          )}
        </Message>
      ))}
    </ChatColumn>
  );
}
