// Issue 23: useNimCallRecords against the real nim-web-sdk-ng 10.8.1 in Chromium. The instance is the
// SDK's own (`NIM.getInstance`, offline), the messages are made by its `V2NIMMessageCreator` with the
// fields a sent or received message carries, and the events go through its message service's own
// emitter. Only `getMessageList`, which needs the network, is replaced (an own property over the
// SDK's method, deleted after each test) by pages the test answers; one test calls the real one.
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import type V2NIM from 'nim-web-sdk-ng/dist/v2/NIM_BROWSER_SDK';
import type {
  V2NIMMessage,
  V2NIMMessageListOption,
} from 'nim-web-sdk-ng/dist/v2/NIM_BROWSER_SDK/V2NIMMessageService';
import { StrictMode } from 'react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { useNimCallRecords } from '../../src/nim';
import type { UseNimCallRecordsOptions, UseNimCallRecordsResult } from '../../src/nim';
import type { SdkCall } from '../../stories/nimSdk';
import {
  CONVERSATION_ID,
  ME,
  PEER,
  SOURCE_EVENTS,
  emitterOf,
  loadNim,
  sdkCallMessage,
  sdkTextMessage,
} from '../../stories/nimSdk';

const T0 = 1_796_000_000_000;
let nim: V2NIM;

beforeAll(async () => {
  nim = await loadNim();
});

/** The page requests the replaced `getMessageList` received, each answered by the test. */
let requests: { option: V2NIMMessageListOption; answer: (page: V2NIMMessage[]) => Promise<void> }[] = [];

/** Replaces the network-bound `getMessageList` on the real service with pages the test answers. */
function answerPagesByHand(): void {
  requests = [];
  Object.assign(nim.V2NIMMessageService, {
    getMessageList: (option: V2NIMMessageListOption) =>
      new Promise<V2NIMMessage[]>((resolve) => {
        requests.push({
          option,
          answer: async (page) => {
            await act(async () => {
              resolve(page);
            });
          },
        });
      }),
  });
}

afterEach(() => {
  cleanup(); // a failed test's hooks unmount too, so the next one starts with no listener
  delete (nim.V2NIMMessageService as { getMessageList?: unknown }).getMessageList;
  requests = [];
});

function request(index: number) {
  const found = requests[index];
  if (found === undefined) throw new Error(`getMessageList was called ${requests.length} times`);
  return found;
}

/** The listeners on the real service, per event the source uses. */
function listenerCounts(): number[] {
  const service = emitterOf(nim);
  return SOURCE_EVENTS.map((event) => service.listenerCount(event));
}

/** What the viewer reads, row by row. */
const shown = (result: UseNimCallRecordsResult<V2NIMMessage>) => result.items.map((item) => item.view.text);

let calls = 0;
/** A call record made by the SDK, with a fresh channel and server id unless given. */
function call(fields: Partial<SdkCall> & Pick<SdkCall, 'createTime'>): V2NIMMessage {
  calls++;
  return sdkCallMessage(nim, {
    from: PEER,
    type: 1,
    status: 4,
    serverId: `9000${calls}`,
    channelId: `channel-${calls}`,
    ...fields,
  });
}

const OPTIONS: UseNimCallRecordsOptions<V2NIMMessage> = { selfId: ME, locale: 'en' };

function renderLive(options = OPTIONS, strict = false) {
  return renderHook(({ conversationId }) => useNimCallRecords(nim, conversationId, options), {
    initialProps: { conversationId: CONVERSATION_ID },
    ...(strict ? { wrapper: StrictMode } : {}),
  });
}

const emit: ReturnType<typeof emitterOf>['emit'] = (event, ...args) => {
  let emitted = false;
  act(() => {
    emitted = emitterOf(nim).emit(event, ...args);
  });
  return emitted;
};

