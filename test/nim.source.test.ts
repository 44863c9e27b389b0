// Issue 23: the React-free source of react-call-records/core, input -> output. nim-web-sdk-ng's browser
// build does not load in Node (`self is not defined`), so here the service is a small stand-in with the
// SDK's own listener API (`on`, `off`, and `emit` as eventemitter3 calls listeners) and pages the test
// answers by hand; test/browser/useNimCallRecords.test.tsx drives the real SDK in Chromium.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createNimCallRecordSource } from '../src/core';
import type { NimMessage, NimMessageEvents, NimMessageListOption, NimMessageService } from '../src/core';
import { MessageTimeline } from '../src/nimSource/MessageTimeline';

const CONVERSATION = 'alice|1|bob';

interface Message extends NimMessage {
  readonly messageClientId: string;
  readonly messageServerId: string;
  readonly messageType: number;
  readonly createTime: number;
  readonly conversationId: string;
  readonly sendingState?: number;
  readonly text?: string;
}

/** A message of the conversation: a call record (type 12) unless said otherwise. */
function message(clientId: string, createTime: number, fields: Partial<Message> = {}): Message {
  return {
    messageClientId: clientId,
    messageServerId: '',
    messageType: 12,
    createTime,
    conversationId: CONVERSATION,
    ...fields,
  };
}

const idsOf = (messages: readonly Message[]) => messages.map((each) => each.messageClientId);

/** A page request the test answers. */
interface Request {
  readonly option: NimMessageListOption<Message>;
  answer(page: Message[]): Promise<void>;
  fail(error: unknown): Promise<void>;
}

type AnyListener = (...args: unknown[]) => void;

/** The SDK's listener API over a map, and a `getMessageList` whose requests the test answers. */
function fakeService() {
  const listeners = new Map<string, Set<AnyListener>>();
  const requests: Request[] = [];
  const service: NimMessageService<Message> = {
    on: (event, listener) => {
      const set = listeners.get(event) ?? new Set();
      set.add(listener as AnyListener);
      listeners.set(event, set);
    },
    off: (event, listener) => {
      listeners.get(event)?.delete(listener as AnyListener);
    },
    getMessageList: (option) =>
      new Promise((resolve, reject) => {
        const settled = () => new Promise<void>((done) => setTimeout(done, 0));
        requests.push({
          option,
          answer: (page) => {
            resolve(page);
            return settled();
          },
          fail: (error) => {
            reject(error);
            return settled();
          },
        });
      }),
  };
  const emit = <Event extends keyof NimMessageEvents<Message>>(
    event: Event,
    ...args: NimMessageEvents<Message>[Event]
  ) => {
    for (const listener of listeners.get(event) ?? []) listener(...args);
  };
  const listenerCount = () => [...listeners.values()].reduce((sum, set) => sum + set.size, 0);
  const request = (index: number): Request => {
    const found = requests[index];
    if (found === undefined) throw new Error(`no request ${index}`);
    return found;
  };
  return { service, emit, listenerCount, requests, request };
}

