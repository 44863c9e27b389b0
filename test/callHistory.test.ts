// The call log's core (src/callHistory): folding calls from many conversations into a phone's Recents rows,
// the day of each row across midnight and daylight saving time, the filters, the words of a row and of a
// day header, and which row objects survive a new page of history.
import { describe, expect, it } from 'vitest';
import { buildCallLog, createCallLog, describeCallLogRow, formatCallLogDay } from '../src/callHistory';
import type { CallLogRow } from '../src/callHistory';
import { DayReader, daysBetween } from '../src/callHistory/days';
import { fr } from '../src/locales';
import { text, v2 } from './collect.messages';

type Message = ReturnType<typeof v2> | ReturnType<typeof text>;

const ME = 'me';
const AUDIO = 1;
const VIDEO = 2;
const COMPLETED = 1;
const CANCELLED = 2;
const REJECTED = 3;
const TIMEOUT = 4;
const BUSY = 5;

/** A call between `from` and `to` at a UTC time, with the viewer `me` on one side. */
function call(
  id: string,
  from: string,
  to: string,
  at: number,
  status: 1 | 2 | 3 | 4 | 5,
  type: 1 | 2 = AUDIO,
): ReturnType<typeof v2> {
  const durations = status === COMPLETED ? ([[from, 75] as const, [to, 75] as const] as const) : [];
  return v2({ id, from, to, at, status, type, durations });
}

/** What a test compares of a row. */
const summary = (row: CallLogRow) => [row.key, row.peerId, row.kind, row.callType, row.count, row.day];

// Two conversations, each oldest first, as an app gets them from two `getMessageList` calls.
const withBob = [
  call('b1', 'bob', ME, Date.UTC(2026, 11, 5, 20, 0), TIMEOUT),
  call('b2', 'bob', ME, Date.UTC(2026, 11, 5, 21, 0), CANCELLED),
  call('bx', ME, 'bob', Date.UTC(2026, 11, 5, 21, 20), CANCELLED),
  call('b3', 'bob', ME, Date.UTC(2026, 11, 5, 21, 49), BUSY),
  call('b4', ME, 'bob', Date.UTC(2026, 11, 6, 8, 0), COMPLETED),
  call('b5', ME, 'bob', Date.UTC(2026, 11, 6, 8, 5), TIMEOUT),
  call('b6', 'bob', ME, Date.UTC(2026, 11, 6, 9, 0), COMPLETED, VIDEO),
];
const withCarol = [
  call('c2', ME, 'carol', Date.UTC(2026, 11, 4, 10, 0), REJECTED),
  text('see you'),
  call('c1', 'carol', ME, Date.UTC(2026, 11, 5, 19, 30), TIMEOUT, VIDEO),
  call('c3', 'carol', ME, Date.UTC(2026, 11, 6, 7, 0), REJECTED),
];
const both: Message[] = [...withBob, ...withCarol];
const NOW = Date.UTC(2026, 11, 6, 9, 30);

