import { describe, it, expect, vi } from 'vitest';
import fc from 'fast-check';
import { collectCallRecords, createCallRecordCollector } from '../src/collect';
import type { CollectCallRecordsOptions, UseCallRecordsResult } from '../src/collect';
import { parseCallRecord } from '../src/record';
import type { CallRecord } from '../src/record';
import { formatCallRecord } from '../src/format';
import seedAttach from './fixtures/seed-attach.json';
import serverCopyRejected from './fixtures/server-copy-rejected.json';
import v9Timeout from './fixtures/v1-message-timeout.json';
import v2Completed from './fixtures/v2-message-completed.json';
import iosBusy from './fixtures/ios-object-busy.json';

/** What a test call looks like; becomes a V2 message or a server-copy string. */
interface Spec {
  id?: string;
  server?: string;
  from?: string;
  to?: string;
  at?: number;
  status?: 1 | 2 | 3 | 4 | 5;
  type?: 1 | 2;
  channel?: string;
  durations?: readonly (readonly [string, number])[];
}

/** A Web SDK v10 message (messageType 12). */
const v2 = (s: Spec) => ({
  messageType: 12,
  messageClientId: s.id,
  messageServerId: s.server,
  createTime: s.at,
  senderId: s.from ?? 'alice',
  receiverId: s.to ?? 'bob',
  attachment: {
    type: s.type ?? 1,
    channelId: s.channel ?? `ch-${s.id ?? s.server ?? 'x'}`,
    status: s.status ?? 1,
    durations: (s.durations ?? []).map(([accountId, duration]) => ({ accountId, duration })),
  },
});

/** A server copy (抄送) as the JSON string a webhook delivers: every field a string. */
const serverCopy = (s: Spec): string =>
  JSON.stringify({
    eventType: '1',
    convType: 'PERSON',
    fromAccount: s.from ?? 'alice',
    to: s.to ?? 'bob',
    msgTimestamp: s.at === undefined ? undefined : String(s.at),
    msgType: 'NRTC_NETCALL',
    msgidClient: s.id,
    msgidServer: s.server ?? 'srv',
    attach: JSON.stringify({
      type: s.type ?? 1,
      channelId: s.channel ?? `ch-${s.server ?? 'srv'}`,
      status: s.status ?? 1,
      durations: (s.durations ?? []).map(([accid, duration]) => ({ accid, duration })),
    }),
  });

const text = (t: string) => ({ messageType: 0, text: t });
const broken = (id: string) => ({
  ...v2({ id }),
  attachment: { type: 1, channelId: 'c', status: 9, durations: [] },
});

const T = 1_732_500_000_000;
const countingParse = () => vi.fn(parseCallRecord);
const keys = (r: UseCallRecordsResult) => r.items.map((item) => item.key);

function conserved(r: UseCallRecordsResult): boolean {
  const s = r.stats;
  return s.items + s.errors + s.ignored + s.duplicates === s.total;
}

describe('collectCallRecords: one list', () => {
  it('reads every shape from one mixed list, in input order, and accounts for every message', () => {
    const copyString = JSON.stringify(serverCopyRejected);
    const messages: unknown[] = [
      text('hi'),
      seedAttach,
      copyString,
      v9Timeout,
      'just a string',
      v2Completed,
      null,
      iosBusy,
      { ...v2Completed }, // the same message again (same client id)
      broken('b1'),
      text('bye'),
    ];
    const r = collectCallRecords(messages, { selfId: 'bob', locale: 'en' });
    expect(r.items.map((item) => item.record.source)).toEqual([
      'attach',
      'server-copy',
      'v9-message',
      'v2-message',
      'ios-object',
    ]);
    expect(r.items.map((item) => item.message)).toEqual([
      seedAttach,
      copyString,
      v9Timeout,
      v2Completed,
      iosBusy,
    ]);
    expect(r.items[1]!.view.text).toBe('You declined');
    expect(r.items[2]!.view).toMatchObject({ text: 'Missed call', tone: 'missed', peerId: 'alice' });
    expect(r.items[3]!.view.seconds).toBe(74); // the viewer's own entry
    expect(r.errors).toEqual([
      { message: messages[9], index: 9, error: expect.objectContaining({ code: 'invalid-status' }) },
    ]);
    expect(r.stats).toEqual({
      total: 11,
      items: 5,
      errors: 1,
      ignored: 4,
      duplicates: 1,
      byStatus: { completed: 2, cancelled: 0, rejected: 1, timeout: 1, busy: 1 },
      // the v9 timeout only: the iOS busy record names no parties, so its direction is 'unknown', never missed
      missed: 1,
      talkSeconds: 12 + 74, // seed attach: no viewer entry, so the longest
    });
    expect(new Set(keys(r)).size).toBe(5);
    expect(r.items.every((item) => item.key === item.record.id && item.count === 1)).toBe(true);
  });

  it('returns empty items, errors and zero stats for an empty list', () => {
    const r = collectCallRecords([]);
    expect(r.items).toEqual([]);
    expect(r.errors).toEqual([]);
    expect(r.stats).toEqual({
      total: 0,
      items: 0,
      errors: 0,
      ignored: 0,
      duplicates: 0,
      byStatus: { completed: 0, cancelled: 0, rejected: 0, timeout: 0, busy: 0 },
      missed: 0,
      talkSeconds: 0,
    });
  });

  it('lists every broken call record with its message, index and error, and no items', () => {
    const messages = [
      broken('a'),
      serverCopy({ id: 'x' }).replace('\\"status\\":1', '\\"status\\":7'),
      '{"msgType":"NRTC_NETCALL","attach":"{nope"}',
    ];
    const r = collectCallRecords(messages);
    expect(r.items).toEqual([]);
    expect(r.errors.map((e) => [e.message, e.index, e.error.code])).toEqual([
      [messages[0], 0, 'invalid-status'],
      [messages[1], 1, 'invalid-status'],
      [messages[2], 2, 'invalid-json'],
    ]);
    expect(r.errors.every((e) => e.error.message.length > 0)).toBe(true);
    expect(r.stats).toMatchObject({ total: 3, items: 0, errors: 3, ignored: 0, duplicates: 0 });
  });

  it('reads records out of an app wrapper with getRecordInput', () => {
    const wrap = (id: string, payload: unknown) => ({ id, payload });
    const messages = [wrap('m1', text('hi')), wrap('m2', v2Completed), wrap('m3', serverCopyRejected)];
    const r = collectCallRecords(messages, { getRecordInput: (m) => m.payload });
    expect(r.items.map((item) => item.message.id)).toEqual(['m2', 'm3']);
    expect(r.items.map((item) => item.record.status)).toEqual(['completed', 'rejected']);
    expect(r.stats.ignored).toBe(1);
  });
});

