import { describe, it, expect } from 'vitest';
import { collectCallRecords, createCallRecordCollector } from '../src/collect';
import { callRecordPreview, formatCallRecord, formatCallTime, formatMissedCallGroup } from '../src/format';
import { CALL_RECORD_OPTION_NAMES, mergeCallRecordOptions, sameCallRecordOptions } from '../src/options';
import type { CallRecordOptions } from '../src/options';
import { BASE_TIME, v2 } from './collect.messages';
import { makeRecord } from './records';

// Whatever an app passes as options, nothing documented as never throwing throws: an option whose
// getter throws, or an options object that is a throwing proxy, counts as unset.

/** Options whose every declared option, and the list options, throw when read. */
const throwingGetters = Object.defineProperties(
  {},
  Object.fromEntries(
    [...CALL_RECORD_OPTION_NAMES, 'groupMissed', 'getRecordInput'].map((name) => [
      name,
      {
        enumerable: true,
        get() {
          throw new Error(`${name} exploded`);
        },
      },
    ]),
  ),
) as CallRecordOptions;

/** An options object every operation on which throws. */
const throwingProxy = new Proxy({} as CallRecordOptions, {
  get() {
    throw new Error('get exploded');
  },
  has() {
    throw new Error('has exploded');
  },
  ownKeys() {
    throw new Error('ownKeys exploded');
  },
  getOwnPropertyDescriptor() {
    throw new Error('getOwnPropertyDescriptor exploded');
  },
});

const HOSTILE_OPTIONS = [
  ['throwing getters', throwingGetters],
  ['a throwing proxy', throwingProxy],
] as const;

const missed = makeRecord({ status: 'timeout', senderId: 'alice', receiverId: 'bob', timestamp: BASE_TIME });

describe.each(HOSTILE_OPTIONS)('options made of %s', (_name, hostile) => {
  it('read as no options by every formatter', () => {
    expect(formatCallRecord(missed, hostile).text).toBe('Not answered');
    expect(formatMissedCallGroup([missed, missed], hostile).text).toBe('2 missed calls');
    expect(callRecordPreview(missed, hostile)).toBe('[Voice call]');
    // No time zone could be read: the runtime's zone, as without options.
    expect(formatCallTime(BASE_TIME, hostile)).toBe(formatCallTime(BASE_TIME));
  });

  it('merge and compare as options that set nothing', () => {
    const base: CallRecordOptions = { selfId: 'bob' };
    expect(mergeCallRecordOptions(base, hostile)).toBe(base);
    expect(mergeCallRecordOptions(hostile, base)).toBe(base);
    expect(sameCallRecordOptions(hostile, {})).toBe(true);
    expect(sameCallRecordOptions(hostile, base)).toBe(false);
  });

  it('collect a list as with no options', () => {
    const result = collectCallRecords([v2({ id: 'a', at: BASE_TIME, status: 4 })], hostile);
    expect(result.items.map((item) => item.view.text)).toEqual(['Not answered']);
  });
});

describe('collect given something other than an array', () => {
  it.each([null, undefined, 'messages', { length: 2 }])(
    'lists %j as one error instead of throwing',
    (input) => {
      const result = createCallRecordCollector().collect(input as unknown as unknown[]);
      expect(result.items).toEqual([]);
      expect(result.errors).toEqual([
        {
          message: input,
          index: 0,
          error: { code: 'invalid-field', message: 'messages: expected an array' },
        },
      ]);
      expect(result.stats).toMatchObject({ total: 1, errors: 1, items: 0, ignored: 0, duplicates: 0 });
    },
  );
});
