// A locale object is the app's: it may change between two uses. Each use reads it again, and what a
// formatter gets from it is always checked, so a change is seen and never makes a formatter throw.
import { describe, expect, it } from 'vitest';
import {
  en,
  formatCallDuration,
  formatCallRecord,
  formatCallTime,
  formatMissedCallGroup,
  getCallRecordMessages,
  ja,
  resolveCallRecordLocale,
} from '../src/format';
import type { CallRecordLocale, CallRecordMessages } from '../src/format';
import { fr } from '../src/locales';
import type { CallDuration } from '../src/record';
import { makeRecord } from './records';

/** A completed voice call of 75 seconds from alice to bob, and two calls bob missed. */
const completed = makeRecord({ durations: [{ accountId: 'bob', seconds: 75 } as CallDuration] });
const missed = [makeRecord({ status: 'timeout' }), makeRecord({ id: 'm2', status: 'timeout' })];
const AT = Date.UTC(2024, 0, 1, 14, 5);

/** An app's own English variant, as README shows one: changeable, as any object the app holds. */
function australian(): CallRecordLocale {
  return {
    ...en,
    code: 'en-AU',
    name: 'English (Australia)',
    messages: { ...en.messages, completed: 'Talked for {duration}', callBack: 'Ring back' },
  };
}

/** What every formatter writes with `locale` for bob: all strings, or a throw. */
function everything(locale: CallRecordLocale): unknown[] {
  const view = formatCallRecord(completed, { selfId: 'bob', locale });
  return [
    view.text,
    view.accessibleLabel,
    view.locale,
    view.dir,
    formatMissedCallGroup(missed, { selfId: 'bob', locale }).text,
    formatCallDuration(3725, locale, { style: 'long' }),
    formatCallTime(AT, { locale, timeZone: 'UTC' }),
    getCallRecordMessages(locale).callBack,
  ];
}

/** Changes a property the app's type says cannot hold such a value, as plain JavaScript may. */
const change = (target: object, key: string, value: unknown): void => {
  (target as Record<string, unknown>)[key] = value;
};

describe('a locale object changed after its first use', () => {
  it('is used as it is now: its messages replaced by a non-object give the built-in wording of its code', () => {
    const locale = australian();
    expect(everything(locale)).toEqual([
      'Talked for 01:15',
      'Incoming voice call, Talked for 01:15 (1 minute 15 seconds)',
      'en-AU',
      'ltr',
      '2 missed calls',
      '1 hour 2 minutes 5 seconds',
      '2:05 pm',
      'Ring back',
    ]);
    change(locale, 'messages', 5);
    expect(everything(locale)).toEqual([
      'Call duration: 01:15',
      'Incoming voice call, Call duration: 01:15 (1 minute 15 seconds)',
      'en-AU',
      'ltr',
      '2 missed calls',
      '1 hour 2 minutes 5 seconds',
      '2:05 pm',
      'Call back',
    ]);
  });

  it('with a code that is no tag reads as "und", its own words kept', () => {
    const locale = australian();
    everything(locale);
    change(locale, 'code', 'not a tag!!');
    const [text, , code, dir, , , time, callBack] = everything(locale);
    expect([text, code, dir, callBack]).toEqual(['Talked for 01:15', 'und', 'ltr', 'Ring back']);
    expect(typeof time).toBe('string');
    change(locale, 'code', 'ja');
    expect(everything(locale)[2]).toBe('ja');
  });

  it('with a message, a plural form or a unit template of the wrong type takes the built-in one', () => {
    const locale = australian();
    const messages = locale.messages as CallRecordMessages & Record<string, unknown>;
    everything(locale);
    change(messages, 'completed', 42);
    change(messages, 'label', { not: 'a string' });
    expect(everything(locale).slice(0, 2)).toEqual([
      'Call duration: 01:15',
      'Incoming voice call, Call duration: 01:15 (1 minute 15 seconds)',
    ]);

    const plural = { one: '{count} missed', other: '{count} missed' };
    change(messages, 'missedCalls', plural);
    expect(everything(locale)[4]).toBe('2 missed');
    change(plural, 'other', 7);
    expect(everything(locale)[4]).toBe('2 missed calls');

    const units = ['{count} h', '{count} min', '{count} s'];
    change(messages, 'units', units);
    expect(everything(locale)[5]).toBe('1 h 2 min 5 s');
    units[0] = 5 as unknown as string;
    expect(everything(locale)[5]).toBe('1 hour 2 minutes 5 seconds');
  });

  it('with a direction that is none takes the direction of its language', () => {
    const locale = { ...australian(), code: 'ar-EG', dir: 'rtl' } as CallRecordLocale;
    everything(locale);
    change(locale, 'dir', 'sideways');
    expect(everything(locale)[3]).toBe('rtl');
    change(locale, 'dir', 'ltr');
    expect(everything(locale)[3]).toBe('ltr');
  });

  it('that starts throwing when read gives English', () => {
    let broken = false;
    const own = australian();
    const locale = {
      ...own,
      get messages(): CallRecordMessages {
        if (broken) throw new Error('gone');
        return own.messages;
      },
    };
    expect(everything(locale)[0]).toBe('Talked for 01:15');
    broken = true;
    expect(everything(locale)[0]).toBe('Call duration: 01:15');
  });

  it('with partial messages first, then fixed, uses the fix', () => {
    const locale = { code: 'en', name: 'Mine', dir: 'ltr', messages: { callBack: 'Ring back' } };
    const first = everything(locale as unknown as CallRecordLocale);
    expect([first[0], first[7]]).toEqual(['Call duration: 01:15', 'Ring back']);
    change(locale.messages, 'completed', 'Talked for {duration}');
    expect(everything(locale as unknown as CallRecordLocale)[0]).toBe('Talked for 01:15');
    locale.messages = { callBack: 'Call me' };
    const fixed = everything(locale as unknown as CallRecordLocale);
    expect([fixed[0], fixed[7]]).toEqual(['Call duration: 01:15', 'Call me']);
  });
});