describe('dedupe: same message', () => {
  it('keeps the first of two messages with the same id, even when the later one carries more data', () => {
    const first = v2({ id: 'c1', at: T, status: 4 });
    const again = v2({ id: 'c1', at: T + 60_000, status: 1, durations: [['alice', 9]] });
    const r = collectCallRecords([first, again]);
    expect(r.items.map((item) => item.message)).toEqual([first]);
    expect(r.stats).toMatchObject({ items: 1, duplicates: 1 });
  });

  it('treats a copy with the same server id (without the client id) as the same message', () => {
    const client = v2({ id: 'c1', server: 's1', at: T, status: 3 });
    const copy = serverCopy({ server: 's1', at: T + 10, status: 3, channel: 'other' });
    const r = collectCallRecords([client, copy]);
    expect(r.items.map((item) => item.message)).toEqual([client]);
    expect(r.stats.duplicates).toBe(1);
  });
});

describe('dedupe: same channel id and status', () => {
  it('is one call however far apart its reports arrive, the row staying at the first report', () => {
    const client = v2({ id: 'c1', at: T, status: 4, channel: 'chan-9' });
    const server = serverCopy({ server: 's1', at: T + 3_600_000, status: 4, channel: 'chan-9' });
    const messages = [client, text('hello?'), v2({ id: 'other', at: T + 60_000, status: 3 }), server];
    const r = collectCallRecords(messages, { selfId: 'bob' });
    expect(r.items.map((item) => [item.key, item.message])).toEqual([
      ['c1', client],
      ['other', messages[2]],
    ]);
    expect(r.stats).toMatchObject({ total: 4, items: 2, ignored: 1, duplicates: 1 });
  });

  it('shows the report with more duration entries, then more seconds; on a tie the first', () => {
    const poor = v2({ id: 'c1', at: T, channel: 'chan-1', durations: [['alice', 40]] });
    const rich = serverCopy({
      server: 's1',
      at: T + 90_000,
      channel: 'chan-1',
      durations: [
        ['alice', 40],
        ['bob', 39],
      ],
    });
    const r = collectCallRecords([poor, text('between'), rich], { selfId: 'bob' });
    expect(r.items).toHaveLength(1);
    expect(r.items[0]).toMatchObject({ key: 'c1', message: rich, count: 1 });
    expect(r.items[0]!.view.seconds).toBe(39);
    expect(r.stats).toMatchObject({ items: 1, duplicates: 1, talkSeconds: 39 });

    const longer = v2({ id: 'c2', at: T + 5000, channel: 'chan-1', durations: [['alice', 41]] });
    expect(collectCallRecords([poor, longer]).items.map((item) => [item.key, item.message])).toEqual([
      ['c1', longer],
    ]);
    const equal = v2({ id: 'c3', at: T + 5000, channel: 'chan-1', durations: [['bob', 40]] });
    expect(collectCallRecords([poor, equal]).items.map((item) => [item.key, item.message])).toEqual([
      ['c1', poor],
    ]);
  });

  it('keeps two calls with the same channel id but different statuses', () => {
    const rejected = v2({ id: 'a', at: T, status: 3, channel: 'chan-1' });
    const busy = v2({ id: 'b', at: T + 100, status: 5, channel: 'chan-1' });
    expect(collectCallRecords([rejected, busy]).stats).toMatchObject({ items: 2, duplicates: 0 });
  });

  it('also matches the channel id of a report merged by time, later on', () => {
    const client = v2({ id: 'c1', at: T, channel: 'chan-client', durations: [['alice', 20]] });
    const server = serverCopy({ server: 's1', at: T + 400, channel: 'chan-server' });
    const webhookAgain = serverCopy({ server: 's2', at: T + 600_000, channel: 'chan-server' });
    const r = collectCallRecords([client, server, webhookAgain]);
    expect(r.items.map((item) => [item.key, item.message])).toEqual([['c1', client]]);
    expect(r.stats).toMatchObject({ items: 1, duplicates: 2 });
  });
});

