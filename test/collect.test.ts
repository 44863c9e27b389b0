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
import { makeRecord } from './records';
import { BASE_TIME, broken, conserved, serverCopy, text, v2 } from './collect.messages';
import type { CallSpec as Spec } from './collect.messages';

const countingParse = () => vi.fn(parseCallRecord);
const keys = (result: UseCallRecordsResult) => result.items.map((item) => item.key);

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
    const result = collectCallRecords(messages, { selfId: 'bob', locale: 'en' });
    expect(result.items.map((item) => item.record.source)).toEqual([
      'attach',
      'server-copy',
      'v9-message',
      'v2-message',
      'ios-object',
    ]);
    expect(result.items.map((item) => item.message)).toEqual([
      seedAttach,
      copyString,
      v9Timeout,
      v2Completed,
      iosBusy,
    ]);
    expect(result.items[1]!.view.text).toBe('You declined');
    expect(result.items[2]!.view).toMatchObject({ text: 'Missed call', tone: 'missed', peerId: 'alice' });
    expect(result.items[3]!.view.seconds).toBe(74); // the viewer's own entry
    expect(result.errors).toEqual([
      { message: messages[9], index: 9, error: expect.objectContaining({ code: 'invalid-status' }) },
    ]);
    expect(result.stats).toEqual({
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
    expect(new Set(keys(result)).size).toBe(5);
    expect(result.items.every((item) => item.key === item.record.id && item.count === 1)).toBe(true);
  });

  it('returns empty items, errors and zero stats for an empty list', () => {
    const result = collectCallRecords([]);
    expect(result.items).toEqual([]);
    expect(result.errors).toEqual([]);
    expect(result.stats).toEqual({
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
    const result = collectCallRecords(messages);
    expect(result.items).toEqual([]);
    expect(result.errors.map((e) => [e.message, e.index, e.error.code])).toEqual([
      [messages[0], 0, 'invalid-status'],
      [messages[1], 1, 'invalid-status'],
      [messages[2], 2, 'invalid-json'],
    ]);
    expect(result.errors.every((e) => e.error.message.length > 0)).toBe(true);
    expect(result.stats).toMatchObject({ total: 3, items: 0, errors: 3, ignored: 0, duplicates: 0 });
  });

  it('reads records out of an app wrapper with getRecordInput', () => {
    const wrap = (id: string, payload: unknown) => ({ id, payload });
    const messages = [wrap('m1', text('hi')), wrap('m2', v2Completed), wrap('m3', serverCopyRejected)];
    const result = collectCallRecords(messages, { getRecordInput: (m) => m.payload });
    expect(result.items.map((item) => item.message.id)).toEqual(['m2', 'm3']);
    expect(result.items.map((item) => item.record.status)).toEqual(['completed', 'rejected']);
    expect(result.stats.ignored).toBe(1);
  });
});

describe('dedupe: same message', () => {
  it('keeps the first of two messages with the same id, even when the later one carries more data', () => {
    const first = v2({ id: 'c1', at: BASE_TIME, status: 4 });
    const again = v2({ id: 'c1', at: BASE_TIME + 60_000, status: 1, durations: [['alice', 9]] });
    const result = collectCallRecords([first, again]);
    expect(result.items.map((item) => item.message)).toEqual([first]);
    expect(result.stats).toMatchObject({ items: 1, duplicates: 1 });
  });

  it('treats a copy with the same server id (without the client id) as the same message', () => {
    const client = v2({ id: 'c1', server: 's1', at: BASE_TIME, status: 3 });
    const copy = serverCopy({ server: 's1', at: BASE_TIME + 10, status: 3, channel: 'other' });
    const result = collectCallRecords([client, copy]);
    expect(result.items.map((item) => item.message)).toEqual([client]);
    expect(result.stats.duplicates).toBe(1);
  });
});

