import { useState, version as reactVersion } from 'react';
import { version as reactDomVersion } from 'react-dom';
import { CallRecordBubble, CallRecordProvider, useCallRecords } from 'react-call-records';
import type { CallRecord } from 'react-call-records';
import { message } from './message.js';

/** A V2NIMMessage (Web SDK v10) whose call attachment carries only `raw`, as some apps hand it over. */
function rawOnlyMissedCall(id: string, createTime: number): unknown {
  return {
    messageClientId: id,
    messageServerId: `s-${id}`,
    createTime,
    senderId: 'carol',
    receiverId: 'alice',
    conversationType: 1,
    conversationId: 'carol|1|alice',
    isSelf: false,
    sendingState: 1,
    messageType: 12,
    attachment: { raw: `{"type":1,"channelId":"${id}","status":4,"durations":[]}` },
  };
}

/** Alice's and Bob's conversation as an app holds it: call records in several shapes among other messages. */
const ALICE_AND_BOB: readonly unknown[] = [
  // Web SDK v10 V2NIMMessage: a completed video call, Alice -> Bob; each side has its own duration.
  message,
  // A text message: not a call record, ignored.
  {
    messageClientId: 'c-002',
    messageServerId: '9002',
    createTime: 1732500150000,
    senderId: 'bob',
    receiverId: 'alice',
    conversationType: 1,
    conversationId: 'bob|1|alice',
    isSelf: false,
    sendingState: 1,
    messageType: 0,
    text: 'Shall we try again later?',
  },
  // Server copy (抄送): every field a string, `attach` a JSON string. Bob declined a video call.
  {
    eventType: '1',
    convType: 'PERSON',
    to: 'bob',
    fromAccount: 'alice',
    fromClientType: 'WEB',
    msgTimestamp: '1732500200000',
    msgType: 'NRTC_NETCALL',
    msgidClient: '6b1f3c0e9a',
    msgidServer: '27715043871',
    body: '',
    attach: '{"type":2,"channelId":"6f0b4d1e2a3c4b5d6e7f8a9b0c1d2e3f","status":3,"durations":[]}',
    resendFlag: '0',
  },
  // Web SDK v9 message: Bob never answered a voice call.
  {
    scene: 'p2p',
    from: 'alice',
    to: 'bob',
    time: 1732500300000,
    type: 'g2',
    flow: 'out',
    idClient: 'a9c2',
    idServer: '9003',
    attach: { type: 1, channelId: '5c2d', status: 4, durations: [] },
  },
];

/** Everything in Alice's chat list: the above, three missed calls from Carol, a bare attach, an iOS object and a broken record. */
const ALICE_INBOX: readonly unknown[] = [
  ...ALICE_AND_BOB,
  rawOnlyMissedCall('m-1', 1732500400000),
  rawOnlyMissedCall('m-2', 1732500460000),
  rawOnlyMissedCall('m-3', 1732500520000),
  // The bare attach as a JSON string: a completed voice call; it names no sender, so nobody's side is known.
  '{"type":1,"channelId":123,"status":1,"durations":[{"accid":"acc01","duration":10},{"accid":"acc02","duration":12}]}',
  // An iOS-style NIMRtcCallRecordObject: a video call that found the line busy (no sender either).
  { callType: 2, callStatus: 5, channelID: '0a1b2c', durations: {} },
  // A broken call record: status 9 is not one of 1-5.
  '{"type":1,"channelId":124,"status":9,"durations":[]}',
];

type CallBack = (record: CallRecord, peerId: string | undefined) => void;

function Chat({
  label,
  messages,
  onCallBack,
  showTime = false,
}: {
  label: string;
  messages: readonly unknown[];
  onCallBack?: CallBack;
  showTime?: boolean;
}) {
  const { items, errors, stats } = useCallRecords(messages, { groupMissed: true });
  return (
    <section aria-label={label}>
      <h2>{label}</h2>
      <ul style={{ listStyle: 'none', padding: 0 }}>
        {items.map((item) => (
          <li key={item.key}>
            <CallRecordBubble record={item} onCallBack={onCallBack} showTime={showTime} />
          </li>
        ))}
        {errors.map((entry) => (
          <li key={`error-${entry.index}`}>
            <CallRecordBubble record={entry.message} />
          </li>
        ))}
      </ul>
      <p>
        {stats.errors} broken, {stats.ignored} other
      </p>
    </section>
  );
}

/**
 * The consumer app: Alice's chat in English, Bob's in Simplified Chinese, and a line that shows
 * who the last "call back" would ring. Rendered by the browser (createRoot / hydrateRoot) and by
 * Node (renderToString) alike.
 */
export function App({ title = 'Consumer app' }: { title?: string }) {
  const [callBack, setCallBack] = useState('No call back yet');
  const onCallBack: CallBack = (record, peerId) => {
    setCallBack(`Calling back ${peerId ?? 'unknown'} (${record.callType})`);
  };
  return (
    <main>
      <h1>{title}</h1>
      <p data-testid="versions">{`React ${reactVersion} / ReactDOM ${reactDomVersion}`}</p>
      <CallRecordProvider selfId="alice" locale="en">
        <Chat label="Alice" messages={ALICE_INBOX} onCallBack={onCallBack} />
      </CallRecordProvider>
      {/* An explicit time zone: server and browser must print the same time of day. */}
      <CallRecordProvider selfId="bob" locale="zh-CN" timeZone="Asia/Shanghai">
        <Chat label="Bob" messages={ALICE_AND_BOB} onCallBack={onCallBack} showTime />
      </CallRecordProvider>
      {/* Times the server's Intl may write otherwise than the browser's (Node's ko "AM 11:05"). */}
      <CallRecordProvider selfId="bob" locale="ko" timeZone="Asia/Seoul">
        <Chat label="Bob (Korean)" messages={ALICE_AND_BOB} showTime />
      </CallRecordProvider>
      <CallRecordProvider selfId="bob" locale="ar" timeZone="Asia/Riyadh">
        <Chat label="Bob (Arabic)" messages={ALICE_AND_BOB} showTime />
      </CallRecordProvider>
      <p role="status">{callBack}</p>
    </main>
  );
}