describe('MessageTimeline', () => {
  it('sorts by createTime, then by arrival', () => {
    const timeline = new MessageTimeline<Message>();
    timeline.put(message('c3', 300));
    timeline.put(message('c1', 100));
    timeline.put(message('c2a', 200));
    timeline.put(message('c2b', 200));
    expect(idsOf(timeline.messages())).toEqual(['c1', 'c2a', 'c2b', 'c3']);
  });

  it('holds a message once under its client id and its server id', () => {
    const timeline = new MessageTimeline<Message>();
    timeline.put(message('c1', 100, { sendingState: 3 }));
    timeline.put(message('c1', 100, { messageServerId: 's1', sendingState: 1 }));
    timeline.put(message('other-client-id', 100, { messageServerId: 's1', text: 'server copy' }));
    expect(timeline.messages()).toEqual([
      message('other-client-id', 100, { messageServerId: 's1', text: 'server copy' }),
    ]);
    timeline.remove({ messageClientId: 'c1' });
    expect(timeline.messages()).toEqual([]);
  });

  it('merges two held entries that a new version names by its client id and its server id', () => {
    const timeline = new MessageTimeline<Message>();
    timeline.put(message('c1', 100, { sendingState: 3 }));
    timeline.put(message('other-client-id', 100, { messageServerId: 's1', text: 'server copy' }));
    timeline.put(message('c1', 110, { messageServerId: 's1', sendingState: 1 }));
    expect(timeline.messages()).toEqual([message('c1', 110, { messageServerId: 's1', sendingState: 1 })]);
    timeline.remove({ messageClientId: 'other-client-id' });
    expect(timeline.messages()).toEqual([]);
  });

  it('moves a message whose new version has another createTime', () => {
    const timeline = new MessageTimeline<Message>();
    timeline.put(message('c1', 100));
    timeline.put(message('c2', 200));
    timeline.put(message('c1', 300, { messageServerId: 's1' }));
    expect(idsOf(timeline.messages())).toEqual(['c2', 'c1']);
  });

  it('add keeps what it holds; replace leaves out what it lacks', () => {
    const timeline = new MessageTimeline<Message>();
    timeline.put(message('c1', 100, { text: 'live' }));
    timeline.add(message('c1', 100, { text: 'from a page' }));
    timeline.replace(message('c2', 200));
    expect(timeline.messages()).toEqual([message('c1', 100, { text: 'live' })]);
  });

  it('removes through a time, and returns the same array until it changes', () => {
    const timeline = new MessageTimeline<Message>();
    for (const [id, time] of [
      ['c1', 100],
      ['c2', 200],
      ['c3', 300],
    ] as const)
      timeline.put(message(id, time));
    const before = timeline.messages();
    timeline.removeThrough(50);
    expect(timeline.messages()).toBe(before);
    timeline.removeThrough(200);
    expect(idsOf(timeline.messages())).toEqual(['c3']);
  });
});

