/// <reference types="vite/client" />
// A real nim-web-sdk-ng 10.8.1 instance in the page, offline, for the "Live conversation" story and
// test/browser/useNimCallRecords.test.tsx. The SDK's browser build runs once loaded by a <script> in a
// page served over http (it needs `localStorage`); without a login, `NIM.getInstance`, the message
// creator and the message service's own event emitter (`on`, `off`, `emit`, `listenerCount`) work, and
// `getMessageList` rejects at once with V2NIMError 190002 "illegal state".
import sdkUrl from 'nim-web-sdk-ng/dist/v2/NIM_BROWSER_SDK.js?url';
import type V2NIM from 'nim-web-sdk-ng/dist/v2/NIM_BROWSER_SDK';
import type {
  V2NIMMessage,
  V2NIMMessageListener,
} from 'nim-web-sdk-ng/dist/v2/NIM_BROWSER_SDK/V2NIMMessageService';

/** The viewer: the account the SDK instance is made for. */
export const ME = 'alice';
/** The other person of the conversation. */
export const PEER = 'bob';
/**
 * The conversation as a logged-in SDK names it: `<own account>|1|<peer>` (one-to-one). Before a
 * login `V2NIMConversationIdUtil.p2pConversationId` leaves the own part empty, so it is written out.
 */
export const CONVERSATION_ID = `${ME}|1|${PEER}`;

/** What the service's eventemitter3 offers beyond the SDK's typings. */
export interface EmittingService {
  emit<Event extends keyof V2NIMMessageListener>(event: Event, ...args: V2NIMMessageListener[Event]): boolean;
  listenerCount(event: keyof V2NIMMessageListener): number;
}

/** The events the source listens to, as the SDK names them. */
export const SOURCE_EVENTS = [
  'onReceiveMessages',
  'onSendMessage',
  'onReceiveMessagesModified',
  'onMessageRevokeNotifications',
  'onMessageDeletedNotifications',
  'onClearHistoryNotifications',
] as const satisfies readonly (keyof V2NIMMessageListener)[];

let loaded: Promise<V2NIM> | undefined;

/** The page's one SDK instance (`NIM.getInstance` returns the same one each time), loaded once. */
export function loadNim(): Promise<V2NIM> {
  loaded ??= new Promise<void>((resolve, reject) => {
    const script = document.createElement('script');
    script.src = sdkUrl;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`could not load ${sdkUrl}`));
    document.head.append(script);
  }).then(() => {
    const global = (globalThis as unknown as { NIM: { default?: typeof V2NIM } & typeof V2NIM }).NIM;
    const sdk = global.default ?? global;
    return sdk.getInstance({
      appkey: 'react-call-records-demo',
      account: ME,
      token: 'offline',
      apiVersion: 'v2',
      debugLevel: 'off',
    });
  });
  return loaded;
}

/** The instance's message service with its emitter, as the tests and the story drive it. */
export function emitterOf(nim: V2NIM): EmittingService {
  return nim.V2NIMMessageService as unknown as EmittingService;
}

/** A call as a sent or received message carries it. */
export interface SdkCall {
  /** The caller: `ME` for a call placed here, else `PEER`. */
  readonly from: string;
  /** 1 audio, 2 video. */
  readonly type: 1 | 2;
  /** 1 completed, 2 cancelled, 3 rejected, 4 timeout, 5 busy. */
  readonly status: 1 | 2 | 3 | 4 | 5;
  readonly seconds?: number;
  readonly createTime: number;
  /** The server id it has once sent ('' while being sent). */
  readonly serverId: string;
  readonly channelId: string;
}

/**
 * A call record made by the SDK's own `V2NIMMessageCreator.createCallMessage`, with the fields a sent
 * or received message carries filled in as the SDK fills them: sender, receiver, conversation,
 * server id, time, `isSelf`, and `sendingState` 1 (succeeded) for the viewer's own.
 */
export function sdkCallMessage(nim: V2NIM, call: SdkCall): V2NIMMessage {
  const durations =
    call.seconds === undefined
      ? []
      : [
          { accountId: ME, duration: call.seconds },
          { accountId: PEER, duration: call.seconds },
        ];
  const message = nim.V2NIMMessageCreator.createCallMessage(
    call.type,
    call.channelId,
    call.status,
    durations,
  );
  const isSelf = call.from === ME;
  return Object.assign(message, {
    senderId: call.from,
    receiverId: isSelf ? PEER : ME,
    conversationId: CONVERSATION_ID,
    conversationType: 1,
    messageServerId: call.serverId,
    createTime: call.createTime,
    isSelf,
    sendingState: isSelf ? 1 : 0,
  });
}

/** A text message made by the SDK's `createTextMessage`, received from `PEER`. */
export function sdkTextMessage(nim: V2NIM, text: string, createTime: number, serverId: string): V2NIMMessage {
  return Object.assign(nim.V2NIMMessageCreator.createTextMessage(text), {
    senderId: PEER,
    receiverId: ME,
    conversationId: CONVERSATION_ID,
    conversationType: 1,
    messageServerId: serverId,
    createTime,
    isSelf: false,
  });
}
