/**
 * Type tests against NetEase's real Web SDK typings (`nim-web-sdk-ng` 10.x, a devDependency used for
 * types only). Checked by `npm run typecheck` (`tsc --noEmit`, which includes `test/`); nothing here runs:
 * every statement sits inside functions that are never called, and the SDK is imported with `import type`.
 *
 * - Accepted without casts: a `V2NIMMessage`, its attachment, and lists of them (mutable, readonly, and
 *   wrapped in an app's own message type) by `parseCallRecord`, `isCallRecordMessage`, `CallRecordBubble`
 *   (`record`) and `useCallRecords`; the hook's items keep the message type.
 * - Rejected: each `@ts-expect-error` below must stay an error, or type-checking fails
 *   ("Unused '@ts-expect-error' directive").
 */
import type { V2NIMMessage } from 'nim-web-sdk-ng/dist/v2/NIM_BROWSER_SDK/V2NIMMessageService';
import type { ReactElement } from 'react';
import {
  CallRecordBubble,
  CallRecordProvider,
  callRecordPreview,
  collectCallRecords,
  formatCallRecord,
  isCallRecordMessage,
  parseCallRecord,
  useCallRecords,
} from '../../src';
import type {
  CallRecord,
  CallRecordItem,
  CallRecordView,
  CallType,
  ParseCallRecordResult,
  UseCallRecordsResult,
} from '../../src';

/** An app's own message wrapper around the SDK message. */
interface AppMessage {
  readonly localId: string;
  readonly nim: V2NIMMessage;
}

export function acceptsSdkMessages(
  message: V2NIMMessage,
  history: V2NIMMessage[],
  readonlyHistory: readonly V2NIMMessage[],
) {
  // parseCallRecord: the message, its attachment, the attachment's raw JSON, and a whole list.
  const result: ParseCallRecordResult = parseCallRecord(message);
  parseCallRecord(message.attachment);
  parseCallRecord(message.attachment?.raw);
  const results: ParseCallRecordResult[] = history.map(parseCallRecord);
  const records: CallRecord[] = readonlyHistory.flatMap((m) => {
    const parsed = parseCallRecord(m);
    return parsed.ok ? [parsed.record] : [];
  });
  const calls: V2NIMMessage[] = history.filter(isCallRecordMessage);

  // The result narrows on `ok`.
  if (result.ok) {
    const type: CallType = result.record.callType;
    const id: string = result.record.id;
    void [type, id];
  } else {
    const code: string = result.error.code;
    void code;
  }

  // Formatting a parsed record; preview for a conversation list.
  const first = records[0];
  if (first) {
    const view: CallRecordView = formatCallRecord(first, { selfId: message.senderId, locale: 'zh-CN' });
    const preview: string = callRecordPreview(first, { locale: 'en' });
    void [view, preview];
  }

  // The pure collector keeps the message type.
  const collected: UseCallRecordsResult<V2NIMMessage> = collectCallRecords(history, { selfId: 'me' });
  void [results, calls, collected];
}

export function BubbleFromSdkMessage({ message }: { message: V2NIMMessage }): ReactElement {
  const parsed = parseCallRecord(message);
  return (
    <CallRecordProvider selfId="me" locale="zh-CN">
      <CallRecordBubble record={message} />
      <CallRecordBubble record={message.attachment} />
      <CallRecordBubble record={parsed} />
      {parsed.ok ? <CallRecordBubble record={parsed.record} showTime timeZone="Asia/Shanghai" /> : null}
      <CallRecordBubble
        record={message}
        selfId={message.receiverId}
        locale="en"
        messages={{ callBack: 'Ring back' }}
        onCallBack={(record: CallRecord, peerId: string | undefined) => {
          const media: CallType = record.callType;
          void [media, peerId];
        }}
      />
    </CallRecordProvider>
  );
}

