// @vitest-environment node
// The opt-in Hong Kong locale: its wording in use, and how tags reach it (only when an app passes it).
import { describe, expect, it } from 'vitest';
import {
  callRecordPreview,
  formatCallRecord,
  formatMissedCallGroup,
  resolveCallRecordLocale,
} from '../src/format';
import type { CallRecordLocale } from '../src/format';
import type { CallDuration } from '../src/record';
import { en, zhCN, zhHK, zhTW } from '../src/locales';
import { makeRecord } from './records';

/** alice called bob for 75 seconds. */
const completedVideo = makeRecord({
  status: 'completed',
  callType: 'video',
  durations: [
    { accountId: 'alice', seconds: 75 } as CallDuration,
    { accountId: 'bob', seconds: 75 } as CallDuration,
  ],
});

describe('zh-HK wording', () => {
  it('writes a completed video call with 視像 and the spoken duration in Hong Kong units', () => {
    const view = formatCallRecord(completedVideo, { locale: zhHK, selfId: 'alice' });
    expect(view.text).toBe('通話時間 01:15');
    expect(view.accessibleLabel).toBe('撥出視像通話，通話時間 01:15（1 分鐘 15 秒）');
  });

  it('shows each side its own outcome', () => {
    const timeout = makeRecord({ status: 'timeout', callType: 'video' });
    const busy = makeRecord({ status: 'busy' });
    expect(formatCallRecord(timeout, { locale: zhHK, selfId: 'bob' }).accessibleLabel).toBe(
      '視像通話來電，未接來電',
    );
    expect(formatCallRecord(timeout, { locale: zhHK, selfId: 'alice' }).text).toBe('對方未接聽');
    expect(formatCallRecord(busy, { locale: zhHK, selfId: 'alice' }).text).toBe('對方線路繁忙');
    expect(formatCallRecord(busy, { locale: zhHK, selfId: 'bob' }).text).toBe('未接來電（線路繁忙）');
  });

  it('counts missed calls with 個 and previews video as [視像通話]', () => {
    const records = [1, 2, 3].map((n) => makeRecord({ id: `m${n}`, status: 'timeout', callType: 'video' }));
    expect(formatMissedCallGroup(records, { locale: zhHK, selfId: 'bob' }).text).toBe('3 個未接來電');
    expect(callRecordPreview(completedVideo, { locale: zhHK })).toBe('[視像通話]');
  });
});

describe('resolving Hong Kong and Macau tags', () => {
  /** Requested tag, the locales the app passes → the words it gets, under the requested tag. */
  const table: [string, readonly CallRecordLocale[], CallRecordLocale, string][] = [
    ['zh-HK', [zhHK], zhHK, 'zh-HK'],
    ['zh_hk', [zhHK], zhHK, 'zh-HK'],
    ['zh-MO', [zhHK], zhHK, 'zh-MO'],
    ['zh-Hant-HK', [zhHK], zhHK, 'zh-Hant-HK'],
    ['zh-MO', [zhTW, zhHK], zhHK, 'zh-MO'],
    ['zh-HK', [zhCN, zhTW, zhHK], zhHK, 'zh-HK'],
    ['zh-TW', [zhHK], zhTW, 'zh-TW'],
    ['zh-Hant', [zhHK], zhTW, 'zh-Hant'],
    ['zh-CN', [zhHK], zhCN, 'zh-CN'],
    ['zh-HK', [], zhTW, 'zh-HK'],
    ['zh-MO', [], zhTW, 'zh-MO'],
  ];
  for (const [tag, available, words, code] of table) {
    const names = available.map((locale) => locale.code).join(', ');
    it(`${tag} among [${names}] → the ${words.code} words as ${code}`, () => {
      const resolved = resolveCallRecordLocale(tag, available);
      expect(resolved.messages).toBe(words.messages);
      expect(resolved.code).toBe(code);
    });
  }

  it('returns zhHK itself for its own tag', () => {
    expect(resolveCallRecordLocale('zh-HK', [zhHK])).toBe(zhHK);
  });

  it('keeps a closer built-in locale over a farther one the app passed, and the app’s own on a tie', () => {
    const enAU: CallRecordLocale = { ...en, code: 'en-AU', name: 'English (Australia)' };
    expect(resolveCallRecordLocale('en-US', [enAU]).messages).toBe(en.messages);
    expect(resolveCallRecordLocale('en-AU', [enAU])).toBe(enAU);
    expect(resolveCallRecordLocale('en-NZ', [enAU])).toMatchObject({
      code: 'en-NZ',
      name: 'English (Australia)',
    });
  });
});