describe('dedupe: completed calls 2 s apart', () => {
  it('counts a call reported by the client and the server 300 ms apart once, keeping the one with more durations at the first position', () => {
    const client = v2({ id: 'c1', at: T, channel: 'chan-client', durations: [['alice', 75]] });
    const server = serverCopy({
      server: 's9',
      from: 'alice',
      to: 'bob',
      at: T + 300,
      channel: 'chan-server',
      durations: [
        ['alice', 75],
        ['bob', 74],
      ],
    });
    const r = collectCallRecords(
      [text('before'), client, text('between'), server, v2({ id: 'later', at: T + 90_000 })],
      { selfId: 'bob' },
    );
    expect(r.items).toHaveLength(2);
    const [call] = r.items;
    expect(call!.message).toBe(server);
    expect(call!.record.channelId).toBe('chan-server');
    expect(call!.key).toBe('c1'); // the row keeps its key: it does not remount when the server copy arrives
    expect(call!.view.seconds).toBe(74);
    expect(r.stats).toMatchObject({ total: 5, items: 2, ignored: 2, duplicates: 1, talkSeconds: 74 });
  });

  it('keeps the earlier report when it carries as much data, and prefers more total seconds on equal entries', () => {
    const rich = v2({
      id: 'a',
      at: T,
      durations: [
        ['alice', 10],
        ['bob', 10],
      ],
    });
    const poor = v2({ id: 'b', at: T + 500, durations: [['alice', 10]] });
    expect(collectCallRecords([rich, poor]).items.map((i) => i.message)).toEqual([rich]);
    const equal = v2({
      id: 'c',
      at: T + 500,
      durations: [
        ['alice', 10],
        ['bob', 10],
      ],
    });
    expect(collectCallRecords([rich, equal]).items.map((i) => i.message)).toEqual([rich]);
    const longer = v2({
      id: 'd',
      from: 'bob',
      to: 'alice',
      at: T - 1500,
      durations: [
        ['alice', 10],
        ['bob', 11],
      ],
    });
    const r = collectCallRecords([rich, longer]);
    expect(r.items.map((i) => [i.key, i.message])).toEqual([['a', longer]]);
  });

  it('merges at exactly 2 s apart, but keeps both at 2.001 s and at 3 s', () => {
    const at = (id: string, ms: number) => v2({ id, at: T + ms, durations: [['alice', 5]] });
    expect(collectCallRecords([at('a', 0), at('b', 2000)]).items).toHaveLength(1);
    expect(collectCallRecords([at('a', 0), at('b', 2001)]).items).toHaveLength(2);
    expect(collectCallRecords([at('a', 0), at('b', 3000)]).stats).toMatchObject({ items: 2, duplicates: 0 });
  });

  it('merges only when the call types agree', () => {
    const audio = v2({ id: 'a', at: T, type: 1, durations: [['alice', 5]] });
    const video = v2({ id: 'b', at: T + 300, type: 2, durations: [['alice', 5]] });
    expect(collectCallRecords([audio, video]).stats).toMatchObject({ items: 2, duplicates: 0 });
  });

  it('merges into the earliest report when a later one is within 2 s of two separate calls', () => {
    const a = v2({ id: 'a', at: T, durations: [['alice', 1]] });
    const b = v2({ id: 'b', at: T + 2500, durations: [['alice', 1]] });
    const c = v2({
      id: 'c',
      at: T + 1250,
      durations: [
        ['alice', 1],
        ['bob', 1],
      ],
    });
    expect(collectCallRecords([a, b, c]).items.map((i) => [i.key, i.record.id])).toEqual([
      ['a', 'c'],
      ['b', 'b'],
    ]);
  });

  it('keeps both when the people differ, a timestamp or party is missing, or the calls did not complete', () => {
    const a = v2({ id: 'a', from: 'alice', to: 'bob', at: T });
    expect(
      collectCallRecords([a, v2({ id: 'b', from: 'alice', to: 'carol', at: T + 100 })]).items,
    ).toHaveLength(2);
    expect(
      collectCallRecords([a, v2({ id: 'b', from: 'carol', to: 'bob', at: T + 100 })]).items,
    ).toHaveLength(2);
    const untimed = [v2({ id: 'a' }), v2({ id: 'b' })];
    expect(collectCallRecords(untimed).items).toHaveLength(2);
    const noParty = { ...v2({ id: 'b', at: T + 100 }), receiverId: undefined };
    expect(collectCallRecords([a, noParty]).items).toHaveLength(2);
    const timeouts = [v2({ id: 'a', at: T, status: 4 }), v2({ id: 'b', at: T + 100, status: 4 })];
    expect(collectCallRecords(timeouts).items).toHaveLength(2);
  });
});