describe('folding', () => {
  it('orders calls from many conversations newest first and folds same person, type, kind and day', () => {
    const { rows, counts, stats } = buildCallLog(both, { selfId: ME, timeZone: 'UTC' });
    expect(rows.map(summary)).toEqual([
      ['b6', 'bob', 'incoming', 'video', 1, '2026-12-06'],
      ['b4', 'bob', 'outgoing', 'audio', 2, '2026-12-06'],
      ['c3', 'carol', 'incoming', 'audio', 1, '2026-12-06'],
      ['b3', 'bob', 'missed', 'audio', 1, '2026-12-05'],
      ['bx', 'bob', 'outgoing', 'audio', 1, '2026-12-05'],
      ['b1', 'bob', 'missed', 'audio', 2, '2026-12-05'],
      ['c1', 'carol', 'missed', 'video', 1, '2026-12-05'],
      ['c2', 'carol', 'outgoing', 'audio', 1, '2026-12-04'],
    ]);
    expect(counts).toEqual({ all: 8, missed: 2 });
    expect(stats.ignored).toBe(1);
  });

  it('keeps the records, messages and latest time of a folded row newest first, and a single call its duration', () => {
    const { rows } = buildCallLog(both, { selfId: ME, timeZone: 'UTC' });
    const outgoing = rows[1]!;
    expect(outgoing.records.map((record) => record.id)).toEqual(['b5', 'b4']);
    expect(outgoing.messages).toEqual([withBob[5], withBob[4]]);
    expect(outgoing.timestamp).toBe(Date.UTC(2026, 11, 6, 8, 5));
    expect(outgoing.seconds).toBeUndefined();
    expect(rows[0]!.seconds).toBe(75);
    expect(rows[0]!.view.text).toBe('Call duration: 01:15');
  });

  it('folds incoming with outgoing calls (neither missed) as a phone does, but not audio with video, nor calls whose side nobody knows', () => {
    const messages = [
      call('x1', 'bob', ME, Date.UTC(2026, 0, 1, 10), COMPLETED),
      call('x2', ME, 'bob', Date.UTC(2026, 0, 1, 11), COMPLETED),
      call('x3', ME, 'bob', Date.UTC(2026, 0, 1, 12), COMPLETED, VIDEO),
      call('x4', 'bob', ME, Date.UTC(2026, 0, 1, 13), REJECTED, VIDEO),
    ];
    expect(buildCallLog(messages, { selfId: ME, timeZone: 'UTC' }).rows.map(summary)).toEqual([
      ['x3', 'bob', 'incoming', 'video', 2, '2026-01-01'],
      ['x1', 'bob', 'outgoing', 'audio', 2, '2026-01-01'],
    ]);
    // Without selfId nobody knows whose calls these are: no person, no folding.
    const unknown = [
      { ...call('u1', 'bob', ME, Date.UTC(2026, 0, 1, 10), TIMEOUT), senderId: undefined },
      { ...call('u2', 'bob', ME, Date.UTC(2026, 0, 1, 11), TIMEOUT), senderId: undefined },
    ];
    expect(buildCallLog(unknown, { timeZone: 'UTC' }).rows.map(summary)).toEqual([
      ['u2', undefined, 'unknown', 'audio', 1, '2026-01-01'],
      ['u1', undefined, 'unknown', 'audio', 1, '2026-01-01'],
    ]);
  });

  it('never folds calls whose side nobody knows, even when the conversation id names the person', () => {
    // No sender: the direction is unknown, but the conversation 'alice|1|bob' tells alice her peer is bob.
    const sideUnknown = (id: string, at: number) => ({
      ...call(id, 'alice', 'bob', at, TIMEOUT),
      senderId: '',
      conversationId: 'alice|1|bob',
    });
    const messages = [
      sideUnknown('n1', Date.UTC(2026, 0, 1, 10)),
      sideUnknown('n2', Date.UTC(2026, 0, 1, 11)),
    ];
    expect(buildCallLog(messages, { selfId: 'alice', timeZone: 'UTC' }).rows.map(summary)).toEqual([
      ['n2', 'bob', 'unknown', 'audio', 1, '2026-01-01'],
      ['n1', 'bob', 'unknown', 'audio', 1, '2026-01-01'],
    ]);
  });

  it('shows another report of one call once (the collector dedupes across conversations)', () => {
    const copy = { ...withBob[6]!, messageClientId: 'b6-server-copy', messageServerId: 's6' };
    const { rows } = buildCallLog([...both, copy], { selfId: ME, timeZone: 'UTC' });
    expect(rows.map((row) => row.key).slice(0, 2)).toEqual(['b6', 'b4']);
    expect(rows[0]!.count).toBe(1);
  });

  it('reads calls out of an app wrapper with getRecordInput', () => {
    const wrapped = withBob.map((message) => ({ payload: message }));
    const { rows } = buildCallLog(wrapped, {
      selfId: ME,
      timeZone: 'UTC',
      getRecordInput: (wrapper) => wrapper.payload,
    });
    expect(rows.map((row) => row.key)).toEqual(['b6', 'b4', 'b3', 'bx', 'b1']);
    expect(rows[4]!.messages).toEqual([wrapped[1], wrapped[0]]);
  });
});

