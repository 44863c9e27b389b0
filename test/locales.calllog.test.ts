// @vitest-environment node
// The words of the call-history list (issue 22) in every locale: "today" and "yesterday" from Intl
// (test/relativeDays.ts, also run in Chromium), the row's spoken name put together from the locale's
// templates, and the fallback that keeps a locale object written for 1.0 (without these words) working.
import { describe, expect, it } from 'vitest';
import { en, getCallRecordMessages, ja, resolveCallRecordLocale } from '../src/format';
import type { CallRecordLocale, CallRecordMessages, CompleteCallRecordMessages } from '../src/format';
import { fillTemplate } from '../src/format/fillTemplate';
import { formatPlural } from '../src/format/plural';
import { ar, de, fr, he, ru, zhCN, zhHK } from '../src/locales';
import { describeRelativeDays } from './relativeDays';

describeRelativeDays();

/**
 * The spoken name of a folded row of missed voice calls from Bob, as the call list reads it out:
 * `callFrom`, `withCount` with `callCount`, the day and time joined by `dayAtTime`, then `withTime`
 * and `withAction` (the bubble's own templates).
 */
function spokenRow(code: string, messages: CompleteCallRecordMessages, count: number, time: string): string {
  const day = new Intl.RelativeTimeFormat(code, { numeric: 'auto' }).format(-1, 'day');
  const call = fillTemplate(messages.callFrom, { call: messages.missedAudioCall, name: 'Bob' });
  const counted = fillTemplate(messages.withCount, {
    label: call,
    count: formatPlural(messages.callCount, count, code),
  });
  const when = fillTemplate(messages.dayAtTime, { day, time });
  const timed = fillTemplate(messages.withTime, { label: counted, time: when });
  return fillTemplate(messages.withAction, { label: timed, action: messages.callBack });
}

describe('a row of missed calls, spoken', () => {
  it.each([
    [en, 3, '21:49', 'Missed voice call from Bob, 3 times, yesterday 21:49. Call back'],
    [en, 1, '21:49', 'Missed voice call from Bob, 1 time, yesterday 21:49. Call back'],
    [fr, 2, '21:49', 'Appel vocal manqué de Bob, 2 fois, hier à 21:49. Rappeler'],
    [de, 3, '21:49', 'Entgangener Sprachanruf von Bob, 3-mal, gestern um 21:49. Zurückrufen'],
    [ru, 3, '21:49', 'Пропущенный голосовой звонок от Bob, 3 раза, вчера в 21:49. Перезвонить'],
    [ru, 5, '21:49', 'Пропущенный голосовой звонок от Bob, 5 раз, вчера в 21:49. Перезвонить'],
    [he, 2, '21:49', 'שיחה קולית שלא נענתה מאת Bob, פעמיים, אתמול בשעה 21:49. שיחה חוזרת'],
    [ar, 2, '21:49', 'مكالمة صوتية فائتة من Bob، مرتان، أمس في 21:49. معاودة الاتصال'],
    [ar, 3, '21:49', 'مكالمة صوتية فائتة من Bob، 3 مرات، أمس في 21:49. معاودة الاتصال'],
    [ja, 3, '21:49', 'Bobからの音声通話の不在着信、3回、昨日 21:49。かけ直す'],
    [zhCN, 3, '21:49', '来自Bob的未接语音来电，3次，昨天 21:49。回拨'],
    [zhHK, 3, '21:49', 'Bob打來的未接語音通話，3 次，昨日 21:49。回撥'],
  ] as const)('%#: $code, %i calls', (locale, count, time, expected) => {
    expect(spokenRow(locale.code, locale.messages, count, time)).toBe(expected);
  });
});

/** The words added for the call history, optional on `CallRecordMessages`. */
const CALL_HISTORY_KEYS = [
  'missedAudioCall',
  'missedVideoCall',
  'callFrom',
  'callTo',
  'callCount',
  'withCount',
  'dayAtTime',
  'allCallsFilter',
  'missedCallsFilter',
  'noRecentCalls',
] as const satisfies readonly (keyof CallRecordMessages)[];

/** The messages of 1.0: every key but the call-history words, all of them required. */
type MessagesOf1 = Omit<CompleteCallRecordMessages, (typeof CALL_HISTORY_KEYS)[number]>;

/** A locale object as an app wrote it for 1.0: the messages of `locale` without the call-history words. */
function writtenFor1(locale: CallRecordLocale, code: string): CallRecordLocale {
  const isCallHistoryKey = (key: string): boolean => (CALL_HISTORY_KEYS as readonly string[]).includes(key);
  const bubbleWords = Object.fromEntries(
    Object.entries(locale.messages).filter(([key]) => !isCallHistoryKey(key)),
  ) as MessagesOf1;
  // Compiles: the call-history words are optional on the public type.
  const messages: CallRecordMessages = { ...bubbleWords, callBack: 'Ring back' };
  expect(Object.keys(messages).filter(isCallHistoryKey)).toEqual([]);
  return { code, name: code, dir: locale.dir, messages };
}

describe('a locale object without the call-history words (written for 1.0)', () => {
  it('still compiles as a CallRecordLocale and gets the words of the built-in locale of its language', () => {
    const resolved = resolveCallRecordLocale(writtenFor1(ja, 'ja-JP'));
    expect(resolved.messages.callBack).toBe('Ring back');
    expect(resolved.messages.missedCallsFilter).toBe('不在着信');
    expect(resolved.messages.callCount).toEqual({ other: '{count}回' });
  });

  it('gets the English words when its language has no built-in locale', () => {
    const messages = getCallRecordMessages(writtenFor1(fr, 'fr-CA'));
    expect(messages.timeoutCallee).toBe('Appel manqué');
    expect([messages.allCallsFilter, messages.missedCallsFilter, messages.noRecentCalls]).toEqual([
      'All',
      'Missed',
      'No recent calls',
    ]);
    expect(messages.callCount).toEqual({ one: '{count} time', other: '{count} times' });
  });

  it('keeps a call-history word it does have, and an override of one', () => {
    const locale = writtenFor1(fr, 'fr-CA');
    const withFilter = { ...locale, messages: { ...locale.messages, missedCallsFilter: 'Manqués' } };
    expect(getCallRecordMessages(withFilter).missedCallsFilter).toBe('Manqués');
    expect(getCallRecordMessages(withFilter, { noRecentCalls: 'Aucun appel' }).noRecentCalls).toBe(
      'Aucun appel',
    );
    expect(getCallRecordMessages('en', { callCount: 'not a plural' } as never).callCount).toEqual(
      en.messages.callCount,
    );
  });

  it('is checked again when the app breaks its plural form in place', () => {
    const locale: CallRecordLocale = {
      ...fr,
      code: 'fr-CA',
      messages: { ...fr.messages, callCount: { other: '{count} fois' } },
    };
    expect(getCallRecordMessages(locale).callCount).toEqual({ other: '{count} fois' });
    (locale.messages.callCount as { other: unknown }).other = 42;
    expect(getCallRecordMessages(locale).callCount).toEqual(en.messages.callCount);
  });
});