describe('createNimCallRecordSource', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('asks for the newest page and shows it oldest first', async () => {
    const sdk = fakeService();
    const source = createNimCallRecordSource(sdk.service, CONVERSATION);
    expect(sdk.request(0).option).toEqual({ conversationId: CONVERSATION, limit: 50, direction: 0 });
    expect(source.getSnapshot()).toEqual({
      messages: [],
      status: 'loading',
      error: undefined,
      hasOlder: true,
    });
    await sdk.request(0).answer([message('c3', 300), message('c2', 200), message('c1', 100)]);
    expect(source.getSnapshot()).toEqual({
      messages: [message('c1', 100), message('c2', 200), message('c3', 300)],
      status: 'ready',
      error: undefined,
      hasOlder: false,
    });
    source.dispose();
  });

  it('takes the nim instance too, and pages older with the oldest message as anchor', async () => {
    const sdk = fakeService();
    const source = createNimCallRecordSource({ V2NIMMessageService: sdk.service }, CONVERSATION, {
      limit: 2,
      messageTypes: [12],
    });
    await sdk.request(0).answer([message('c4', 400), message('c3', 300)]);
    expect(source.getSnapshot().hasOlder).toBe(true);
    const loaded = source.loadOlder();
    expect(source.loadOlder()).toBe(loaded);
    expect(sdk.requests.length).toBe(2);
    expect(sdk.request(1).option).toEqual({
      conversationId: CONVERSATION,
      limit: 2,
      direction: 0,
      messageTypes: [12],
      anchorMessage: message('c3', 300),
    });
    await sdk.request(1).answer([message('c2', 200)]);
    await loaded;
    expect(idsOf(source.getSnapshot().messages)).toEqual(['c2', 'c3', 'c4']);
    expect(source.getSnapshot().hasOlder).toBe(false);
    await source.loadOlder();
    expect(sdk.requests.length).toBe(2);
    source.dispose();
  });

  it('applies each event to its conversation only, and keeps only messageTypes when given', async () => {
    const sdk = fakeService();
    const source = createNimCallRecordSource(sdk.service, CONVERSATION, { messageTypes: [12] });
    await sdk.request(0).answer([message('c1', 100, { messageServerId: 's1' })]);
    const elsewhere = { conversationId: 'alice|1|carol' };
    sdk.emit('onReceiveMessages', [
      message('c2', 200),
      message('text', 210, { messageType: 0 }),
      message('carol', 220, elsewhere),
    ]);
    sdk.emit('onMessageRevokeNotifications', [{ messageRefer: { messageServerId: 's1', ...elsewhere } }]);
    sdk.emit('onClearHistoryNotifications', [{ conversationId: 'alice|1|carol', deleteTime: 999 }]);
    expect(idsOf(source.getSnapshot().messages)).toEqual(['c1', 'c2']);
    source.dispose();
  });

  it('a message being sent, its new sendingState and its server copy are one message', async () => {
    const sdk = fakeService();
    const source = createNimCallRecordSource(sdk.service, CONVERSATION);
    await sdk.request(0).answer([]);
    sdk.emit('onSendMessage', message('c1', 100, { sendingState: 3 }));
    sdk.emit('onSendMessage', message('c1', 100, { sendingState: 1, messageServerId: 's1' }));
    sdk.emit('onReceiveMessages', [message('c1', 100, { messageServerId: 's1', text: 'synced' })]);
    expect(source.getSnapshot().messages).toEqual([
      message('c1', 100, { messageServerId: 's1', text: 'synced' }),
    ]);
    source.dispose();
  });

  it('applies modifications to held messages, revokes and deletes by either id', async () => {
    const sdk = fakeService();
    const source = createNimCallRecordSource(sdk.service, CONVERSATION);
    await sdk
      .request(0)
      .answer([message('c3', 300), message('c2', 200, { messageServerId: 's2' }), message('c1', 100)]);
    sdk.emit('onReceiveMessagesModified', [message('c3', 300, { text: 'edited' }), message('c9', 900)]);
    sdk.emit('onMessageRevokeNotifications', [
      { messageRefer: { messageServerId: 's2', conversationId: CONVERSATION } },
    ]);
    sdk.emit('onMessageDeletedNotifications', [
      { messageRefer: { messageClientId: 'c1', conversationId: CONVERSATION } },
    ]);
    expect(source.getSnapshot().messages).toEqual([message('c3', 300, { text: 'edited' })]);
    source.dispose();
  });

  it('a clear removes what came before it for good; what comes after stays', async () => {
    const sdk = fakeService();
    const source = createNimCallRecordSource(sdk.service, CONVERSATION, { limit: 2 });
    await sdk.request(0).answer([message('c2', 200), message('c1', 100)]);
    sdk.emit('onClearHistoryNotifications', [{ conversationId: CONVERSATION, deleteTime: 250 }]);
    sdk.emit('onReceiveMessages', [message('c3', 300)]);
    expect(source.getSnapshot()).toEqual({
      messages: [message('c3', 300)],
      status: 'ready',
      error: undefined,
      hasOlder: false,
    });
    source.dispose();
  });

  it('an event after a clear drops a message created at or before its deleteTime (stale)', async () => {
    const sdk = fakeService();
    const source = createNimCallRecordSource(sdk.service, CONVERSATION);
    await sdk.request(0).answer([message('c1', 100)]);
    sdk.emit('onClearHistoryNotifications', [{ conversationId: CONVERSATION, deleteTime: 250 }]);
    sdk.emit('onReceiveMessages', [message('c2', 200), message('c3', 250), message('c4', 300)]);
    sdk.emit('onSendMessage', message('c5', 240, { sendingState: 1 }));
    expect(idsOf(source.getSnapshot().messages)).toEqual(['c4']);
    source.dispose();
  });

  it('a page on its way never brings back what was revoked, cleared or edited meanwhile', async () => {
    const sdk = fakeService();
    const source = createNimCallRecordSource(sdk.service, CONVERSATION);
    sdk.emit('onReceiveMessages', [message('c5', 500)]);
    sdk.emit('onMessageRevokeNotifications', [
      { messageRefer: { messageClientId: 'c4', conversationId: CONVERSATION } },
    ]);
    sdk.emit('onReceiveMessagesModified', [message('c3', 300, { text: 'edited' })]);
    sdk.emit('onClearHistoryNotifications', [{ conversationId: CONVERSATION, deleteTime: 150 }]);
    await sdk
      .request(0)
      .answer([
        message('c5', 500, { text: 'older copy' }),
        message('c4', 400),
        message('c3', 300),
        message('c2', 200),
        message('c1', 100),
      ]);
    expect(source.getSnapshot().messages).toEqual([
      message('c2', 200),
      message('c3', 300, { text: 'edited' }),
      message('c5', 500),
    ]);
    source.dispose();
  });

  it('a failed page is an error state, never a rejection; loadOlder tries it again', async () => {
    const sdk = fakeService();
    const source = createNimCallRecordSource(sdk.service, CONVERSATION);
    const failure = Object.assign(new Error('illegal state'), { code: 190002 });
    await sdk.request(0).fail(failure);
    expect(source.getSnapshot()).toEqual({ messages: [], status: 'error', error: failure, hasOlder: true });
    const retried = source.loadOlder();
    expect(source.getSnapshot().status).toBe('loading');
    await sdk.request(1).answer([message('c1', 100)]);
    await expect(retried).resolves.toBeUndefined();
    expect(source.getSnapshot()).toEqual({
      messages: [message('c1', 100)],
      status: 'ready',
      error: undefined,
      hasOlder: false,
    });
    source.dispose();
  });

  it('a getMessageList that throws is an error state too', async () => {
    const failure = new TypeError('not a function');
    const service: NimMessageService<Message> = {
      ...fakeService().service,
      getMessageList: () => {
        throw failure;
      },
    };
    const source = createNimCallRecordSource(service, CONVERSATION);
    await source.loadOlder();
    expect(source.getSnapshot()).toEqual({ messages: [], status: 'error', error: failure, hasOlder: true });
  });

  it('tells subscribers of each change, and only of changes', async () => {
    const sdk = fakeService();
    const source = createNimCallRecordSource(sdk.service, CONVERSATION);
    const seen: string[][] = [];
    const unsubscribe = source.subscribe(() => seen.push(idsOf(source.getSnapshot().messages)));
    await sdk.request(0).answer([message('c1', 100)]);
    sdk.emit('onReceiveMessages', [message('c2', 200, { conversationId: 'alice|1|carol' })]);
    sdk.emit('onReceiveMessages', [message('c3', 300)]);
    unsubscribe();
    sdk.emit('onReceiveMessages', [message('c4', 400)]);
    expect(seen).toEqual([['c1'], ['c1', 'c3']]);
    source.dispose();
  });

  it('a subscriber that throws breaks neither the source nor the other subscribers; its error is rethrown', async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    const rethrown: (() => void)[] = [];
    vi.stubGlobal('queueMicrotask', (task: () => void) => rethrown.push(task));
    const sdk = fakeService();
    const source = createNimCallRecordSource(sdk.service, CONVERSATION);
    const failure = new Error('subscriber failed');
    source.subscribe(() => {
      throw failure;
    });
    const seen: string[][] = [];
    source.subscribe(() => seen.push(idsOf(source.getSnapshot().messages)));
    await sdk.request(0).answer([message('c1', 100)]);
    sdk.emit('onReceiveMessages', [message('c2', 200)]);
    await new Promise((settled) => setTimeout(settled, 0));
    process.off('unhandledRejection', onUnhandled);
    expect(unhandled).toEqual([]);
    expect(seen).toEqual([['c1'], ['c1', 'c2']]);
    expect(source.getSnapshot().status).toBe('ready');
    expect(rethrown.length).toBe(2);
    for (const task of rethrown) expect(task).toThrow(failure);
    source.dispose();
  });

  it('dispose removes every listener it added and drops the page on its way', async () => {
    const sdk = fakeService();
    const source = createNimCallRecordSource(sdk.service, CONVERSATION);
    expect(sdk.listenerCount()).toBe(6);
    let told = 0;
    source.subscribe(() => told++);
    source.dispose();
    expect(sdk.listenerCount()).toBe(0);
    await sdk.request(0).answer([message('c1', 100)]);
    expect(source.getSnapshot().messages).toEqual([]);
    expect(told).toBe(0);
    await source.loadOlder();
    expect(sdk.requests.length).toBe(1);
  });
});
