import { describe, it, expect, vi, beforeEach } from 'vitest';
import { renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { useCallRecords } from '../src/useCallRecords';
import type { UseCallRecordsOptions } from '../src/useCallRecords';
import { parseCallRecord } from '../src/record';
import type * as RecordModule from '../src/record';
import { CallRecordProvider } from '../src/CallRecordProvider';
import seedAttach from './fixtures/seed-attach.json';
import serverCopyRejected from './fixtures/server-copy-rejected.json';
import v9Timeout from './fixtures/v1-message-timeout.json';
import v2Completed from './fixtures/v2-message-completed.json';
import iosBusy from './fixtures/ios-object-busy.json';

// Count real parses made by the hook (the collector imports parseCallRecord through the record barrel).
vi.mock('../src/record', async (importOriginal) => {
  const actual = await importOriginal<typeof RecordModule>();
  return { ...actual, parseCallRecord: vi.fn(actual.parseCallRecord) };
});
const parse = vi.mocked(parseCallRecord);
beforeEach(() => {
  parse.mockClear();
});

const BASE_TIME = 1_732_500_000_000;
const text = (body: string) => ({ messageType: 0, text: body });

interface Call {
  id?: string;
  from?: string;
  to?: string;
  at?: number;
  status?: number;
  channel?: string;
  durations?: readonly (readonly [string, number])[];
}
const v2 = (call: Call) => ({
  messageType: 12,
  messageClientId: call.id,
  createTime: call.at,
  senderId: call.from ?? 'alice',
  receiverId: call.to ?? 'bob',
  attachment: {
    type: 1,
    channelId: call.channel ?? `ch-${call.id}`,
    status: call.status ?? 1,
    durations: (call.durations ?? []).map(([accountId, duration]) => ({ accountId, duration })),
  },
});
const serverCopy = (call: Call & { server: string }): string =>
  JSON.stringify({
    eventType: '1',
    convType: 'PERSON',
    fromAccount: call.from ?? 'alice',
    to: call.to ?? 'bob',
    msgTimestamp: String(call.at),
    msgType: 'NRTC_NETCALL',
    msgidServer: call.server,
    attach: JSON.stringify({
      type: 1,
      channelId: call.channel ?? 'ch',
      status: call.status ?? 1,
      durations: (call.durations ?? []).map(([accid, duration]) => ({ accid, duration })),
    }),
  });

/** A held-out-style list: all five shapes, text, a same-id duplicate, a client+server pair, broken records. */
function mixedList(): unknown[] {
  return [
    text('hi'), // 0 ignored
    seedAttach, // 1 item
    JSON.stringify(serverCopyRejected), // 2 item (server copy as a string)
    v9Timeout, // 3 item
    text('call me'), // 4 ignored
    v2Completed, // 5 item
    iosBusy, // 6 item
    JSON.parse(JSON.stringify(v2Completed)), // 7 duplicate: same client id
    v2({ id: 'pair-client', at: BASE_TIME + 50_000, channel: 'c-1', durations: [['alice', 30]] }), // 8 item (replaced by 9)
    serverCopy({
      server: 'pair-server',
      at: BASE_TIME + 50_300,
      channel: 'c-2',
      durations: [
        ['alice', 30],
        ['bob', 29],
      ],
    }), // 9 duplicate
    { ...v2({ id: 'bad' }), attachment: { type: 3, channelId: 'c', status: 1 } }, // 10 error
    '{"msgType":"NRTC_NETCALL","attach":"{oops"}', // 11 error
    'plain text', // 12 ignored
  ];
}

type Props = { messages: readonly unknown[]; options?: UseCallRecordsOptions };
const render = (initial: Props, wrapper?: (props: { children: ReactNode }) => ReactNode) =>
  renderHook(({ messages, options }: Props) => useCallRecords(messages, options), {
    initialProps: initial,
    ...(wrapper ? { wrapper } : {}),
  });

describe('useCallRecords', () => {
  it('turns a mixed list into items in input order, errors and stats that account for every message', () => {
    const messages = mixedList();
    const { result } = render({ messages, options: { selfId: 'bob', locale: 'en' } });
    const { items, errors, stats } = result.current;
    expect(items.map((item) => item.message)).toEqual([
      messages[1],
      messages[2],
      messages[3],
      messages[5],
      messages[6],
      messages[9],
    ]);
    expect(items.map((item) => item.record.source)).toEqual([
      'attach',
      'server-copy',
      'v9-message',
      'v2-message',
      'ios-object',
      'server-copy',
    ]);
    expect(items.map((item) => item.key)).toContain('pair-client');
    expect(new Set(items.map((item) => item.key)).size).toBe(items.length);
    expect(items.map((item) => item.view.text).slice(1, 3)).toEqual(['You declined', 'Missed call']);
    expect(errors.map((e) => [e.index, e.message, e.error.code])).toEqual([
      [10, messages[10], 'invalid-call-type'],
      [11, messages[11], 'invalid-json'],
    ]);
    expect(stats).toMatchObject({ total: 13, items: 6, errors: 2, ignored: 3, duplicates: 2 });
    expect(stats.items + stats.errors + stats.ignored + stats.duplicates).toBe(messages.length);
    expect(stats.byStatus).toEqual({ completed: 3, cancelled: 0, rejected: 1, timeout: 1, busy: 1 });
    expect(stats.talkSeconds).toBe(12 + 74 + 29);
  });

  it('returns the same result object when re-rendered with the same array', () => {
    const messages = mixedList();
    const { result, rerender } = render({ messages, options: { selfId: 'bob' } });
    const first = result.current;
    rerender({ messages, options: { selfId: 'bob' } });
    expect(result.current).toBe(first);
    expect(parse).toHaveBeenCalledTimes(messages.length);
  });

  it('keeps every earlier item object and parses only the new message when one is appended', () => {
    const messages = mixedList();
    const { result, rerender } = render({ messages, options: { selfId: 'bob' } });
    const before = result.current;
    expect(parse).toHaveBeenCalledTimes(13);
    const incoming = v2({ id: 'new', from: 'carol', to: 'bob', at: BASE_TIME + 99_000, status: 2 });
    rerender({ messages: [...messages, incoming], options: { selfId: 'bob' } });
    const after = result.current;
    expect(parse).toHaveBeenCalledTimes(14);
    expect(parse).toHaveBeenLastCalledWith(incoming);
    expect(after.items).toHaveLength(before.items.length + 1);
    before.items.forEach((item, i) => expect(after.items[i]).toBe(item));
    expect(after.items.at(-1)!.view).toMatchObject({ text: 'Missed call', tone: 'missed', peerId: 'carol' });
    expect(after.errors).toBe(before.errors);
    expect(after.stats).toMatchObject({ total: 14, missed: before.stats.missed + 1 });
  });

  it('parses each message once and stays stable under StrictMode double rendering', () => {
    const messages = mixedList();
    const { result, rerender } = renderHook(({ list }: { list: unknown[] }) => useCallRecords(list), {
      initialProps: { list: messages },
      reactStrictMode: true,
    });
    const first = result.current;
    rerender({ list: messages });
    expect(result.current).toBe(first);
    expect(parse).toHaveBeenCalledTimes(messages.length);
    expect(first.stats.items + first.stats.errors + first.stats.ignored + first.stats.duplicates).toBe(13);
  });

  it('recomputes views but parses nothing when locale or selfId change', () => {
    const messages = [v9Timeout, serverCopyRejected];
    const { result, rerender } = render({ messages, options: { selfId: 'bob', locale: 'en' } });
    expect(result.current.items.map((item) => item.view.text)).toEqual(['Missed call', 'You declined']);
    rerender({ messages, options: { selfId: 'bob', locale: 'zh-CN' } });
    expect(result.current.items.map((item) => item.view.text)).toEqual(['未接听', '已拒绝']);
    rerender({ messages, options: { selfId: 'alice', locale: 'zh-CN' } });
    expect(result.current.items.map((item) => item.view.text)).toEqual(['对方无应答', '对方已拒绝']);
    expect(parse).toHaveBeenCalledTimes(2);
  });

  it('uses the provider’s selfId and locale, and lets options override them', () => {
    const messages = [v9Timeout];
    const wrapper = ({ children }: { children: ReactNode }) => (
      <CallRecordProvider selfId="bob" locale="zh-CN" messages={{ timeoutCallee: '错过了' }}>
        {children}
      </CallRecordProvider>
    );
    const { result, rerender } = render({ messages }, wrapper);
    expect(result.current.items[0]!.view).toMatchObject({
      text: '错过了',
      direction: 'incoming',
      locale: 'zh-CN',
    });
    rerender({ messages, options: { locale: 'en', messages: { timeoutCaller: 'They did not pick up' } } });
    expect(result.current.items[0]!.view).toMatchObject({ text: '错过了', locale: 'en' });
    rerender({ messages, options: { selfId: 'alice', messages: { timeoutCaller: 'They did not pick up' } } });
    expect(result.current.items[0]!.view).toMatchObject({
      text: 'They did not pick up',
      direction: 'outgoing',
    });
  });

  it('gives every item the provider’s options merged under its own, the ones its view was formatted with', () => {
    const messages = [v9Timeout, serverCopyRejected];
    const wrapper = ({ children }: { children: ReactNode }) => (
      <CallRecordProvider
        selfId="bob"
        locale="zh-CN"
        timeZone="Asia/Shanghai"
        messages={{ timeoutCallee: '错过了' }}
      >
        {children}
      </CallRecordProvider>
    );
    const { result } = render(
      {
        messages,
        options: { locale: 'en', messages: { rejectedCallee: 'Declined by you' }, groupMissed: true },
      },
      wrapper,
    );
    const { items } = result.current;
    expect(items.map((item) => item.view.text)).toEqual(['错过了', 'Declined by you']);
    expect(items[0]!.options).toEqual({
      selfId: 'bob',
      locale: 'en',
      timeZone: 'Asia/Shanghai',
      messages: { timeoutCallee: '错过了', rejectedCallee: 'Declined by you' },
    });
    expect(items[1]!.options).toBe(items[0]!.options);
  });

  it('groups missed calls in a row with groupMissed, split by any other message', () => {
    const missed = (id: string) => v2({ id, from: 'bob', to: 'alice', at: BASE_TIME, status: 4 });
    const messages = [
      missed('1'),
      missed('2'),
      missed('3'),
      v2({ id: 'ok', from: 'bob', to: 'alice', at: BASE_TIME + 9e4 }),
      missed('4'),
      text('call me'),
      missed('5'),
    ];
    const { result } = render({ messages, options: { selfId: 'alice', locale: 'en', groupMissed: true } });
    expect(result.current.items.map((item) => [item.key, item.count, item.view.text])).toEqual([
      ['1', 3, '3 missed calls'],
      ['ok', 1, 'Call ended'],
      ['4', 1, 'Missed call'],
      ['5', 1, 'Missed call'],
    ]);
    expect(result.current.stats).toMatchObject({ total: 7, items: 6, missed: 5, ignored: 1 });
  });

  it('returns nothing for an empty list', () => {
    const { result } = render({ messages: [] });
    expect(result.current.items).toEqual([]);
    expect(result.current.errors).toEqual([]);
    expect(result.current.stats).toMatchObject({ total: 0, items: 0, errors: 0, ignored: 0, duplicates: 0 });
  });

  it('lists only errors for a list of only broken call records', () => {
    const messages = [
      { ...v2({ id: 'a' }), attachment: { type: 1, channelId: 'c', status: 0 } },
      { callType: 1, callStatus: 1, channelID: 'x', durations: { bob: -5 } },
    ];
    const { result } = render({ messages });
    expect(result.current.items).toEqual([]);
    expect(result.current.errors.map((e) => [e.index, e.message, e.error.code])).toEqual([
      [0, messages[0], 'invalid-status'],
      [1, messages[1], 'invalid-durations'],
    ]);
    expect(result.current.stats).toMatchObject({ total: 2, errors: 2, items: 0 });
  });

  it('reads the record out of an app wrapper with an inline getRecordInput, without re-parsing on re-render', () => {
    type AppMessage = { id: string; payload: unknown };
    const messages: AppMessage[] = [
      { id: 'm1', payload: text('hello') },
      { id: 'm2', payload: v2Completed },
      { id: 'm3', payload: JSON.stringify(serverCopyRejected) },
    ];
    const { result, rerender } = renderHook(
      ({ list }: { list: AppMessage[] }) =>
        useCallRecords(list, { selfId: 'bob', getRecordInput: (m) => m.payload }),
      { initialProps: { list: messages } },
    );
    expect(result.current.items.map((item) => item.message.id)).toEqual(['m2', 'm3']);
    const first = result.current;
    rerender({ list: [...messages] });
    expect(result.current).toBe(first);
    expect(parse).toHaveBeenCalledTimes(3);
  });

  it('renders the other rows when getRecordInput throws on one message, listing it in errors', () => {
    type AppMessage = { kind: 'call'; payload: { attach: unknown } } | { kind: 'text'; body: string };
    const call: AppMessage = { kind: 'call', payload: { attach: v2Completed } };
    const note: AppMessage = { kind: 'text', body: 'hi' };
    const { result } = renderHook(() =>
      useCallRecords<AppMessage>([call, note], {
        selfId: 'bob',
        getRecordInput: (m) => (m as { payload: { attach: unknown } }).payload.attach,
      }),
    );
    expect(result.current.items.map((item) => item.message)).toEqual([call]);
    expect(result.current.errors).toEqual([
      {
        message: note,
        index: 1,
        error: { code: 'invalid-field', message: 'getRecordInput: threw while reading this message' },
      },
    ]);
    expect(result.current.stats).toMatchObject({ total: 2, items: 1, errors: 1 });
  });

  it('keeps a missed-call group item object when an older message is loaded above it', () => {
    const missed = (id: string) => v2({ id, from: 'bob', to: 'alice', at: BASE_TIME, status: 4 });
    const messages = [missed('1'), missed('2'), missed('3')];
    const options = { selfId: 'alice', locale: 'en', groupMissed: true };
    const { result, rerender } = render({ messages, options });
    const [group] = result.current.items;
    rerender({ messages: [text('older'), ...messages], options: { ...options } });
    expect(result.current.items[0]).toBe(group);
    expect(result.current.stats.total).toBe(4);
  });
});
