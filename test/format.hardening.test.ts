import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  en,
  formatCallDuration,
  formatCallRecord,
  formatCallTime,
  formatMissedCallGroup,
  getCallRecordMessages,
  resolveCallRecordLocale,
} from '../src/format';
import type { CallDuration, CallRecord } from '../src/record';
import { makeRecord as baseRecord } from './records';

/** The shared test record, with bob's 75 seconds of duration data. */
const makeRecord = (patch: Partial<CallRecord> = {}): CallRecord =>
  baseRecord({ durations: [{ accountId: 'bob', seconds: 75 } as CallDuration], ...patch });

const AT = Date.UTC(2024, 0, 1, 14, 5);

/** Counts `new Intl.DateTimeFormat` calls while `run` runs. */
function countTimeFormatters(run: () => void): number {
  const Original = Intl.DateTimeFormat;
  let made = 0;
  Intl.DateTimeFormat = class extends Original {
    constructor(...args: ConstructorParameters<typeof Original>) {
      super(...args);
      made++;
    }
  } as typeof Original;
  try {
    run();
  } finally {
    Intl.DateTimeFormat = Original;
  }
  return made;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('caches give the same results, and stay bounded under a flood of distinct inputs', () => {
  it('spells out 1,000 distinct hour counts', () => {
    for (let hours = 60; hours < 1060; hours++) {
      const expected = `${hours.toLocaleString('en')} hours 1 second`;
      expect(formatCallDuration(hours * 3600 + 1, 'en', { style: 'long' })).toBe(expected);
    }
    expect(formatCallDuration(59 * 3600 + 59 * 60, 'en', { style: 'long' })).toBe('59 hours 59 minutes');
    expect(formatCallDuration(125 * 3600, 'zh-CN', { style: 'long' })).toBe('125小时');
  });

  it('formats 1,000 distinct garbage tags, private-use tags and bad zones as English', () => {
    for (let i = 0; i < 1000; i++) {
      expect(formatCallTime(AT, { locale: `%garbage-${i}`, timeZone: 'UTC' })).toBe('2:05 PM');
      expect(formatCallTime(AT, { locale: `en-x-tag${i}`, timeZone: 'UTC' })).toBe('2:05 PM');
      expect(formatCallTime(AT, { locale: 'en', timeZone: `Not/AZone${i}` })).toBe(
        formatCallTime(AT, { locale: 'en' }),
      );
    }
  });

  it('does not keep a formatter for every one of 2,000 distinct tag and zone pairs', () => {
    const pairs = Array.from({ length: 2000 }, (_, i) => ({ locale: `en-x-flood${i}`, timeZone: 'UTC' }));
    const first = countTimeFormatters(() => pairs.forEach((options) => formatCallTime(AT, options)));
    const again = countTimeFormatters(() => pairs.forEach((options) => formatCallTime(AT, options)));
    expect(first).toBeGreaterThan(0);
    // A bounded cache cannot hold all 2,000: some must be made again (none kept is fine too).
    expect(again).toBeGreaterThan(0);
  });

  it('keeps well-formed regional tags and valid zones apart, however they interleave', () => {
    for (let round = 0; round < 3; round++) {
      expect(formatCallTime(AT, { locale: 'en-GB', timeZone: 'UTC' })).toBe('14:05');
      expect(formatCallTime(AT, { locale: 'en-US', timeZone: 'UTC' })).toBe('2:05 PM');
      expect(formatCallTime(AT, { locale: 'en-US', timeZone: 'Asia/Tokyo' })).toBe('11:05 PM');
      expect(formatCallTime(AT, { locale: 'en-US', timeZone: 'asia/tokyo' })).toBe('11:05 PM');
      expect(formatCallTime(AT, { locale: 'ar-EG', timeZone: 'UTC' })).toBe('٢:٠٥ م');
      expect(formatCallTime(AT, { locale: 'ar', timeZone: 'UTC' })).toBe('2:05 م');
    }
  });

  it('resolves 1,000 distinct tags of one language to its words, each under its own tag', () => {
    for (let i = 0; i < 1000; i++) {
      const resolved = resolveCallRecordLocale(`en-x-user${i}`);
      expect([resolved.code, resolved.messages]).toEqual([`en-x-user${i}`, en.messages]);
    }
    expect(resolveCallRecordLocale('en-GB').code).toBe('en-GB');
  });

  it('fills 1,000 distinct user templates', () => {
    for (let i = 0; i < 1000; i++) {
      const view = formatCallRecord(makeRecord(), {
        selfId: 'bob',
        messages: { completed: `#${i} {duration}` },
      });
      expect(view.text).toBe(`#${i} 01:15`);
    }
  });

  it('counts in 1,000 distinct group sizes', () => {
    const records = Array.from({ length: 1000 }, (_, i) => makeRecord({ id: `m${i}`, status: 'timeout' }));
    for (let size = 1; size <= 1000; size += 37) {
      const expected = size === 1 ? '1 missed call' : `${size.toLocaleString('en')} missed calls`;
      expect(formatMissedCallGroup(records.slice(0, size), { selfId: 'bob' }).text).toBe(expected);
    }
  });
});

describe('user code in options', () => {
  it('treats a pickDuration that throws as no duration ("Call ended")', () => {
    const view = formatCallRecord(makeRecord(), {
      selfId: 'bob',
      pickDuration: () => {
        throw new Error('boom');
      },
    });
    expect([view.seconds, view.text, view.accessibleLabel]).toEqual([
      undefined,
      'Call ended',
      'Incoming voice call, Call ended',
    ]);
  });

  it('never runs the toString of an id that is not a string', () => {
    const toString = vi.fn(() => 'alice');
    const selfId = { toString } as unknown as string;
    const record = makeRecord({ durations: [{ accountId: 'alice', seconds: 10 } as CallDuration] });
    const view = formatCallRecord(record, { selfId });
    expect(toString).not.toHaveBeenCalled();
    expect([view.direction, view.seconds]).toEqual(['unknown', 10]);
    formatCallRecord(record, { selfId, pickDuration: 'first' });
    formatCallRecord(record, { selfId, pickDuration: 'longest' });
    expect(toString).not.toHaveBeenCalled();
  });
});

describe('getCallRecordMessages overrides', () => {
  it('ignores a JSON-parsed "__proto__" key: the prototype stays Object.prototype', () => {
    const overrides = JSON.parse(
      '{"__proto__": {"polluted": "yes", "callBack": "Hacked"}, "callBack": "Ring back"}',
    );
    const merged = getCallRecordMessages('en', overrides as Record<string, never>);
    expect(Object.getPrototypeOf(merged)).toBe(Object.prototype);
    expect('polluted' in merged).toBe(false);
    expect([merged.callBack, merged.ended]).toEqual(['Ring back', 'Call ended']);
  });

  it('ignores inherited override keys', () => {
    const overrides = Object.create({ callBack: 'Inherited' }) as Record<string, string>;
    overrides.ended = 'Done';
    const merged = getCallRecordMessages('en', overrides);
    expect([merged.callBack, merged.ended]).toEqual(['Call back', 'Done']);
  });

  it('ignores a throwing getter and unknown keys', () => {
    const overrides = {
      get ended(): string {
        throw new Error('boom');
      },
      notAMessage: 'x',
    };
    expect(getCallRecordMessages('en', overrides as never)).toBe(en.messages);
  });
});

describe('documented wording details', () => {
  it('labels a group of mixed media with the bare count text, not the callRecord label', () => {
    const records = [
      makeRecord({ id: 'a', status: 'timeout', callType: 'audio', durations: [] }),
      makeRecord({ id: 'b', status: 'timeout', callType: 'video', durations: [] }),
    ];
    const view = formatMissedCallGroup(records, { selfId: 'bob', messages: { callRecord: 'NEUTRAL' } });
    expect(view.accessibleLabel).toBe('2 missed calls');
  });
});

describe('negative zero', () => {
  it('is zero seconds, without a minus sign, in every digit system', () => {
    expect(formatCallDuration(-0)).toBe('00:00');
    expect(formatCallDuration(-0, 'ar-EG')).toBe('٠٠:٠٠');
    expect(formatCallDuration(-0, 'en', { style: 'long' })).toBe('0 seconds');
  });
});