describe('groupMissed', () => {
  const missed = (id: string, from = 'bob', type: 1 | 2 = 1) =>
    v2({ id, from, to: 'alice', at: T, status: 4, type });
  const options = { selfId: 'alice', locale: 'en', groupMissed: true } as const;
  const rows = (r: UseCallRecordsResult) => r.items.map((item) => [item.key, item.count]);

  it('collapses three missed calls in a row from one person into one item', () => {
    const messages = [missed('m1'), missed('m2'), missed('m3')];
    const r = collectCallRecords(messages, options);
    expect(r.items).toHaveLength(1);
    const [group] = r.items;
    expect(group!.count).toBe(3);
    expect(group!.key).toBe('m1');
    expect(group!.records.map((record) => record.id)).toEqual(['m1', 'm2', 'm3']);
    expect(group!.record.id).toBe('m3');
    expect(group!.message).toBe(messages[2]);
    expect(group!.view).toMatchObject({ text: '3 missed calls', count: 3, tone: 'missed', peerId: 'bob' });
    expect(r.stats).toMatchObject({ total: 3, items: 3, missed: 3 });
    expect(r.stats.byStatus.timeout).toBe(3);
  });

  it('splits at a text message between two missed calls', () => {
    const r = collectCallRecords([missed('m1'), text('are you there?'), missed('m2'), missed('m3')], options);
    expect(rows(r)).toEqual([
      ['m1', 1],
      ['m2', 2],
    ]);
  });

  it('splits at an ignored, a broken or a duplicate message', () => {
    const between = [null, broken('b1'), missed('m1'), 'plain text'];
    between.forEach((message) => {
      const r = collectCallRecords([missed('m1'), message, missed('m2')], options);
      expect(rows(r)).toEqual([
        ['m1', 1],
        ['m2', 1],
      ]);
    });
  });

  it('splits at any other call, and never groups different people, audio with video, or calls the viewer placed', () => {
    const completed = v2({ id: 'c', from: 'bob', to: 'alice', at: T + 60_000, durations: [['alice', 3]] });
    const r = collectCallRecords(
      [
        missed('m1'),
        missed('m2'),
        completed,
        missed('m3'),
        missed('x1', 'carol'),
        missed('v1', 'carol', 2),
        missed('v2', 'carol', 2),
        v2({ id: 'o1', status: 4 }),
        v2({ id: 'o2', status: 4 }),
      ],
      options,
    );
    expect(rows(r)).toEqual([
      ['m1', 2],
      ['c', 1],
      ['m3', 1],
      ['x1', 1],
      ['v1', 2],
      ['o1', 1],
      ['o2', 1],
    ]);
    expect(r.items[2]!.view.text).toBe('Missed call');
    expect(r.stats).toMatchObject({ total: 9, items: 9, missed: 6 });
  });

  it('keeps the group key and the other items when another missed call is appended', () => {
    const collector = createCallRecordCollector();
    const before = [v2({ id: 'c', at: T }), missed('m1'), missed('m2')];
    const a = collector.collect(before, options);
    const grown = [...before, missed('m3')];
    const b = collector.collect(grown, options);
    expect(b.items).toHaveLength(2);
    expect(b.items[0]).toBe(a.items[0]);
    expect(b.items[1]!.key).toBe(a.items[1]!.key);
    expect(b.items[1]!.count).toBe(3);
    expect(b.items[1]!.records.slice(0, 2)).toEqual(a.items[1]!.records);
    const c = collector.collect([...grown, text('hi'), missed('m4')], options);
    expect(rows(c)).toEqual([
      ['c', 1],
      ['m1', 3],
      ['m4', 1],
    ]);
    expect(c.items[1]).toBe(b.items[1]);
  });

  it('keeps the group item object when a message is prepended, and replaces it when the group grows', () => {
    const collector = createCallRecordCollector();
    const messages = [missed('m1'), missed('m2'), missed('m3')];
    const a = collector.collect(messages, options);
    const [group] = a.items;
    expect(group!.count).toBe(3);
    const prepended = [text('older'), ...messages];
    const b = collector.collect(prepended, options);
    expect(b).not.toBe(a);
    expect(b.items[0]).toBe(group);
    expect(b.items).toBe(a.items);
    const c = collector.collect([...prepended, missed('m4')], options);
    expect(c.items).toHaveLength(1);
    expect(c.items[0]).not.toBe(group);
    expect(c.items[0]).toMatchObject({ key: 'm1', count: 4 });
    expect(c.items[0]!.view.text).toBe('4 missed calls');
    expect(c.items[0]!.records.slice(0, 3)).toEqual(group!.records);
    // Dropping the last member changes the group's records: a new item, with the earlier view text.
    const d = collector.collect(messages.slice(0, 2), options);
    expect(d.items[0]).toMatchObject({ key: 'm1', count: 2 });
    expect(d.items[0]!.view.text).toBe('2 missed calls');
  });

  it('rebuilds the group item when the view options change', () => {
    const collector = createCallRecordCollector();
    const messages = [missed('m1'), missed('m2')];
    const en = collector.collect(messages, options);
    const zh = collector.collect(messages, { ...options, locale: 'zh-CN' });
    expect(zh.items[0]).not.toBe(en.items[0]);
    expect(zh.items[0]!.view.text).toBe('2个未接来电');
    expect(zh.items[0]!.records).toEqual(en.items[0]!.records);
  });

  it('leaves items alone without groupMissed', () => {
    const r = collectCallRecords([missed('m1'), missed('m2')], { selfId: 'alice' });
    expect(r.items.map((item) => item.count)).toEqual([1, 1]);
  });

  it('does not throw on a wrongly typed missedCalls override: the group reads in the built-in words', () => {
    const messages = { missedCalls: 'text' } as unknown as CollectCallRecordsOptions['messages'];
    const r = collectCallRecords([missed('m1'), missed('m2')], { ...options, messages });
    expect(r.items).toHaveLength(1);
    expect(r.items[0]!.view.text).toBe('2 missed calls');
    expect(r.stats).toMatchObject({ total: 2, items: 2, errors: 0 });
  });
});

