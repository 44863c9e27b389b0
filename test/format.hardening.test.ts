import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  en,
  formatCallDuration,
  formatCallRecord,
  formatCallTime,
  formatMissedCallGroup,
  getCallRecordMessages,
} from '../src/format';
import type { CallRecord } from '../src/record';
import { makeRecord as baseRecord } from './records';

/** The shared test record, with bob's 75 seconds of duration data. */
const makeRecord = (patch: Partial<CallRecord> = {}): CallRecord =>
  baseRecord({ durations: [{ accountId: 'bob', seconds: 75 }], ...patch });

afterEach(() => {
  vi.restoreAllMocks();
});

describe('caches keyed by user input stay correct and bounded', () => {
  it('spells out 1,000 distinct hour counts', () => {
    for (let h = 60; h < 1060; h++) {
      const expected = `${h.toLocaleString('en')} hours 1 second`;
      expect(formatCallDuration(h * 3600 + 1, 'en', { style: 'long' })).toBe(expected);
    }
    expect(formatCallDuration(59 * 3600 + 59 * 60, 'en', { style: 'long' })).toBe('59 hours 59 minutes');
    expect(formatCallDuration(125 * 3600, 'zh-CN', { style: 'long' })).toBe('125小时');
  });

  it('formats 1,000 distinct garbage locale tags and time zones as English, with one shared formatter', () => {
    const t = Date.UTC(2024, 0, 1, 14, 5);
    const used = new Set<Intl.DateTimeFormat>();
    // `format` is a getter returning a bound function: record which formatter each call went through.
    const proto = Intl.DateTimeFormat.prototype;
    const descriptor = Object.getOwnPropertyDescriptor(proto, 'format')!;
    Object.defineProperty(proto, 'format', {
      ...descriptor,
      get(this: Intl.DateTimeFormat) {
        used.add(this);
        return descriptor.get!.call(this) as Intl.DateTimeFormat['format'];
      },
    });
    try {
      for (let i = 0; i < 1000; i++) {
        expect(formatCallTime(t, { locale: `%garbage-${i}`, timeZone: 'UTC' })).toBe('2:05 PM');
        expect(formatCallTime(t, { locale: `en-x-tag${i}`, timeZone: 'UTC' })).toBe('2:05 PM');
        expect(formatCallTime(t, { locale: 'en', timeZone: `Not/AZone${i}` })).toBe(
          formatCallTime(t, { locale: 'en' }),
        );
      }
    } finally {
      Object.defineProperty(proto, 'format', descriptor);
    }
    // Every garbage tag resolves to plain English in UTC, every bad zone to the device's zone (which may
    // be UTC too): at most two formatters, not one per input.
    expect(used.size).toBeGreaterThan(0);
    expect(used.size).toBeLessThanOrEqual(2);
  });

  it('keeps formatters for at most 256 raw locale/zone pairs, however they split', () => {
    const t = Date.UTC(2024, 0, 1, 14, 5);
    const locales = [
      'en-US',
      'en-GB',
      'en-AU',
      'en-CA',
      'en-IN',
      'en-NZ',
      'en-IE',
      'en-ZA',
      'en-SG',
      'en-PH',
    ];
    locales.push('zh-CN', 'zh-TW', 'zh-HK', 'ja-JP', 'ko-KR', 'ar-EG', 'ar-SA', 'ar-AE', 'en-NG', 'en-KE');
    const zones = ['UTC', 'Asia/Tokyo', 'Asia/Shanghai', 'Europe/London', 'Europe/Paris', 'America/New_York'];
    zones.push('America/Los_Angeles', 'Australia/Sydney', 'Asia/Kolkata', 'Asia/Dubai', 'Africa/Cairo');
    zones.push('America/Sao_Paulo', 'Asia/Seoul', 'Asia/Singapore', 'Europe/Berlin', 'Europe/Moscow');
    zones.push('America/Chicago', 'Pacific/Auckland', 'Asia/Hong_Kong', 'Asia/Taipei');
    const Original = Intl.DateTimeFormat;
    let made = 0;
    Intl.DateTimeFormat = class extends Original {
      constructor(...args: ConstructorParameters<typeof Original>) {
        super(...args);
        made++;
      }
    } as typeof Original;
    try {
      const first = () => formatCallTime(t, { locale: locales[0], timeZone: zones[0] });
      const expected = first();
      for (const locale of locales) for (const timeZone of zones) formatCallTime(t, { locale, timeZone });
      // 400 pairs went through: the first one was dropped (not kept per locale, 20 × 20 in all)…
      made = 0;
      expect(first()).toBe(expected);
      expect(made).toBeGreaterThan(0);
      // …and is cached again once used.
      made = 0;
      expect(first()).toBe(expected);
      expect(made).toBe(0);
    } finally {
      Intl.DateTimeFormat = Original;
    }
  });

  it('still keeps well-formed regional tags and valid zones apart', () => {
    const t = Date.UTC(2024, 0, 1, 14, 5);
    expect(formatCallTime(t, { locale: 'en-GB', timeZone: 'UTC' })).toBe('14:05');
    expect(formatCallTime(t, { locale: 'en-US', timeZone: 'UTC' })).toBe('2:05 PM');
    expect(formatCallTime(t, { locale: 'en-US', timeZone: 'Asia/Tokyo' })).toBe('11:05 PM');
    expect(formatCallTime(t, { locale: 'en-US', timeZone: 'asia/tokyo' })).toBe('11:05 PM');
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
});

describe('user code in options', () => {
  it('treats a pickDuration that throws as no duration ("Call ended")', () => {
    const view = formatCallRecord(makeRecord(), {
      selfId: 'bob',
      pickDuration: () => {
        throw new Error('boom');
      },
    });
    expect(view.seconds).toBeUndefined();
    expect(view.text).toBe(en.ended);
    expect(view.accessibleLabel).toBe('Incoming voice call, call ended');
  });

  it('never runs the toString of an id that is not a string', () => {
    const toString = vi.fn(() => 'alice');
    const selfId = { toString } as unknown as string;
    const record = makeRecord({ durations: [{ accountId: 'alice', seconds: 10 }] });
    const view = formatCallRecord(record, { selfId });
    expect(toString).not.toHaveBeenCalled();
    expect(view.direction).toBe('incoming');
    expect(view.seconds).toBe(10);
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
    expect(merged.callBack).toBe('Ring back');
    expect(merged.ended).toBe(en.ended);
  });

  it('ignores inherited override keys', () => {
    const overrides = Object.create({ callBack: 'Inherited' }) as Record<string, string>;
    overrides.ended = 'Done';
    const merged = getCallRecordMessages('en', overrides);
    expect(merged.callBack).toBe(en.callBack);
    expect(merged.ended).toBe('Done');
  });
});

describe('documented wording details', () => {
  it('fills {count} of a plural message with plain ASCII digits, no grouping, in every locale', () => {
    const records = Array.from({ length: 1234 }, (_, i) =>
      makeRecord({ id: 'm' + i, status: 'timeout', durations: [] }),
    );
    expect(formatMissedCallGroup(records, { selfId: 'bob', locale: 'ar' }).text).toContain('1234');
    expect(formatMissedCallGroup(records, { selfId: 'bob', locale: 'en' }).text).toBe('1234 missed calls');
  });

  it('labels a group of mixed media with the bare count text, not the callRecord label', () => {
    const records = [
      makeRecord({ id: 'a', status: 'timeout', callType: 'audio', durations: [] }),
      makeRecord({ id: 'b', status: 'timeout', callType: 'video', durations: [] }),
    ];
    const view = formatMissedCallGroup(records, { selfId: 'bob', messages: { callRecord: 'NEUTRAL' } });
    expect(view.accessibleLabel).toBe('2 missed calls');
  });
});