describe('dedupe: same channel id and status', () => {
  it('is one call however far apart its reports arrive, the row staying at the first report', () => {
    const client = v2({ id: 'c1', at: BASE_TIME, status: 4, channel: 'chan-9' });
    const server = serverCopy({ server: 's1', at: BASE_TIME + 3_600_000, status: 4, channel: 'chan-9' });
    const messages = [client, text('hello?'), v2({ id: 'other', at: BASE_TIME + 60_000, status: 3 }), server];
    const result = collectCallRecords(messages, { selfId: 'bob' });
    expect(result.items.map((item) => [item.key, item.message])).toEqual([
      ['c1', client],
      ['other', messages[2]],
    ]);
    expect(result.stats).toMatchObject({ total: 4, items: 2, ignored: 1, duplicates: 1 });
  });

  it('shows the report with more duration entries, then more seconds; on a tie the first', () => {
    const poor = v2({ id: 'c1', at: BASE_TIME, channel: 'chan-1', durations: [['alice', 40]] });
    const rich = serverCopy({
      server: 's1',
      at: BASE_TIME + 90_000,
      channel: 'chan-1',
      durations: [
        ['alice', 40],
        ['bob', 39],
      ],
    });
    const result = collectCallRecords([poor, text('between'), rich], { selfId: 'bob' });
    expect(result.items).toHaveLength(1);
    expect(result.items[0]).toMatchObject({ key: 'c1', message: rich, count: 1 });
    expect(result.items[0]!.view.seconds).toBe(39);
    expect(result.stats).toMatchObject({ items: 1, duplicates: 1, talkSeconds: 39 });

    const longer = v2({ id: 'c2', at: BASE_TIME + 5000, channel: 'chan-1', durations: [['alice', 41]] });
    expect(collectCallRecords([poor, longer]).items.map((item) => [item.key, item.message])).toEqual([
      ['c1', longer],
    ]);
    const equal = v2({ id: 'c3', at: BASE_TIME + 5000, channel: 'chan-1', durations: [['bob', 40]] });
    expect(collectCallRecords([poor, equal]).items.map((item) => [item.key, item.message])).toEqual([
      ['c1', poor],
    ]);
  });

  it('keeps two calls with the same channel id but different statuses', () => {
    const rejected = v2({ id: 'a', at: BASE_TIME, status: 3, channel: 'chan-1' });
    const busy = v2({ id: 'b', at: BASE_TIME + 100, status: 5, channel: 'chan-1' });
    expect(collectCallRecords([rejected, busy]).stats).toMatchObject({ items: 2, duplicates: 0 });
  });

  it('also matches the channel id of a report merged by time, later on', () => {
    const client = v2({ id: 'c1', at: BASE_TIME, channel: 'chan-client', durations: [['alice', 20]] });
    const server = serverCopy({ server: 's1', at: BASE_TIME + 400, channel: 'chan-server' });
    const webhookAgain = serverCopy({ server: 's2', at: BASE_TIME + 600_000, channel: 'chan-server' });
    const result = collectCallRecords([client, server, webhookAgain]);
    expect(result.items.map((item) => [item.key, item.message])).toEqual([['c1', client]]);
    expect(result.stats).toMatchObject({ items: 1, duplicates: 2 });
  });
});