describe('item options', () => {
  it('are the options the views were formatted with, without the list options', () => {
    const collector = createCallRecordCollector<{ payload: unknown }>();
    const wrap = (payload: unknown) => ({ payload });
    const messages = [wrap(v2({ id: 'a', at: T, status: 4 })), wrap(v2({ id: 'b', at: T + 60_000 }))];
    const options = {
      selfId: 'bob',
      locale: 'en',
      messages: { timeoutCallee: 'Missed!' },
      groupMissed: true,
      getRecordInput: (message: { payload: unknown }) => message.payload,
    };
    const r = collector.collect(messages, options);
    expect(r.items[0]!.options).toEqual({
      selfId: 'bob',
      locale: 'en',
      messages: { timeoutCallee: 'Missed!' },
    });
    expect(r.items[1]!.options).toBe(r.items[0]!.options);
    const ja = collector.collect(messages, { ...options, locale: 'ja', timeZone: 'Asia/Tokyo' });
    expect(ja.items[0]!.options).toEqual({
      selfId: 'bob',
      locale: 'ja',
      messages: { timeoutCallee: 'Missed!' },
      timeZone: 'Asia/Tokyo',
    });
  });
});

describe('stats', () => {
  it('sums the duration each view shows, per pickDuration', () => {
    const calls = [
      v2({
        id: 'a',
        at: T,
        durations: [
          ['alice', 75],
          ['bob', 74],
        ],
      }),
      v2({
        id: 'b',
        at: T + 60_000,
        durations: [
          ['alice', 10],
          ['bob', 30],
        ],
      }),
      v2({ id: 'c', at: T + 120_000, status: 2 }),
    ];
    expect(collectCallRecords(calls, { selfId: 'bob' }).stats.talkSeconds).toBe(74 + 30);
    expect(collectCallRecords(calls, { selfId: 'bob', pickDuration: 'first' }).stats.talkSeconds).toBe(
      75 + 10,
    );
    expect(collectCallRecords(calls, { pickDuration: 'longest' }).stats.talkSeconds).toBe(75 + 30);
    const stats = collectCallRecords(calls, { selfId: 'bob' }).stats;
    expect(stats.byStatus).toEqual({ completed: 2, cancelled: 1, rejected: 0, timeout: 0, busy: 0 });
    expect(stats.missed).toBe(1); // bob missed alice's cancelled call
    expect(collectCallRecords(calls, { selfId: 'alice' }).stats.missed).toBe(0);
  });
});