describe('filters', () => {
  it('"missed" folds the missed calls again among themselves, as a phone\'s Missed tab', () => {
    const { rows, counts, filter } = buildCallLog(both, { selfId: ME, timeZone: 'UTC', filter: 'missed' });
    expect(filter).toBe('missed');
    expect(rows.map(summary)).toEqual([
      ['b1', 'bob', 'missed', 'audio', 3, '2026-12-05'],
      ['c1', 'carol', 'missed', 'video', 1, '2026-12-05'],
    ]);
    expect(counts).toEqual({ all: 8, missed: 2 });
  });

  it('reads an unknown filter as "all"', () => {
    const options = { selfId: ME, timeZone: 'UTC', filter: 'recent' as 'all' };
    expect(buildCallLog(both, options).filter).toBe('all');
  });

  it('switching the filter keeps the rows of each filter', () => {
    const log = createCallLog<Message>();
    const all = log.build(both, { selfId: ME, timeZone: 'UTC' });
    const missed = log.build(both, { selfId: ME, timeZone: 'UTC', filter: 'missed' });
    const again = log.build(both, { selfId: ME, timeZone: 'UTC' });
    expect(missed.rows).not.toBe(all.rows);
    expect(again.rows).toBe(all.rows);
  });
});

describe('the day of a row', () => {
  const lateMissed = [
    call('m1', 'bob', ME, Date.UTC(2026, 11, 5, 23, 50), TIMEOUT),
    call('m2', 'bob', ME, Date.UTC(2026, 11, 6, 0, 10), TIMEOUT),
  ];

  it('splits calls on either side of midnight in the zone, and only there', () => {
    expect(buildCallLog(lateMissed, { selfId: ME, timeZone: 'UTC' }).rows.map(summary)).toEqual([
      ['m2', 'bob', 'missed', 'audio', 1, '2026-12-06'],
      ['m1', 'bob', 'missed', 'audio', 1, '2026-12-05'],
    ]);
    expect(buildCallLog(lateMissed, { selfId: ME, timeZone: 'America/New_York' }).rows.map(summary)).toEqual([
      ['m1', 'bob', 'missed', 'audio', 2, '2026-12-05'],
    ]);
    expect(buildCallLog(lateMissed, { selfId: ME, timeZone: 'Asia/Shanghai' }).rows.map(summary)).toEqual([
      ['m1', 'bob', 'missed', 'audio', 2, '2026-12-06'],
    ]);
  });

  it('folds calls 24 hours apart on the 25-hour day New York turns its clocks back', () => {
    const fallBack = [
      // 00:30 EDT and 23:30 EST on 1 November 2026.
      call('n1', 'bob', ME, Date.UTC(2026, 10, 1, 4, 30), TIMEOUT),
      call('n2', 'bob', ME, Date.UTC(2026, 10, 2, 4, 30), TIMEOUT),
    ];
    expect(buildCallLog(fallBack, { selfId: ME, timeZone: 'America/New_York' }).rows.map(summary)).toEqual([
      ['n1', 'bob', 'missed', 'audio', 2, '2026-11-01'],
    ]);
    expect(buildCallLog(fallBack, { selfId: ME, timeZone: 'UTC' }).rows.map(summary)).toEqual([
      ['n2', 'bob', 'missed', 'audio', 1, '2026-11-02'],
      ['n1', 'bob', 'missed', 'audio', 1, '2026-11-01'],
    ]);
  });

  it('reads the edges of the 23-hour day Berlin moves its clocks forward, after a read inside it', () => {
    const days = new DayReader('Europe/Berlin');
    expect(days.dayOf(Date.UTC(2026, 2, 29, 10))).toBe('2026-03-29');
    expect(days.dayOf(Date.UTC(2026, 2, 28, 23) - 1)).toBe('2026-03-28');
    expect(days.dayOf(Date.UTC(2026, 2, 29, 10))).toBe('2026-03-29');
    expect(days.dayOf(Date.UTC(2026, 2, 28, 23))).toBe('2026-03-29');
    expect(days.dayOf(Date.UTC(2026, 2, 29, 22) - 1)).toBe('2026-03-29');
    expect(days.dayOf(Date.UTC(2026, 2, 29, 22))).toBe('2026-03-30');
  });

  it("reads the edges of New York's 23-hour and 25-hour days, after a read inside each", () => {
    const days = new DayReader('America/New_York');
    expect(days.dayOf(Date.UTC(2026, 2, 8, 20))).toBe('2026-03-08');
    expect(days.dayOf(Date.UTC(2026, 2, 8, 5))).toBe('2026-03-08');
    expect(days.dayOf(Date.UTC(2026, 2, 8, 20))).toBe('2026-03-08');
    expect(days.dayOf(Date.UTC(2026, 2, 9, 4) - 1)).toBe('2026-03-08');
    expect(days.dayOf(Date.UTC(2026, 2, 9, 4))).toBe('2026-03-09');
    expect(days.dayOf(Date.UTC(2026, 10, 1, 12))).toBe('2026-11-01');
    expect(days.dayOf(Date.UTC(2026, 10, 1, 4) - 1)).toBe('2026-10-31');
    expect(days.dayOf(Date.UTC(2026, 10, 1, 12))).toBe('2026-11-01');
    expect(days.dayOf(Date.UTC(2026, 10, 1, 4))).toBe('2026-11-01');
    expect(days.dayOf(Date.UTC(2026, 10, 2, 5) - 1)).toBe('2026-11-01');
    expect(days.dayOf(Date.UTC(2026, 10, 2, 5))).toBe('2026-11-02');
  });

  it('gives no day to a record without a time, and never folds it', () => {
    const timeless = [
      call('t1', 'bob', ME, Date.UTC(2026, 0, 1), TIMEOUT),
      { ...call('t2', 'bob', ME, 0, TIMEOUT), createTime: undefined },
      { ...call('t3', 'bob', ME, 0, TIMEOUT), createTime: undefined },
    ];
    expect(buildCallLog(timeless, { selfId: ME, timeZone: 'UTC' }).rows.map(summary)).toEqual([
      ['t1', 'bob', 'missed', 'audio', 1, '2026-01-01'],
      ['t3', 'bob', 'missed', 'audio', 1, undefined],
      ['t2', 'bob', 'missed', 'audio', 1, undefined],
    ]);
  });

  it('counts calendar days between two days whatever the clocks did', () => {
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2026-12-31', '2027-01-01')).toBe(1);
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
  });
});

