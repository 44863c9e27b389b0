import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  callRecordPreview,
  formatCallDuration,
  formatCallRecord,
  formatCallTime,
  formatMissedCallGroup,
} from '../src/format';
import type { CallDuration, CallRecord } from '../src/record';
import { SHAPES } from '../src/record/shapes';

const id = fc.constantFrom('alice', 'bob', 'carol', '0', 'acc01');

const record: fc.Arbitrary<CallRecord> = fc.record({
  id: fc.string({ minLength: 1 }),
  serverId: fc.option(fc.string(), { nil: undefined }),
  channelId: fc.string(),
  callType: fc.constantFrom('audio', 'video'),
  status: fc.constantFrom('completed', 'cancelled', 'rejected', 'timeout', 'busy'),
  senderId: fc.option(id, { nil: undefined }),
  receiverId: fc.option(id, { nil: undefined }),
  timestamp: fc.option(fc.nat(), { nil: undefined }),
  direction: fc.constantFrom('outgoing', 'incoming', undefined),
  // Entries may be account-less (NetEase's web call kit) and may carry the caller flag.
  durations: fc.array(
    fc
      .record({
        accountId: fc.option(id, { nil: undefined }),
        seconds: fc.nat({ max: 400_000 }),
        caller: fc.constantFrom(true, false, undefined),
      })
      .map((entry) => entry as unknown as CallDuration),
    { maxLength: 3 },
  ),
  source: fc.constantFrom(...SHAPES.map((shape) => shape.source)),
});

const locale = fc.oneof(
  fc.constantFrom(
    'zh-CN',
    'zh-TW',
    'en',
    'ja',
    'ko',
    'ar',
    'zh-HK',
    'en-GB',
    'ar-EG',
    'de',
    '',
    'zh-Hant-TW',
  ),
  fc.string(),
);

const ARABIC_INDIC_DIGITS = '٠١٢٣٤٥٦٧٨٩';
const EXTENDED_ARABIC_INDIC_DIGITS = '۰۱۲۳۴۵۶۷۸۹';

/** Arabic-Indic and extended Arabic-Indic digits read as ASCII ones. */
const asciiDigits = (text: string) =>
  text.replace(/[٠-٩۰-۹]/g, (digit) =>
    String(Math.max(ARABIC_INDIC_DIGITS.indexOf(digit), EXTENDED_ARABIC_INDIC_DIGITS.indexOf(digit))),
  );

const pickDuration = fc.constantFrom('viewer', 'longest', 'first', undefined);

function clean(text: string) {
  expect(text.trim()).not.toBe('');
  expect(text).not.toMatch(/undefined|NaN|Infinity|null|[{}]/);
}

describe('every valid record formats cleanly in every locale', () => {
  it('formatCallRecord and callRecordPreview', () => {
    fc.assert(
      fc.property(
        record,
        fc.option(id, { nil: undefined }),
        locale,
        pickDuration,
        (callRecord, selfId, loc, pick) => {
          const view = formatCallRecord(callRecord, { selfId, locale: loc, pickDuration: pick });
          clean(view.text);
          clean(view.accessibleLabel);
          clean(callRecordPreview(callRecord, { locale: loc }));
          expect(view.accessibleLabel).not.toBe(view.text);
          // Label in name (WCAG 2.5.3): what the bubble shows is part of what it is called.
          expect(view.accessibleLabel).toContain(view.text);
          expect(view.tone === 'missed').toBe(
            view.direction === 'incoming' && ['cancelled', 'timeout', 'busy'].includes(callRecord.status),
          );
          // Never claim what is not known. When the direction is unknown (no conversation here), the
          // only peer is the one account in durations besides the viewer's; never the viewer.
          if (view.direction === 'unknown') {
            const others = new Set(callRecord.durations.map((entry) => entry.accountId));
            const plainlyNamed = selfId !== undefined && others.delete(selfId) && others.size === 1;
            expect(view.peerId).toBe(plainlyNamed ? [...others][0] : undefined);
          }
          if (selfId !== undefined) expect(view.peerId).not.toBe(selfId);
          if (callRecord.senderId !== undefined && callRecord.senderId === callRecord.receiverId)
            expect(view.peerId).toBeUndefined();
          if (view.seconds !== undefined) {
            expect(callRecord.status).toBe('completed');
            expect(callRecord.durations.map((duration) => duration.seconds)).toContain(view.seconds);
            expect(view.text).toContain(formatCallDuration(view.seconds, loc));
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it('formatMissedCallGroup', () => {
    fc.assert(
      fc.property(fc.array(record, { minLength: 1, maxLength: 5 }), locale, (records, loc) => {
        const view = formatMissedCallGroup(records, { locale: loc });
        clean(view.text);
        clean(view.accessibleLabel);
        expect(view.count).toBe(records.length);
      }),
      { numRuns: 200 },
    );
  });

  it('formatCallDuration, any number', () => {
    fc.assert(
      fc.property(fc.oneof(fc.double(), fc.nat()), locale, (seconds, loc) => {
        const clock = asciiDigits(formatCallDuration(seconds, loc));
        expect(clock).toMatch(/^(\d+:)?[0-5]\d:[0-5]\d$/);
        clean(formatCallDuration(seconds, loc, { style: 'long' }));
      }),
      { numRuns: 300 },
    );
  });

  it('formatCallTime never throws', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.double(), fc.integer()),
        locale,
        fc.option(fc.string(), { nil: undefined }),
        (timestamp, loc, zone) => {
          expect(typeof formatCallTime(timestamp, { locale: loc, timeZone: zone })).toBe('string');
        },
      ),
      { numRuns: 200 },
    );
  });
});