describe('an unchanged locale object', () => {
  it('resolves to itself when well formed, and to one same copy when not', () => {
    const locale = australian();
    expect(resolveCallRecordLocale(locale)).toBe(locale);
    expect(resolveCallRecordLocale(locale)).toBe(locale);
    const partial = { ...locale, messages: { callBack: 'Ring back' } } as unknown as CallRecordLocale;
    const copy = resolveCallRecordLocale(partial);
    expect(copy).not.toBe(partial);
    expect(resolveCallRecordLocale(partial)).toBe(copy);
    expect(getCallRecordMessages(partial)).toBe(copy.messages);
  });
});

describe('resolveCallRecordLocale among an app’s locales', () => {
  it('finds a locale pushed into the list after a first call', () => {
    const available: CallRecordLocale[] = [ja];
    expect(resolveCallRecordLocale('fr-CA', available)).toBe(en);
    available.push(fr);
    expect(resolveCallRecordLocale('fr-CA', available)).toMatchObject({
      code: 'fr-CA',
      messages: fr.messages,
    });
    available.length = 0;
    expect(resolveCallRecordLocale('fr-CA', available)).toBe(en);
  });

  it('sees a changed code, direction or messages of a locale in the list', () => {
    const mine = { ...fr, messages: { ...fr.messages } };
    const available = [mine];
    expect(resolveCallRecordLocale('fr-CA', available)).toMatchObject({ code: 'fr-CA', dir: 'ltr' });
    mine.dir = 'rtl';
    expect(resolveCallRecordLocale('fr-CA', available).dir).toBe('rtl');
    mine.messages = { ...fr.messages, callBack: 'Rappelez' };
    expect(resolveCallRecordLocale('fr-CA', available).messages.callBack).toBe('Rappelez');
    mine.code = 'de';
    expect(resolveCallRecordLocale('fr-CA', available)).toBe(en);
    expect(resolveCallRecordLocale('de-AT', available)).toMatchObject({ code: 'de-AT', dir: 'rtl' });
  });

  it('keeps one result object per tag while the list and its locales stay the same', () => {
    const available = [fr];
    expect(resolveCallRecordLocale('fr-CA', available)).toBe(resolveCallRecordLocale('fr-CA', available));
    expect(resolveCallRecordLocale('fr-CA', [fr])).toBe(resolveCallRecordLocale('fr-CA', available));
  });
});