describe('dedupe: records without a channel id', () => {
  it('never merges two calls by an empty or missing channel id', () => {
    const records = [
      makeRecord({ id: 'a', status: 'timeout', channelId: '' }),
      makeRecord({ id: 'b', status: 'timeout', channelId: '' }),
      makeRecord({ id: 'c', status: 'timeout', channelId: undefined as unknown as string }),
      makeRecord({ id: 'd', status: 'timeout', channelId: undefined as unknown as string }),
    ];
    const collector = createCallRecordCollector<CallRecord>({
      parse: (input) => ({ ok: true, record: input as CallRecord }),
    });
    const result = collector.collect(records, { selfId: 'bob' });
    expect(keys(result)).toEqual(['a', 'b', 'c', 'd']);
    expect(result.stats).toMatchObject({ items: 4, duplicates: 0 });
  });

  // Issue 20, item 9: without message ids, a record's id is made from its content; it must hold all of it.
  it('keeps apart calls without message or channel ids that differ in caller, callee, call type or durations', () => {
    const missed = (from: string, type: 1 | 2 = 1) =>
      v2({ from, to: 'carol', at: BASE_TIME, status: 4, type, channel: '' });
    const alice = missed('alice');
    const bob = missed('bob');
    const result = collectCallRecords([alice, bob], { selfId: 'carol', locale: 'en' });
    expect(result.items.map((item) => [item.message, item.view.peerId])).toEqual([
      [alice, 'alice'],
      [bob, 'bob'],
    ]);
    expect(result.stats).toMatchObject({ items: 2, duplicates: 0, missed: 2 });
    expect(new Set(keys(result)).size).toBe(2);

    const videoToo = collectCallRecords([alice, missed('alice', 2)]);
    expect(videoToo.stats).toMatchObject({ items: 2, duplicates: 0 });
    const toDave = v2({ from: 'alice', to: 'dave', at: BASE_TIME, status: 4, channel: '' });
    expect(collectCallRecords([alice, toDave]).stats).toMatchObject({ items: 2, duplicates: 0 });
    // Bare attaches carry no people and no time: their durations still tell two calls apart.
    const bare = (seconds: number) => ({
      type: 1,
      channelId: '',
      status: 1,
      durations: [{ duration: seconds }],
    });
    expect(collectCallRecords([bare(10), bare(11)]).stats).toMatchObject({ items: 2, duplicates: 0 });
  });

  it('still counts the same id-less message once, as an object, an equal copy or a JSON string', () => {
    const missed = v2({ from: 'alice', to: 'carol', at: BASE_TIME, status: 4, channel: '' });
    const result = collectCallRecords([missed, missed, { ...missed }, JSON.stringify(missed)]);
    expect(result.items.map((item) => item.message)).toEqual([missed]);
    expect(result.stats).toMatchObject({ total: 4, items: 1, duplicates: 3 });
  });
});

