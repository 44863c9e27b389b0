import '@chatscope/chat-ui-kit-styles/dist/default/styles.min.css';
import './chatscope.css';
import { ChatContainer, MainContainer, Message, MessageList } from '@chatscope/chat-ui-kit-react';
import type { MessageModel } from '@chatscope/chat-ui-kit-react';
import { CallRecordBubble } from '../../src';
import type { CallRecord } from '../../src';
import { useConversationRows } from '../conversationRows';
import type { ConversationRow } from '../conversationRows';
import { SELF_ID } from '../data';

/** Props of {@link ChatscopeConversation}. */
export interface ChatscopeConversationProps {
  /** The conversation as the app holds it: any mix of NIM message shapes and text messages. */
  messages: readonly unknown[];
  /** Light: chatscope's default theme; dark: the app's dark overrides of it (`chatscope.css`). */
  theme: 'light' | 'dark';
  onCallBack?: ((record: CallRecord, peerId: string) => void) | undefined;
  /** Accessible name of the message list. */
  label: string;
  /** Inline size of the chat, in px. Default 420. */
  width?: number | undefined;
}

/** chatscope's `position` of a message in a run of one sender's messages (it shapes the corners). */
function positionInRun(rows: readonly ConversationRow[], index: number): MessageModel['position'] {
  const sender = rows[index]?.sender;
  const sameAsPrevious = index > 0 && rows[index - 1]?.sender === sender;
  const sameAsNext = rows[index + 1]?.sender === sender;
  if (sameAsPrevious && sameAsNext) return 'normal';
  if (sameAsNext) return 'first';
  if (sameAsPrevious) return 'last';
  return 'single';
}

/**
 * A conversation in `@chatscope/chat-ui-kit-react`: `MainContainer` › `ChatContainer` ›
 * `MessageList`, one `Message` per row. Text messages are chatscope's text content; each call record
 * is a `CallRecordBubble` in content mode inside `Message.CustomContent`, so chatscope draws the
 * bubble and ours only its content. The viewer's messages are `outgoing`. The `crb-on-chatscope`
 * class carries the call-record tokens for chatscope's colours (`chatscope.css`).
 */
export function ChatscopeConversation({
  messages,
  theme,
  onCallBack,
  label,
  width = 420,
}: ChatscopeConversationProps) {
  const rows = useConversationRows(messages);
  return (
    <div
      className="kit-chatscope crb-on-chatscope"
      data-kit-theme={theme}
      style={{ inlineSize: width, blockSize: 640 }}
    >
      <MainContainer>
        <ChatContainer>
          <MessageList role="log" aria-label={label} autoScrollToBottomOnMount={false}>
            {rows.map((row, index) => {
              const model: MessageModel = {
                direction: row.sender === SELF_ID ? 'outgoing' : 'incoming',
                position: positionInRun(rows, index),
                type: row.text ? 'text' : 'custom',
                message: row.text?.text,
              };
              return (
                <Message key={row.key} model={model}>
                  {row.item ? (
                    <Message.CustomContent>
                      <CallRecordBubble
                        record={row.item}
                        variant="content"
                        showTime
                        onCallBack={onCallBack}
                      />
                    </Message.CustomContent>
                  ) : null}
                </Message>
              );
            })}
          </MessageList>
        </ChatContainer>
      </MainContainer>
    </div>
  );
}