describe('createCallRecordCollector: incremental and stable', () => {
  const list = (n: number) =>
    Array.from({ length: n }, (_, i) =>
      i % 3 === 0
        ? text(`t${i}`)
        : v2({ id: `c${i}`, at: T + i * 10_000, status: ((i % 5) + 1) as 1 | 2 | 3 | 4 | 5 }),
    );

  it('returns the same result object for the same array, and for an equal array', () => {
    const collector = createCallRecordCollector();
    const messages = list(20);
    const first = collector.collect(messages, { selfId: 'bob' });
    expect(collector.collect(messages, { selfId: 'bob' })).toBe(first);
    expect(collector.collect([...messages], { selfId: 'bob', messages: undefined })).toBe(first);
  });

  it('parses only the appended messages and keeps every earlier item object', () => {
    const parse = countingParse();
    const collector = createCallRecordCollector({ parse });
    const messages = list(30);
    const before = collector.collect(messages, { selfId: 'bob' });
    expect(parse).toHaveBeenCalledTimes(30);
    const appended = [...messages, v2({ id: 'new1', at: T + 1e9 }), text('new text')];
    const after = collector.collect(appended, { selfId: 'bob' });
    expect(parse).toHaveBeenCalledTimes(32);
    expect(parse.mock.calls.slice(30).map(([input]) => input)).toEqual(appended.slice(30));
    expect(after).not.toBe(before);
    expect(after.items).toHaveLength(before.items.length + 1);
    before.items.forEach((item, i) => expect(after.items[i]).toBe(item));
    expect(after.items.at(-1)!.key).toBe('new1');
    expect(after.stats.total).toBe(32);
  });

  it('keeps the items array itself when only non-call messages are appended', () => {
    const collector = createCallRecordCollector();
    const messages = list(10);
    const before = collector.collect(messages);
    const after = collector.collect([...messages, text('one more')]);
    expect(after.items).toBe(before.items);
    expect(after.errors).toBe(before.errors);
    expect(after.stats).toMatchObject({ total: 11, ignored: before.stats.ignored + 1 });
  });

  it('reuses parses and items when older messages are prepended or one is removed', () => {
    const parse = countingParse();
    const collector = createCallRecordCollector({ parse });
    const messages = list(12);
    const before = collector.collect(messages);
    const older = v2({ id: 'old', at: T - 1e9 });
    const after = collector.collect([older, ...messages.slice(0, 5), ...messages.slice(6)]);
    expect(parse).toHaveBeenCalledTimes(13);
    const removed = before.items.filter((item) => item.message !== messages[5]);
    expect(after.items.slice(1)).toEqual(removed);
    after.items.slice(1).forEach((item, i) => expect(item).toBe(removed[i]));
  });

  it('recomputes views, not parses, when locale or selfId change', () => {
    const parse = countingParse();
    const collector = createCallRecordCollector({ parse });
    const messages = [
      v2({ id: 'a', at: T, status: 4 }),
      serverCopy({ server: 's', status: 3, at: T + 5000 }),
    ];
    const en = collector.collect(messages, { selfId: 'bob', locale: 'en' });
    const zh = collector.collect(messages, { selfId: 'bob', locale: 'zh-CN' });
    expect(parse).toHaveBeenCalledTimes(2);
    expect(en.items.map((item) => item.view.text)).toEqual(['Missed call', 'You declined']);
    expect(zh.items.map((item) => item.view.text)).toEqual(['未接听', '已拒绝']);
    zh.items.forEach((item, i) => expect(item.record).toBe(en.items[i]!.record));
    const alice = collector.collect(messages, { selfId: 'alice', locale: 'zh-CN' });
    expect(alice.items.map((item) => item.view.direction)).toEqual(['outgoing', 'outgoing']);
    expect(alice.items.map((item) => item.view.text)).toEqual(['对方无应答', '对方已拒绝']);
    expect(parse).toHaveBeenCalledTimes(2);
  });

  it('compares messages overrides key by key, so an inline object does not recompute views', () => {
    const collector = createCallRecordCollector();
    const messages = [v2({ id: 'a', at: T, status: 4 })];
    const first = collector.collect(messages, { selfId: 'bob', messages: { timeoutCallee: 'Missed!' } });
    expect(first.items[0]!.view.text).toBe('Missed!');
    expect(collector.collect(messages, { selfId: 'bob', messages: { timeoutCallee: 'Missed!' } })).toBe(
      first,
    );
    const changed = collector.collect(messages, { selfId: 'bob', messages: { timeoutCallee: 'Oops' } });
    expect(changed.items[0]!.view.text).toBe('Oops');
  });

  it('does not re-parse when an inline getRecordInput changes identity', () => {
    const parse = countingParse();
    const collector = createCallRecordCollector<{ id: string; payload: unknown }>({ parse });
    const messages = [
      { id: '1', payload: v2Completed },
      { id: '2', payload: text('x') },
    ];
    const a = collector.collect(messages, { getRecordInput: (m) => m.payload });
    const b = collector.collect([...messages], { getRecordInput: (m) => m.payload });
    expect(b).toBe(a);
    expect(parse).toHaveBeenCalledTimes(2);
    expect(a.items.map((item) => item.message.id)).toEqual(['1']);
  });

  it('parses equal strings (server copies) once and only keeps the current list’s', () => {
    const parse = countingParse();
    const collector = createCallRecordCollector({ parse });
    const s1 = serverCopy({ server: 's1', at: T, status: 2 });
    const s2 = serverCopy({ server: 's2', at: T + 9000, status: 3 });
    collector.collect([s1]);
    collector.collect([s1, s2], { locale: 'ja' });
    expect(parse).toHaveBeenCalledTimes(2);
    const r = collector.collect([s2, s1, s1]);
    expect(parse).toHaveBeenCalledTimes(2);
    expect(r.stats).toMatchObject({ items: 2, duplicates: 1 });
  });

  it('lists a message whose getRecordInput throws as an error, and reads it again on a later full pass', () => {
    const parse = countingParse();
    const collector = createCallRecordCollector<{ payload?: unknown }>({ parse });
    const messages = [{ payload: v2Completed }, {}];
    const strict = (m: { payload?: unknown }) => {
      if (!m.payload) throw new Error('no payload');
      return m.payload;
    };
    const r = collector.collect(messages, { getRecordInput: strict });
    expect(r.items.map((item) => item.message)).toEqual([messages[0]]);
    expect(r.errors).toEqual([
      {
        message: messages[1],
        index: 1,
        error: { code: 'invalid-field', message: 'getRecordInput: threw while reading this message' },
      },
    ]);
    expect(r.stats).toMatchObject({ total: 2, items: 1, errors: 1, ignored: 0 });
    expect(conserved(r)).toBe(true);
    expect(parse).toHaveBeenCalledTimes(1);
    // The failed read was not cached: a full pass (here, an older message prepended) reads it again.
    const fixed = collector.collect([{ payload: text('older') }, ...messages], {
      getRecordInput: (m) => m.payload ?? m,
    });
    expect(fixed.errors).toEqual([]);
    expect(fixed.stats).toMatchObject({ total: 3, items: 1, errors: 0, ignored: 2 });
    expect(fixed.items[0]).toBe(r.items[0]);
    expect(parse).toHaveBeenCalledTimes(3);
  });

  it('does not throw when getRecordInput throws on a message of another kind', () => {
    type AppMessage = { kind: 'call'; payload: { attach: unknown } } | { kind: 'text' };
    const callMsg: AppMessage = { kind: 'call', payload: { attach: serverCopyRejected } };
    const textMsg: AppMessage = { kind: 'text' };
    const r = collectCallRecords<AppMessage>([callMsg, textMsg], {
      // An app bug: text messages have no payload.
      getRecordInput: (m) => (m as { payload: { attach: unknown } }).payload.attach,
    });
    expect(r.items.map((item) => [item.message, item.record.status])).toEqual([[callMsg, 'rejected']]);
    expect(r.errors).toEqual([
      { message: textMsg, index: 1, error: expect.objectContaining({ code: 'invalid-field' }) },
    ]);
    expect(r.stats).toMatchObject({ total: 2, items: 1, errors: 1, ignored: 0, duplicates: 0 });
  });
});