describe('dedupe: completed calls 2 s apart', () => {
  it('counts a call reported by the client and the server 300 ms apart once, keeping the one with more durations at the first position', () => {
    const client = v2({ id: 'c1', at: BASE_TIME, channel: 'chan-client', durations: [['alice', 75]] });
    const server = serverCopy({
      server: 's9',
      from: 'alice',
      to: 'bob',
      at: BASE_TIME + 300,
      channel: 'chan-server',
      durations: [
        ['alice', 75],
        ['bob', 74],
      ],
    });
    const result = collectCallRecords(
      [text('before'), client, text('between'), server, v2({ id: 'later', at: BASE_TIME + 90_000 })],
      { selfId: 'bob' },
    );
    expect(result.items).toHaveLength(2);
    const [call] = result.items;
    expect(call!.message).toBe(server);
    expect(call!.record.channelId).toBe('chan-server');
    expect(call!.key).toBe('c1'); // the row keeps its key: it does not remount when the server copy arrives
    expect(call!.view.seconds).toBe(74);
    expect(result.stats).toMatchObject({ total: 5, items: 2, ignored: 2, duplicates: 1, talkSeconds: 74 });
  });

  it('keeps the earlier report when it carries as much data, and prefers more total seconds on equal entries', () => {
    const rich = v2({
      id: 'a',
      at: BASE_TIME,
      durations: [
        ['alice', 10],
        ['bob', 10],
      ],
    });
    const poor = v2({ id: 'b', at: BASE_TIME + 500, durations: [['alice', 10]] });
    expect(collectCallRecords([rich, poor]).items.map((i) => i.message)).toEqual([rich]);
    const equal = v2({
      id: 'c',
      at: BASE_TIME + 500,
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
      at: BASE_TIME - 1500,
      durations: [
        ['alice', 10],
        ['bob', 11],
      ],
    });
    const result = collectCallRecords([rich, longer]);
    expect(result.items.map((i) => [i.key, i.message])).toEqual([['a', longer]]);
  });

  it('merges at exactly 2 s apart, but keeps both at 2.001 s and at 3 s', () => {
    const at = (id: string, ms: number) => v2({ id, at: BASE_TIME + ms, durations: [['alice', 5]] });
    expect(collectCallRecords([at('a', 0), at('b', 2000)]).items).toHaveLength(1);
    expect(collectCallRecords([at('a', 0), at('b', 2001)]).items).toHaveLength(2);
    expect(collectCallRecords([at('a', 0), at('b', 3000)]).stats).toMatchObject({ items: 2, duplicates: 0 });
  });

  it('merges only when the call types agree', () => {
    const audio = v2({ id: 'a', at: BASE_TIME, type: 1, durations: [['alice', 5]] });
    const video = v2({ id: 'b', at: BASE_TIME + 300, type: 2, durations: [['alice', 5]] });
    expect(collectCallRecords([audio, video]).stats).toMatchObject({ items: 2, duplicates: 0 });
  });

  it('merges into the earliest report when first later one is within 2 s of two separate calls', () => {
    const first = v2({ id: 'a', at: BASE_TIME, durations: [['alice', 1]] });
    const second = v2({ id: 'b', at: BASE_TIME + 2500, durations: [['alice', 1]] });
    const between = v2({
      id: 'c',
      at: BASE_TIME + 1250,
      durations: [
        ['alice', 1],
        ['bob', 1],
      ],
    });
    expect(collectCallRecords([first, second, between]).items.map((i) => [i.key, i.record.id])).toEqual([
      ['a', 'c'],
      ['b', 'b'],
    ]);
  });

  it('keeps both when the people differ, call timestamp or party is missing, or the calls did not complete', () => {
    const call = v2({ id: 'a', from: 'alice', to: 'bob', at: BASE_TIME });
    expect(
      collectCallRecords([call, v2({ id: 'b', from: 'alice', to: 'carol', at: BASE_TIME + 100 })]).items,
    ).toHaveLength(2);
    expect(
      collectCallRecords([call, v2({ id: 'b', from: 'carol', to: 'bob', at: BASE_TIME + 100 })]).items,
    ).toHaveLength(2);
    const untimed = [v2({ id: 'a' }), v2({ id: 'b' })];
    expect(collectCallRecords(untimed).items).toHaveLength(2);
    const noParty = { ...v2({ id: 'b', at: BASE_TIME + 100 }), receiverId: undefined };
    expect(collectCallRecords([call, noParty]).items).toHaveLength(2);
    const timeouts = [
      v2({ id: 'a', at: BASE_TIME, status: 4 }),
      v2({ id: 'b', at: BASE_TIME + 100, status: 4 }),
    ];
    expect(collectCallRecords(timeouts).items).toHaveLength(2);
  });
});