export function ChatFromSdkMessages({ history }: { history: V2NIMMessage[] }): ReactElement {
  const { items, errors, stats } = useCallRecords(history, { selfId: 'me', groupMissed: true });
  // Items and errors carry the SDK message type: no cast to get the original message back.
  const firstItem: CallRecordItem<V2NIMMessage> | undefined = items[0];
  const original: V2NIMMessage | undefined = firstItem?.message;
  const brokenServerIds: string[] = errors.map((entry) => entry.message.messageServerId);
  const total: number = stats.total;
  void [original, brokenServerIds, total];
  return (
    <ul>
      {items.map((item) => (
        <li key={item.key}>
          <CallRecordBubble
            record={item}
            onCallBack={(record, peerId) => {
              const media: CallType = record.callType;
              const peer: string | undefined = peerId;
              void [media, peer];
            }}
          />
        </li>
      ))}
    </ul>
  );
}

export function ChatFromReadonlyAndWrappedMessages({
  readonlyHistory,
  appMessages,
}: {
  readonlyHistory: readonly V2NIMMessage[];
  appMessages: readonly AppMessage[];
}): ReactElement {
  const fromReadonly = useCallRecords(readonlyHistory);
  const wrapped = useCallRecords(appMessages, {
    // The parameter is inferred as AppMessage.
    getRecordInput: (message) => message.nim,
    locale: 'ja',
  });
  const localId: string | undefined = wrapped.items[0]?.message.localId;
  void localId;
  return (
    <>
      {fromReadonly.items.map((item) => (
        <CallRecordBubble key={item.key} record={item} />
      ))}
      {wrapped.items.map((item) => (
        <CallRecordBubble key={item.key} record={item} />
      ))}
    </>
  );
}

export function rejectsMistakes(message: V2NIMMessage, record: CallRecord, view: CallRecordView) {
  // @ts-expect-error parseCallRecord needs an input
  parseCallRecord();

  const result = parseCallRecord(message);
  // @ts-expect-error the record is only there once `ok` is checked
  void result.record.callType;

  // @ts-expect-error callType is 'audio' | 'video', never 'phone'
  void (record.callType === 'phone');
  // @ts-expect-error status is one of the five outcomes; "missed" is a tone of the view, not a status
  void (record.status === 'missed');
  // @ts-expect-error tone is 'normal' | 'missed'
  void (view.tone === 'rejected');
  // @ts-expect-error direction is 'outgoing' | 'incoming'
  void (view.direction === 'in');

  // @ts-expect-error selfId is an account id string, not a number
  formatCallRecord(record, { selfId: 42 });
}

/** A custom hook, so the hook calls below follow the rules of hooks. */
export function useRejectsHookMistakes(message: V2NIMMessage, history: V2NIMMessage[]) {
  // @ts-expect-error selfId is an account id string, not a number
  useCallRecords(history, { selfId: 42 });
  // @ts-expect-error getRecordInput reads the list's own message type
  useCallRecords(history, { getRecordInput: (m: string) => m });
  // @ts-expect-error items keep the SDK message type: it has no `localId`
  void useCallRecords(history).items[0]?.message.localId;
  // @ts-expect-error a list is expected, not one message
  useCallRecords(message);
}

export function rejectsBubbleMistakes(message: V2NIMMessage): ReactElement {
  return (
    <>
      {/* @ts-expect-error record is required */}
      <CallRecordBubble />
      {/* @ts-expect-error selfId is an account id string, not a number */}
      <CallRecordBubble record={message} selfId={42} />
      {/* @ts-expect-error locale is a BCP 47 string */}
      <CallRecordBubble record={message} locale={42} />
      {/* @ts-expect-error the item goes in `record`; there is no `item` prop */}
      <CallRecordBubble item={message} />
      {/* @ts-expect-error onCallBack receives the record first, not a number */}
      <CallRecordBubble record={message} onCallBack={(record: number) => void record} />
      {/* @ts-expect-error the peer id is a string or undefined, not a number */}
      <CallRecordBubble record={message} onCallBack={(_record: CallRecord, peerId: number) => void peerId} />
      {/* @ts-expect-error showTime is a boolean */}
      <CallRecordBubble record={message} showTime="yes" />
      {/* @ts-expect-error message overrides are strings, keyed by known message keys */}
      <CallRecordBubble record={message} messages={{ callBack: 1 }} />
    </>
  );
}
