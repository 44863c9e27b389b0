// "Today" and "Yesterday" for the call history come from Intl, not from the locale files: the same
// checks run in Node (test/locales.calllog.test.ts) and in Chromium (test/browser/locales.calllog.test.ts),
// whose ICU data differ in version. If a locale's engine had no word for them, the locale would need
// its own `today` / `yesterday` message; these checks are where that would show.
import { describe, expect, it } from 'vitest';
import * as registry from '../src/locales';

/** What `Intl.RelativeTimeFormat(code, { numeric: 'auto' })` says for 0 and -1 days, written out for some locales. */
export const RELATIVE_DAYS: Readonly<Record<string, readonly [today: string, yesterday: string]>> = {
  en: ['today', 'yesterday'],
  de: ['heute', 'gestern'],
  fr: ['aujourd’hui', 'hier'],
  ar: ['اليوم', 'أمس'],
  he: ['היום', 'אתמול'],
  ja: ['今日', '昨日'],
  'zh-CN': ['今天', '昨天'],
  'zh-HK': ['今日', '昨日'],
  'zh-TW': ['今天', '昨天'],
  ru: ['сегодня', 'вчера'],
};

/** Any decimal digit, in any script (Latin, Arabic-Indic, Persian, Thai…). */
const DIGIT = /\p{Nd}/u;

/** The relative day `Intl` writes for `days` from today, in words where it has them. */
const relativeDay = (code: string, days: number): string =>
  new Intl.RelativeTimeFormat(code, { numeric: 'auto' }).format(days, 'day');

/** Registers the checks: a word for today and yesterday in every locale of the registry. */
export function describeRelativeDays(): void {
  const codes = Object.values(registry).map((locale) => locale.code);

  describe('Intl.RelativeTimeFormat with numeric "auto"', () => {
    it.each(codes)('%s: says today and yesterday in words, not as a number of days', (code) => {
      const today = relativeDay(code, 0);
      const yesterday = relativeDay(code, -1);
      expect(today).not.toMatch(DIGIT);
      expect(yesterday).not.toMatch(DIGIT);
      expect(today).not.toBe(yesterday);
      // The numeric form ("in 0 days", "1 day ago") is what a missing phrase would fall back to.
      expect(yesterday).not.toBe(new Intl.RelativeTimeFormat(code, { numeric: 'always' }).format(-1, 'day'));
    });

    it.each(Object.entries(RELATIVE_DAYS))('%s: says "%s"', (code, [today, yesterday]) => {
      expect([relativeDay(code, 0), relativeDay(code, -1)]).toEqual([today, yesterday]);
    });
  });
}