describe('useNimCallRecords with the real SDK', () => {
  it('shows the newest page, oldest first, and asks for it as the SDK expects', async () => {
    answerPagesByHand();
    const { result, unmount } = renderLive({ ...OPTIONS, limit: 3, messageTypes: [12] });
    expect(result.current.status).toBe('loading');
    expect(request(0).option).toEqual({
      conversationId: CONVERSATION_ID,
      limit: 3,
      direction: 0,
      messageTypes: [12],
    });
    await request(0).answer([
      call({ createTime: T0 + 3000, from: ME, status: 1, seconds: 37 }),
      call({ createTime: T0 + 2000, from: ME, status: 3 }),
      call({ createTime: T0 + 1000, status: 4 }),
    ]);
    expect(shown(result.current)).toEqual(['Missed call', 'Declined', 'Call duration: 00:37']);
    expect(result.current.status).toBe('ready');
    expect(result.current.hasOlder).toBe(true);
    unmount();
  });

  it('appends received messages of its conversation; earlier rows keep their item objects', async () => {
    answerPagesByHand();
    const { result, unmount } = renderLive();
    await request(0).answer([call({ createTime: T0 + 1000 })]);
    const first = result.current.items[0];
    const other = Object.assign(call({ createTime: T0 + 1500 }), { conversationId: `${ME}|1|carol` });
    emit('onReceiveMessages', [call({ createTime: T0 + 2000, status: 2 }), other]);
    expect(shown(result.current)).toEqual(['Missed call', 'Missed call']);
    expect(result.current.items[0]).toBe(first);
    expect(result.current.stats.total).toBe(2);
    unmount();
  });

  it('a call being sent, then sent, then synced back with its server id is one bubble', async () => {
    answerPagesByHand();
    const { result, unmount } = renderLive();
    await request(0).answer([]);
    const sending = Object.assign(call({ createTime: T0 + 1000, from: ME, status: 4, serverId: '' }), {
      sendingState: 3,
    });
    emit('onSendMessage', sending);
    expect(shown(result.current)).toEqual(['No answer']);
    emit('onSendMessage', { ...sending, sendingState: 1, messageServerId: '70001' });
    // The server's copy (another device's sync) carries the server id, and a server time.
    emit('onReceiveMessages', [{ ...sending, messageServerId: '70001', createTime: T0 + 1040 }]);
    expect(shown(result.current)).toEqual(['No answer']);
    expect(result.current.messages.map((message) => message.createTime)).toEqual([T0 + 1040]);
    unmount();
  });

  it('a call record being sent, as createCallMessage makes it, calls back the conversation', async () => {
    answerPagesByHand();
    const { result, unmount } = renderLive();
    await request(0).answer([]);
    // A call record the app sends: the creator's message names nobody (senderId and receiverId ''); the
    // onSendMessage before the server answers carries the conversation it is sent to and sendingState 3.
    const created = nim.V2NIMMessageCreator.createCallMessage(1, 'channel-sending', 4, []);
    expect([created.senderId, created.receiverId]).toEqual(['', '']);
    emit('onSendMessage', Object.assign(created, { conversationId: CONVERSATION_ID, sendingState: 3 }));
    const [item] = result.current.items;
    expect([item?.view.text, item?.view.direction, item?.view.peerId]).toEqual([
      'No answer',
      'outgoing',
      PEER,
    ]);
    unmount();
  });

  it('applies a modified message in place', async () => {
    answerPagesByHand();
    const { result, unmount } = renderLive();
    const ongoing = call({ createTime: T0 + 1000, from: ME, status: 1, seconds: 5 });
    await request(0).answer([ongoing]);
    emit('onReceiveMessagesModified', [
      { ...ongoing, attachment: { ...ongoing.attachment, durations: [{ accountId: ME, duration: 65 }] } },
    ] as V2NIMMessage[]);
    expect(shown(result.current)).toEqual(['Call duration: 01:05']);
    unmount();
  });

  it('removes revoked and deleted messages, named by server id or client id', async () => {
    answerPagesByHand();
    const { result, unmount } = renderLive();
    const [first, second, third] = [
      call({ createTime: T0 + 1000, status: 4 }),
      call({ createTime: T0 + 2000, from: ME, status: 3 }),
      call({ createTime: T0 + 3000, from: ME, status: 1, seconds: 12 }),
    ];
    await request(0).answer([third!, second!, first!]);
    const refer = (message: V2NIMMessage) => ({
      senderId: message.senderId,
      receiverId: message.receiverId,
      messageClientId: message.messageClientId,
      messageServerId: message.messageServerId,
      createTime: message.createTime,
      conversationType: message.conversationType,
      conversationId: message.conversationId,
    });
    emit('onMessageRevokeNotifications', [
      { messageRefer: { ...refer(first!), messageClientId: '' }, revokeAccountId: PEER, revokeType: 1 },
    ]);
    emit('onMessageDeletedNotifications', [
      { messageRefer: { ...refer(third!), messageServerId: '' }, deleteTime: T0 + 5000 },
    ]);
    expect(shown(result.current)).toEqual(['Declined']);
    unmount();
  });

  it('a clear, then a receive: only the new call, and no older history', async () => {
    answerPagesByHand();
    const { result, unmount } = renderLive({ ...OPTIONS, limit: 2 });
    await request(0).answer([call({ createTime: T0 + 2000 }), call({ createTime: T0 + 1000 })]);
    expect(result.current.hasOlder).toBe(true);
    emit('onClearHistoryNotifications', [{ conversationId: CONVERSATION_ID, deleteTime: T0 + 2500 }]);
    expect(shown(result.current)).toEqual([]);
    emit('onReceiveMessages', [call({ createTime: T0 + 3000, from: ME, status: 1, seconds: 3 })]);
    expect(shown(result.current)).toEqual(['Call duration: 00:03']);
    expect(result.current.hasOlder).toBe(false);
    unmount();
  });

  it('a receive during the first page load: each message once, in time order', async () => {
    answerPagesByHand();
    const { result, unmount } = renderLive();
    const live = call({ createTime: T0 + 3000, from: ME, status: 1, seconds: 9 });
    emit('onReceiveMessages', [live]);
    expect(result.current.status).toBe('loading');
    await request(0).answer([{ ...live }, call({ createTime: T0 + 1000, status: 4 })]);
    expect(shown(result.current)).toEqual(['Missed call', 'Call duration: 00:09']);
    expect(result.current.stats.total).toBe(2);
    unmount();
  });

  it('loadOlder prepends the older page, keeping every row; a revoke during or after its load removes it', async () => {
    answerPagesByHand();
    const { result, unmount } = renderLive({ ...OPTIONS, limit: 1 });
    const newest = call({ createTime: T0 + 3000, from: ME, status: 1, seconds: 20 });
    await request(0).answer([newest]);
    const newestItem = result.current.items[0];
    let loaded: Promise<void> = Promise.resolve();
    act(() => {
      loaded = result.current.loadOlder();
    });
    expect(result.current.status).toBe('loading');
    expect(request(1).option.anchorMessage).toBe(newest);
    const older = call({ createTime: T0 + 1000, status: 5 });
    // Revoked on the server while its page was on the way: the page's copy must not bring it back.
    const revokedMeanwhile = call({ createTime: T0 + 2000, status: 4 });
    emit('onMessageRevokeNotifications', [
      { messageRefer: { ...revokedMeanwhile, conversationType: 1 }, revokeAccountId: PEER, revokeType: 1 },
    ]);
    await request(1).answer([revokedMeanwhile, older]);
    await act(() => loaded);
    expect(shown(result.current)).toEqual(['Missed call (busy)', 'Call duration: 00:20']);
    expect(result.current.items[1]).toBe(newestItem);
    emit('onMessageRevokeNotifications', [
      {
        messageRefer: { ...older, conversationType: 1 },
        revokeAccountId: PEER,
        revokeType: 1,
      },
    ]);
    expect(shown(result.current)).toEqual(['Call duration: 00:20']);
    expect(result.current.items[0]).toBe(newestItem);
    unmount();
  });

  it('shows the real getMessageList rejecting offline (V2NIMError 190002) as its error', async () => {
    const { result, unmount } = renderLive();
    await waitFor(() => expect(result.current.status).toBe('error'));
    const error = result.current.error as { code: number; desc: string; name: string };
    expect([error.name, error.code, error.desc]).toEqual(['V2NIMError', 190002, 'illegal state']);
    expect(result.current.items).toEqual([]);
    emit('onReceiveMessages', [call({ createTime: T0 + 1000 })]);
    expect(shown(result.current)).toEqual(['Missed call']);
    unmount();
  });

  it('unmounting during a load removes every listener; the page that comes later is dropped', async () => {
    answerPagesByHand();
    const { result, unmount } = renderLive();
    expect(listenerCounts()).toEqual([1, 1, 1, 1, 1, 1]);
    unmount();
    expect(listenerCounts()).toEqual([0, 0, 0, 0, 0, 0]);
    await request(0).answer([call({ createTime: T0 })]);
    expect(result.current.items).toEqual([]);
  });

  it('under StrictMode: one listener per event while mounted, none after, the page shown once', async () => {
    answerPagesByHand();
    const { result, unmount } = renderLive(OPTIONS, true);
    expect(listenerCounts()).toEqual([1, 1, 1, 1, 1, 1]);
    // StrictMode's first effect asked for a page too; its source is disposed and its answer dropped.
    const last = requests.length - 1;
    for (let index = 0; index < last; index++) await request(index).answer([call({ createTime: T0 + 500 })]);
    await request(last).answer([call({ createTime: T0 + 1000, from: ME, status: 2 })]);
    expect(shown(result.current)).toEqual(['Cancelled']);
    emit('onReceiveMessages', [call({ createTime: T0 + 2000 })]);
    expect(shown(result.current)).toEqual(['Cancelled', 'Missed call']);
    unmount();
    expect(listenerCounts()).toEqual([0, 0, 0, 0, 0, 0]);
  });

  it('two hooks on one service each follow the events, and each removes only its own listeners', async () => {
    answerPagesByHand();
    const calls = renderLive({ ...OPTIONS, messageTypes: [12] });
    const conversation = renderLive();
    expect(listenerCounts()).toEqual([2, 2, 2, 2, 2, 2]);
    await request(0).answer([]);
    await request(1).answer([]);
    emit('onReceiveMessages', [
      sdkTextMessage(nim, 'hi', T0 + 1000, '80001'),
      call({ createTime: T0 + 2000 }),
    ]);
    expect(calls.result.current.messages.length).toBe(1);
    expect(conversation.result.current.messages.length).toBe(2);
    expect(shown(calls.result.current)).toEqual(['Missed call']);
    expect(shown(conversation.result.current)).toEqual(['Missed call']);
    calls.unmount();
    expect(listenerCounts()).toEqual([1, 1, 1, 1, 1, 1]);
    conversation.unmount();
    expect(listenerCounts()).toEqual([0, 0, 0, 0, 0, 0]);
  });

  it('a new conversation id starts over; the old conversation page that comes later is dropped', async () => {
    answerPagesByHand();
    const { result, rerender, unmount } = renderLive();
    rerender({ conversationId: `${ME}|1|carol` });
    expect(result.current.status).toBe('loading');
    expect(request(1).option.conversationId).toBe(`${ME}|1|carol`);
    await request(0).answer([call({ createTime: T0 + 1000 })]);
    expect(result.current.items).toEqual([]);
    await request(1).answer([]);
    expect(result.current.status).toBe('ready');
    expect(listenerCounts()).toEqual([1, 1, 1, 1, 1, 1]);
    unmount();
  });
});