describe('incremental identities', () => {
  const older = both.slice(0, 4); // b1, b2, bx, b3
  const newer = both.slice(4); // b4 … c3

  it('appending a newer page keeps every row it does not touch', () => {
    const log = createCallLog<Message>();
    const first = log.build(older, { selfId: ME, timeZone: 'UTC' });
    expect(first.rows.map((row) => row.key)).toEqual(['b3', 'bx', 'b1']);
    const second = log.build([...older, ...newer], { selfId: ME, timeZone: 'UTC' });
    expect(second.rows.map((row) => row.key)).toEqual(['b6', 'b4', 'c3', 'b3', 'bx', 'b1', 'c1', 'c2']);
    first.rows.forEach((row, index) => expect(second.rows[index + 3]).toBe(row));
    const third = log.build(
      [...older, ...newer, call('b7', 'bob', ME, Date.UTC(2026, 11, 6, 9, 20), COMPLETED, VIDEO)],
      {
        selfId: ME,
        timeZone: 'UTC',
      },
    );
    // b7 joins b6's row (same key, new object); every other row is the very same object.
    expect(third.rows.map((row) => row.key)).toEqual(second.rows.map((row) => row.key));
    expect(third.rows[0]).not.toBe(second.rows[0]);
    expect(third.rows[0]!.count).toBe(2);
    expect(third.rows.slice(1)).toEqual(second.rows.slice(1));
    third.rows.slice(1).forEach((row, index) => expect(row).toBe(second.rows[index + 1]));
  });

  it('prepending an older page keeps every row it does not touch', () => {
    const log = createCallLog<Message>();
    const recent = both.filter((message) => message !== withCarol[0]);
    const first = log.build(recent, { selfId: ME, timeZone: 'UTC' });
    const olderPage = [withCarol[0]!, call('c0', 'carol', ME, Date.UTC(2026, 10, 30, 12), COMPLETED)];
    const second = log.build([...olderPage, ...recent], { selfId: ME, timeZone: 'UTC' });
    expect(second.rows.map((row) => row.key)).toEqual([...first.rows.map((row) => row.key), 'c2', 'c0']);
    first.rows.forEach((row, index) => expect(second.rows[index]).toBe(row));
  });

  it('returns the same result for the same list and options, and new rows for a new zone', () => {
    const log = createCallLog<Message>();
    const first = log.build(both, { selfId: ME, timeZone: 'UTC' });
    expect(log.build([...both], { selfId: ME, timeZone: 'UTC' })).toBe(first);
    const shanghai = log.build(both, { selfId: ME, timeZone: 'Asia/Shanghai' });
    expect(shanghai.rows[0]).not.toBe(first.rows[0]);
    expect(shanghai.rows[0]!.day).toBe('2026-12-06');
  });
});