describe('groupMissed', () => {
  const missed = (id: string, from = 'bob', type: 1 | 2 = 1) =>
    v2({ id, from, to: 'alice', at: BASE_TIME, status: 4, type });
  const options = { selfId: 'alice', locale: 'en', groupMissed: true } as const;
  const rows = (result: UseCallRecordsResult) => result.items.map((item) => [item.key, item.count]);

  it('collapses three missed calls in a row from one person into one item', () => {
    const messages = [missed('m1'), missed('m2'), missed('m3')];
    const result = collectCallRecords(messages, options);
    expect(result.items).toHaveLength(1);
    const [group] = result.items;
    expect(group!.count).toBe(3);
    expect(group!.key).toBe('m1');
    expect(group!.records.map((record) => record.id)).toEqual(['m1', 'm2', 'm3']);
    expect(group!.record.id).toBe('m3');
    expect(group!.message).toBe(messages[2]);
    expect(group!.view).toMatchObject({ text: '3 missed calls', count: 3, tone: 'missed', peerId: 'bob' });
    expect(result.stats).toMatchObject({ total: 3, items: 3, missed: 3 });
    expect(result.stats.byStatus.timeout).toBe(3);
  });

  it('splits at a text message between two missed calls', () => {
    const result = collectCallRecords(
      [missed('m1'), text('are you there?'), missed('m2'), missed('m3')],
      options,
    );
    expect(rows(result)).toEqual([
      ['m1', 1],
      ['m2', 2],
    ]);
  });

  it('splits at an ignored, a broken or a duplicate message', () => {
    const between = [null, broken('b1'), missed('m1'), 'plain text'];
    between.forEach((message) => {
      const result = collectCallRecords([missed('m1'), message, missed('m2')], options);
      expect(rows(result)).toEqual([
        ['m1', 1],
        ['m2', 1],
      ]);
    });
  });

  it('splits at any other call, and never groups different people, audio with video, or calls the viewer placed', () => {
    const completed = v2({
      id: 'c',
      from: 'bob',
      to: 'alice',
      at: BASE_TIME + 60_000,
      durations: [['alice', 3]],
    });
    const result = collectCallRecords(
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
    expect(rows(result)).toEqual([
      ['m1', 2],
      ['c', 1],
      ['m3', 1],
      ['x1', 1],
      ['v1', 2],
      ['o1', 1],
      ['o2', 1],
    ]);
    expect(result.items[2]!.view.text).toBe('Missed call');
    expect(result.stats).toMatchObject({ total: 9, items: 9, missed: 6 });
  });

  it('keeps the group key and the other items when another missed call is appended', () => {
    const collector = createCallRecordCollector();
    const before = [v2({ id: 'c', at: BASE_TIME }), missed('m1'), missed('m2')];
    const first = collector.collect(before, options);
    const grown = [...before, missed('m3')];
    const second = collector.collect(grown, options);
    expect(second.items).toHaveLength(2);
    expect(second.items[0]).toBe(first.items[0]);
    expect(second.items[1]!.key).toBe(first.items[1]!.key);
    expect(second.items[1]!.count).toBe(3);
    expect(second.items[1]!.records.slice(0, 2)).toEqual(first.items[1]!.records);
    const third = collector.collect([...grown, text('hi'), missed('m4')], options);
    expect(rows(third)).toEqual([
      ['c', 1],
      ['m1', 3],
      ['m4', 1],
    ]);
    expect(third.items[1]).toBe(second.items[1]);
  });

  it('keeps the group item object when first message is prepended, and replaces it when the group grows', () => {
    const collector = createCallRecordCollector();
    const messages = [missed('m1'), missed('m2'), missed('m3')];
    const first = collector.collect(messages, options);
    const [group] = first.items;
    expect(group!.count).toBe(3);
    const prepended = [text('older'), ...messages];
    const second = collector.collect(prepended, options);
    expect(second).not.toBe(first);
    expect(second.items[0]).toBe(group);
    expect(second.items).toBe(first.items);
    const third = collector.collect([...prepended, missed('m4')], options);
    expect(third.items).toHaveLength(1);
    expect(third.items[0]).not.toBe(group);
    expect(third.items[0]).toMatchObject({ key: 'm1', count: 4 });
    expect(third.items[0]!.view.text).toBe('4 missed calls');
    expect(third.items[0]!.records.slice(0, 3)).toEqual(group!.records);
    // Dropping the last member changes the group's records: first new item, with the earlier view text.
    const fourth = collector.collect(messages.slice(0, 2), options);
    expect(fourth.items[0]).toMatchObject({ key: 'm1', count: 2 });
    expect(fourth.items[0]!.view.text).toBe('2 missed calls');
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

  it('never groups calls whose direction is not known', () => {
    const bare = (id: string) => ({ callType: 1, callStatus: 4, channelID: id, durations: {} });
    const result = collectCallRecords([bare('x1'), bare('x2'), bare('x3')], { groupMissed: true });
    expect(result.items.map((item) => [item.view.direction, item.count, item.view.tone])).toEqual([
      ['unknown', 1, 'normal'],
      ['unknown', 1, 'normal'],
      ['unknown', 1, 'normal'],
    ]);
    expect(result.stats).toMatchObject({ items: 3, missed: 0 });
  });

  it('leaves items alone without groupMissed', () => {
    const result = collectCallRecords([missed('m1'), missed('m2')], { selfId: 'alice' });
    expect(result.items.map((item) => item.count)).toEqual([1, 1]);
  });

  it('does not throw on a wrongly typed missedCalls override: the group reads in the built-in words', () => {
    const messages = { missedCalls: 'text' } as unknown as CollectCallRecordsOptions['messages'];
    const result = collectCallRecords([missed('m1'), missed('m2')], { ...options, messages });
    expect(result.items).toHaveLength(1);
    expect(result.items[0]!.view.text).toBe('2 missed calls');
    expect(result.stats).toMatchObject({ total: 2, items: 2, errors: 0 });
  });
});

describe('item options', () => {
  it('are the options the views were formatted with, without the list options', () => {
    const collector = createCallRecordCollector<{ payload: unknown }>();
    const wrap = (payload: unknown) => ({ payload });
    const messages = [
      wrap(v2({ id: 'a', at: BASE_TIME, status: 4 })),
      wrap(v2({ id: 'b', at: BASE_TIME + 60_000 })),
    ];
    const options = {
      selfId: 'bob',
      locale: 'en',
      messages: { timeoutCallee: 'Missed!' },
      groupMissed: true,
      getRecordInput: (message: { payload: unknown }) => message.payload,
    };
    const result = collector.collect(messages, options);
    expect(result.items[0]!.options).toEqual({
      selfId: 'bob',
      locale: 'en',
      messages: { timeoutCallee: 'Missed!' },
    });
    expect(result.items[1]!.options).toBe(result.items[0]!.options);
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
        at: BASE_TIME,
        durations: [
          ['alice', 75],
          ['bob', 74],
        ],
      }),
      v2({
        id: 'b',
        at: BASE_TIME + 60_000,
        durations: [
          ['alice', 10],
          ['bob', 30],
        ],
      }),
      v2({ id: 'c', at: BASE_TIME + 120_000, status: 2 }),
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
  const list = (length: number) =>
    Array.from({ length: length }, (_, i) =>
      i % 3 === 0
        ? text(`t${i}`)
        : v2({ id: `c${i}`, at: BASE_TIME + i * 10_000, status: ((i % 5) + 1) as 1 | 2 | 3 | 4 | 5 }),
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
    const appended = [...messages, v2({ id: 'new1', at: BASE_TIME + 1e9 }), text('new text')];
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
    const older = v2({ id: 'old', at: BASE_TIME - 1e9 });
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
      v2({ id: 'a', at: BASE_TIME, status: 4 }),
      serverCopy({ server: 's', status: 3, at: BASE_TIME + 5000 }),
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

  it('keeps every view when only the time zone changes, and gives new items carrying the new zone', () => {
    const parse = countingParse();
    const collector = createCallRecordCollector({ parse });
    const messages = [v2({ id: 'a', at: BASE_TIME, status: 4 }), v2({ id: 'b', at: BASE_TIME + 5000 })];
    const utc = collector.collect(messages, { selfId: 'bob', locale: 'en', timeZone: 'UTC' });
    const shanghai = collector.collect(messages, { selfId: 'bob', locale: 'en', timeZone: 'Asia/Shanghai' });
    expect(shanghai.items.map((item) => item.options.timeZone)).toEqual(['Asia/Shanghai', 'Asia/Shanghai']);
    // A view object is made by the formatter each time it formats: the same objects were not formatted again.
    shanghai.items.forEach((item, i) => {
      expect(item).not.toBe(utc.items[i]);
      expect(item.view).toBe(utc.items[i]!.view);
    });
    const japanese = collector.collect(messages, { selfId: 'bob', locale: 'ja', timeZone: 'Asia/Shanghai' });
    expect(japanese.items.map((item) => item.view.text)).toEqual(['不在着信', '通話終了']);
    expect(parse).toHaveBeenCalledTimes(2);
  });
  it('compares messages overrides key by key, so an inline object does not recompute views', () => {
    const collector = createCallRecordCollector();
    const messages = [v2({ id: 'a', at: BASE_TIME, status: 4 })];
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
    const first = collector.collect(messages, { getRecordInput: (m) => m.payload });
    const second = collector.collect([...messages], { getRecordInput: (m) => m.payload });
    expect(second).toBe(first);
    expect(parse).toHaveBeenCalledTimes(2);
    expect(first.items.map((item) => item.message.id)).toEqual(['1']);
  });

  it('parses equal strings (server copies) once and only keeps the current list’s', () => {
    const parse = countingParse();
    const collector = createCallRecordCollector({ parse });
    const s1 = serverCopy({ server: 's1', at: BASE_TIME, status: 2 });
    const s2 = serverCopy({ server: 's2', at: BASE_TIME + 9000, status: 3 });
    collector.collect([s1]);
    collector.collect([s1, s2], { locale: 'ja' });
    expect(parse).toHaveBeenCalledTimes(2);
    const result = collector.collect([s2, s1, s1]);
    expect(parse).toHaveBeenCalledTimes(2);
    expect(result.stats).toMatchObject({ items: 2, duplicates: 1 });
  });

  it('lists a message whose getRecordInput throws as an error, and reads it again on a later full pass', () => {
    const parse = countingParse();
    const collector = createCallRecordCollector<{ payload?: unknown }>({ parse });
    const messages = [{ payload: v2Completed }, {}];
    const strict = (message: { payload?: unknown }) => {
      if (!message.payload) throw new Error('no payload');
      return message.payload;
    };
    const result = collector.collect(messages, { getRecordInput: strict });
    expect(result.items.map((item) => item.message)).toEqual([messages[0]]);
    expect(result.errors).toEqual([
      {
        message: messages[1],
        index: 1,
        error: { code: 'invalid-field', message: 'getRecordInput: threw while reading this message' },
      },
    ]);
    expect(result.stats).toMatchObject({ total: 2, items: 1, errors: 1, ignored: 0 });
    expect(conserved(result)).toBe(true);
    expect(parse).toHaveBeenCalledTimes(1);
    // The failed read was not cached: a full pass (here, an older message prepended) reads it again.
    const fixed = collector.collect([{ payload: text('older') }, ...messages], {
      getRecordInput: (m) => m.payload ?? m,
    });
    expect(fixed.errors).toEqual([]);
    expect(fixed.stats).toMatchObject({ total: 3, items: 1, errors: 0, ignored: 2 });
    expect(fixed.items[0]).toBe(result.items[0]);
    expect(parse).toHaveBeenCalledTimes(3);
  });

  it('does not throw when getRecordInput throws on a message of another kind', () => {
    type AppMessage = { kind: 'call'; payload: { attach: unknown } } | { kind: 'text' };
    const callMsg: AppMessage = { kind: 'call', payload: { attach: serverCopyRejected } };
    const textMsg: AppMessage = { kind: 'text' };
    const result = collectCallRecords<AppMessage>([callMsg, textMsg], {
      // An app bug: text messages have no payload.
      getRecordInput: (m) => (m as { payload: { attach: unknown } }).payload.attach,
    });
    expect(result.items.map((item) => [item.message, item.record.status])).toEqual([[callMsg, 'rejected']]);
    expect(result.errors).toEqual([
      { message: textMsg, index: 1, error: expect.objectContaining({ code: 'invalid-field' }) },
    ]);
    expect(result.stats).toMatchObject({ total: 2, items: 1, errors: 1, ignored: 0, duplicates: 0 });
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
    fc.integer({ min: 0, max: 8000 }).map((ms) => BASE_TIME + ms),
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
      fc.string().map((body) => text(body)),
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
  const seconds = (record: CallRecord) => record.durations.reduce((sum, entry) => sum + entry.seconds, 0);
  const richer = (record: CallRecord, shown: CallRecord) =>
    record.durations.length > shown.durations.length ||
    (record.durations.length === shown.durations.length && seconds(record) > seconds(shown));
  const people = (record: CallRecord) => [record.senderId, record.receiverId].sort().join('|');
  const mergeable = (record: CallRecord) =>
    record.status === 'completed' &&
    record.senderId !== undefined &&
    record.receiverId !== undefined &&
    record.timestamp !== undefined;
  const sameChannel = (report: CallRecord, record: CallRecord) =>
    report.channelId !== '' && report.channelId === record.channelId && report.status === record.status;
  const sameTime = (first: CallRecord, record: CallRecord) =>
    mergeable(first) &&
    mergeable(record) &&
    people(first) === people(record) &&
    first.callType === record.callType &&
    Math.abs(first.timestamp! - record.timestamp!) <= 2000;
  messages.forEach((message, index) => {
    const parsed = parseCallRecord(message);
    if (!parsed.ok) return;
    const { record } = parsed;
    const seen = ids.has(record.id) || (record.serverId !== undefined && servers.has(record.serverId));
    ids.add(record.id);
    if (record.serverId !== undefined) servers.add(record.serverId);
    if (seen) return;
    const row =
      rows.find((candidate) => candidate.reports.some((report) => sameChannel(report, record))) ??
      rows.find((candidate) => sameTime(candidate.first, record));
    if (row === undefined) {
      rows.push({ key: record.id, firstIndex: index, first: record, reports: [record], shown: record });
      return;
    }
    row.reports.push(record);
    if (richer(record, row.shown)) row.shown = record;
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
          const result = collectCallRecords(messages, options);
          const { stats } = result;
          expect(stats.total).toBe(messages.length);
          expect(conserved(result)).toBe(true);
          expect(stats.ignored).toBe(gens.filter((g) => g.kind === 'ignored').length);
          expect(stats.errors).toBe(gens.filter((g) => g.kind === 'broken').length);
          expect(result.errors.map((e) => e.index)).toEqual(
            gens.flatMap((g, i) => (g.kind === 'broken' ? [i] : [])),
          );
          expect(stats.items).toBe(result.items.reduce((sum, item) => sum + item.count, 0));
          expect(Object.values(stats.byStatus).reduce((sum, count) => sum + count, 0)).toBe(stats.items);
          expect(new Set(keys(result)).size).toBe(result.items.length);
          expect(result.items.every((item) => item.count === item.records.length)).toBe(true);
          // Without grouping, rows match the naive model exactly (order, keys, kept record).
          const flat = groupMissed ? collectCallRecords(messages, { selfId }) : result;
          expect(flat.items.map((item) => [item.key, item.record.id])).toEqual(
            dedupeModel(messages).map((row) => [row.key, row.shown.id]),
          );
          // With grouping, the row sizes match the naive model of groupMissed.
          if (groupMissed)
            expect(result.items.map((item) => item.count)).toEqual(groupCountsModel(messages, selfId));
          // Grouping only merges rows: flattening the groups gives the ungrouped records, in order.
          expect(result.items.flatMap((item) => item.records)).toEqual(flat.items.map((item) => item.record));
          // Incremental: collecting a prefix and then the whole list equals collecting it at once.
          const collector = createCallRecordCollector();
          collector.collect(messages.slice(0, cut % (messages.length + 1)), options);
          expect(collector.collect(messages, options)).toEqual(result);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('views', () => {
  it('are what formatCallRecord gives for the record with the same options', () => {
    const options = { selfId: 'bob', locale: 'ko', pickDuration: 'first' } as const;
    const result = collectCallRecords([v2Completed, serverCopyRejected], options);
    result.items.forEach((item) => expect(item.view).toEqual(formatCallRecord(item.record, options)));
  });
});
