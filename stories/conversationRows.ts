import { useMemo } from 'react';
import { useCallRecords } from '../src';
import type { CallRecordItem } from '../src';
import { isTextMessage } from './data';
import type { DemoTextMessage } from './data';

/** One visible message of a conversation: a text message or a call item, with who sent it. */
export interface ConversationRow {
  readonly key: string;
  readonly text: DemoTextMessage | undefined;
  readonly item: CallRecordItem | undefined;
  /** The sender's account id; `undefined` for a record that names nobody. */
  readonly sender: string | undefined;
  /** True when the sender differs from the previous row's (chat apps add a little space there). */
  readonly newSender: boolean;
}

/**
 * The rows a chat screen shows for a conversation as the app holds it (any mix of NIM message shapes
 * and text messages): the call messages go through `useCallRecords` with `groupMissed: true`, and a
 * message without an item (a duplicate report, an earlier member of a missed-call group) shows nothing.
 */
export function useConversationRows(messages: readonly unknown[]): readonly ConversationRow[] {
  const { items } = useCallRecords(messages, { groupMissed: true });
  return useMemo(() => {
    const itemByMessage = new Map<unknown, CallRecordItem>();
    for (const item of items) itemByMessage.set(item.message, item);
    const rows: ConversationRow[] = [];
    let previous: string | undefined;
    for (const message of messages) {
      const text = isTextMessage(message) ? message : undefined;
      const item = text ? undefined : itemByMessage.get(message);
      const key = text?.messageClientId ?? item?.key;
      if (key === undefined) continue;
      const sender = text ? text.senderId : item?.record.senderId;
      rows.push({ key, text, item, sender, newSender: previous !== undefined && sender !== previous });
      previous = sender;
    }
    return rows;
  }, [items, messages]);
}