describe('words', () => {
  const options = { selfId: ME, timeZone: 'UTC', locale: 'en-GB', now: NOW } as const;

  it('names a folded missed row as a phone reads it, with the call-back action', () => {
    const [bob, carol] = buildCallLog(both, { ...options, filter: 'missed' }).rows;
    const description = describeCallLogRow(bob!, options, 'Bob');
    expect(description).toEqual({
      person: 'Bob',
      call: 'Missed voice call',
      detail: 'Missed voice call, 3 times',
      count: '3 times',
      when: 'Yesterday',
      dateTime: '2026-12-05T21:49:00.000Z',
      name: 'Missed voice call from Bob, 3 times, yesterday 21:49',
      callBackName: 'Missed voice call from Bob, 3 times, yesterday 21:49. Call back',
      callBack: 'Call back',
      lang: 'en-GB',
      dir: 'ltr',
    });
    expect(describeCallLogRow(carol!, options).name).toBe('Missed video call from carol, yesterday 19:30');
  });

  it('writes the time for today, the weekday within a week, then the date; outgoing calls "to"', () => {
    const { rows } = buildCallLog(both, options);
    expect(rows.map((row) => describeCallLogRow(row, options))).toMatchObject([
      { when: '09:00', name: 'Incoming video call from bob, today 09:00' },
      { when: '08:05', name: 'Outgoing voice call to bob, 2 times, today 08:05' },
      { when: '07:00', name: 'Incoming voice call from carol, today 07:00' },
      { when: 'Yesterday', name: 'Missed voice call from bob, yesterday 21:49' },
      { when: 'Yesterday', name: 'Outgoing voice call to bob, yesterday 21:20' },
      { when: 'Yesterday', name: 'Missed voice call from bob, 2 times, yesterday 21:00' },
      { when: 'Yesterday' },
      { when: 'Friday', name: 'Outgoing voice call to carol, Friday 10:00' },
    ]);
  });

  it('names a row without a person by its call alone, in the locale, and says no "from"', () => {
    const nobody = [
      { ...call('v1', 'bob', ME, Date.UTC(2026, 11, 6, 8), COMPLETED, VIDEO), senderId: undefined },
    ];
    const [row] = buildCallLog(nobody, { timeZone: 'UTC' }).rows;
    expect(row!.peerId).toBeUndefined();
    expect(describeCallLogRow(row!, { ...options, selfId: undefined })).toMatchObject({
      person: 'Video call',
      detail: 'Video call',
      name: 'Video call, today 08:00',
    });
    expect(describeCallLogRow(row!, { ...options, selfId: undefined, locale: fr }).person).toBe(
      'Appel vidéo',
    );
  });

  it('has no "when" without now', () => {
    const [row] = buildCallLog(both, options).rows;
    const description = describeCallLogRow(row!, { ...options, now: undefined });
    expect([description.when, description.name]).toEqual([undefined, 'Incoming video call from bob']);
  });

  it('writes day headers from Intl in the locale, first letter upper case', () => {
    const en = { locale: 'en', timeZone: 'UTC', now: NOW };
    const days = ['2026-12-06', '2026-12-05', '2026-12-01', '2026-11-29'];
    expect(days.map((day) => formatCallLogDay(day, en))).toEqual([
      'Today',
      'Yesterday',
      'Tuesday',
      'Nov 29, 2026',
    ]);
    expect(days.map((day) => formatCallLogDay(day, { ...en, locale: fr }))).toEqual([
      'Aujourd’hui',
      'Hier',
      'Mardi',
      '29 nov. 2026',
    ]);
    expect(days.map((day) => formatCallLogDay(day, { ...en, locale: 'zh-CN' }))).toEqual([
      '今天',
      '昨天',
      '星期二',
      '2026年11月29日',
    ]);
    expect(formatCallLogDay('2026-12-06', { ...en, now: undefined })).toBeUndefined();
    expect(formatCallLogDay('yesterday', en)).toBeUndefined();
  });

  it("counts today in the zone: 23:30 in New York is already tomorrow's 04:30 in UTC", () => {
    const lateEvening = Date.UTC(2026, 11, 7, 4, 30);
    expect(formatCallLogDay('2026-12-06', { timeZone: 'America/New_York', now: lateEvening })).toBe('Today');
    expect(formatCallLogDay('2026-12-06', { timeZone: 'UTC', now: lateEvening })).toBe('Yesterday');
  });
});