// ---- Conservation, over arbitrary mixes -------------------------------------------------------------------

type Gen =
  | { kind: 'ignored'; message: unknown }
  | { kind: 'broken'; message: unknown }
  | { kind: 'call'; message: unknown; spec: Spec };

const people = fc.constantFrom('alice', 'bob', 'carol');
const specArb: fc.Arbitrary<Spec> = fc.record({
  id: fc.option(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'), { nil: undefined }),
  server: fc.constantFrom('s1', 's2', 's3', 's4', 's5', 's6', 's7'),
  from: people,
  to: people,
  at: fc.option(
    fc.integer({ min: 0, max: 8000 }).map((ms) => T + ms),
    { nil: undefined },
  ),
  status: fc.constantFrom(1, 1, 2, 3, 4, 5) as fc.Arbitrary<1 | 2 | 3 | 4 | 5>,
  type: fc.constantFrom(1, 2) as fc.Arbitrary<1 | 2>,
  channel: fc.constantFrom('x', 'y'),
  durations: fc.array(fc.tuple(people, fc.integer({ min: 0, max: 100 })), { maxLength: 3 }),
});

const genArb: fc.Arbitrary<Gen> = fc.oneof(
  fc
    .oneof(
      fc.string().map((t) => text(t)),
      fc.constantFrom(null, undefined, 42, 'hello', '', { type: 'text', text: 'x' }, { msgType: 'TEXT' }),
    )
    .map((message): Gen => ({ kind: 'ignored', message })),
  fc
    .oneof(
      fc.string({ minLength: 1, maxLength: 3 }).map(broken),
      fc.constant('{"msgType":"NRTC_NETCALL","attach":"{"}'),
    )
    .map((message): Gen => ({ kind: 'broken', message })),
  specArb.map((spec): Gen => ({ kind: 'call', message: v2(spec), spec })),
  specArb.map((spec): Gen => ({ kind: 'call', message: serverCopy(spec), spec })),
);

/** A row of the naive model: the call's first report, every report, and the one shown. */
interface ModelRow {
  key: string;
  firstIndex: number;
  first: CallRecord;
  reports: CallRecord[];
  shown: CallRecord;
}

/** A deliberately naive O(n²) model of the dedupe rules: the rows, in order of their first report. */
function dedupeModel(messages: readonly unknown[]): ModelRow[] {
  const ids = new Set<string>();
  const servers = new Set<string>();
  const rows: ModelRow[] = [];
  const data = (r: CallRecord) =>
    [r.durations.length, r.durations.reduce((sum, d) => sum + d.seconds, 0)] as const;
  const people = (x: CallRecord) => [x.senderId, x.receiverId].sort().join('|');
  const mergeable = (x: CallRecord) =>
    x.status === 'completed' &&
    x.senderId !== undefined &&
    x.receiverId !== undefined &&
    x.timestamp !== undefined;
  messages.forEach((message, index) => {
    const parsed = parseCallRecord(message);
    if (!parsed.ok) return;
    const r = parsed.record;
    const seen = ids.has(r.id) || (r.serverId !== undefined && servers.has(r.serverId));
    ids.add(r.id);
    if (r.serverId !== undefined) servers.add(r.serverId);
    if (seen) return;
    const sameChannel = rows.find((row) =>
      row.reports.some((x) => x.channelId !== '' && x.channelId === r.channelId && x.status === r.status),
    );
    const sameTime = mergeable(r)
      ? rows.find(
          (row) =>
            mergeable(row.first) &&
            people(row.first) === people(r) &&
            row.first.callType === r.callType &&
            Math.abs(row.first.timestamp! - r.timestamp!) <= 2000,
        )
      : undefined;
    const row = sameChannel ?? sameTime;
    if (row === undefined) {
      rows.push({ key: r.id, firstIndex: index, first: r, reports: [r], shown: r });
      return;
    }
    row.reports.push(r);
    const [n, sec] = data(r);
    const [m, old] = data(row.shown);
    if (n > m || (n === m && sec > old)) row.shown = r;
  });
  return rows;
}

/** The naive model of groupMissed: the count of each row, grouping rows whose first reports are adjacent. */
function groupCountsModel(messages: readonly unknown[], selfId: string | undefined): number[] {
  const rowsByIndex = new Map(dedupeModel(messages).map((row) => [row.firstIndex, row]));
  const counts: number[] = [];
  let open: { peer: string; type: string } | undefined;
  messages.forEach((_, index) => {
    const row = rowsByIndex.get(index);
    if (row === undefined) {
      open = undefined;
      return;
    }
    const view = formatCallRecord(row.first, { selfId });
    const groupable = view.tone === 'missed' && view.direction === 'incoming' && view.status !== 'completed';
    const peer = groupable ? view.peerId : undefined;
    if (peer !== undefined && open !== undefined && open.peer === peer && open.type === view.callType) {
      counts[counts.length - 1]! += 1;
      return;
    }
    counts.push(1);
    open = peer === undefined ? undefined : { peer, type: view.callType };
  });
  return counts;
}

describe('conservation (property)', () => {
  it('accounts for every message: items (records in groups) + errors + ignored + duplicates = N', () => {
    fc.assert(
      fc.property(
        fc.array(genArb, { maxLength: 40 }),
        fc.boolean(),
        fc.constantFrom(undefined, 'alice', 'bob'),
        fc.nat(),
        (gens, groupMissed, selfId, cut) => {
          const messages = gens.map((g) => g.message);
          const options = { groupMissed, selfId };
          const r = collectCallRecords(messages, options);
          const { stats } = r;
          expect(stats.total).toBe(messages.length);
          expect(conserved(r)).toBe(true);
          expect(stats.ignored).toBe(gens.filter((g) => g.kind === 'ignored').length);
          expect(stats.errors).toBe(gens.filter((g) => g.kind === 'broken').length);
          expect(r.errors.map((e) => e.index)).toEqual(
            gens.flatMap((g, i) => (g.kind === 'broken' ? [i] : [])),
          );
          expect(stats.items).toBe(r.items.reduce((sum, item) => sum + item.count, 0));
          expect(Object.values(stats.byStatus).reduce((a, b) => a + b, 0)).toBe(stats.items);
          expect(new Set(keys(r)).size).toBe(r.items.length);
          expect(r.items.every((item) => item.count === item.records.length)).toBe(true);
          // Without grouping, rows match the naive model exactly (order, keys, kept record).
          const flat = groupMissed ? collectCallRecords(messages, { selfId }) : r;
          expect(flat.items.map((item) => [item.key, item.record.id])).toEqual(
            dedupeModel(messages).map((row) => [row.key, row.shown.id]),
          );
          // With grouping, the row sizes match the naive model of groupMissed.
          if (groupMissed)
            expect(r.items.map((item) => item.count)).toEqual(groupCountsModel(messages, selfId));
          // Grouping only merges rows: flattening the groups gives the ungrouped records, in order.
          expect(r.items.flatMap((item) => item.records)).toEqual(flat.items.map((item) => item.record));
          // Incremental: collecting a prefix and then the whole list equals collecting it at once.
          const collector = createCallRecordCollector();
          collector.collect(messages.slice(0, cut % (messages.length + 1)), options);
          expect(collector.collect(messages, options)).toEqual(r);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('views', () => {
  it('are what formatCallRecord gives for the record with the same options', () => {
    const options = { selfId: 'bob', locale: 'ko', pickDuration: 'first' } as const;
    const r = collectCallRecords([v2Completed, serverCopyRejected], options);
    r.items.forEach((item) => expect(item.view).toEqual(formatCallRecord(item.record, options)));
  });
});
