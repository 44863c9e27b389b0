// @vitest-environment node
// Every locale of the registry (src/locales.ts) against the structure and the facts written out for it.
import { describe, expect, it } from 'vitest';
import * as registry from '../src/locales';
import { LOCALE_FACTS } from './locales.facts';
import type { LocaleExportName } from './locales.facts';
import { describeLocaleStructure } from './localeStructure';
import type { RegisteredLocale } from './localeStructure';

const EXPORT_NAMES = Object.keys(registry) as LocaleExportName[];

describe('the facts of the locales', () => {
  it('are written out for exactly the locales of the registry', () => {
    expect(Object.keys(LOCALE_FACTS).sort()).toEqual([...EXPORT_NAMES].sort());
  });
});

const REGISTERED: readonly RegisteredLocale[] = EXPORT_NAMES.map((exportName) => ({
  exportName,
  locale: registry[exportName],
  facts: LOCALE_FACTS[exportName],
}));

describeLocaleStructure(REGISTERED);

describe('plural forms that must differ', () => {
  const { ru, uk, pl, he } = registry;

  it.each([ru, uk, pl])('$code: few and many are not the one form', (locale) => {
    const { one, few, many } = locale.messages.missedCalls;
    expect(few).not.toBe(one);
    expect(many).not.toBe(one);
    expect(few).not.toBe(many);
  });

  it('ru, uk and pl count missed calls in their own grammar', () => {
    expect(ru.messages.missedCalls).toEqual({
      one: '{count} пропущенный звонок',
      few: '{count} пропущенных звонка',
      many: '{count} пропущенных звонков',
      other: '{count} пропущенного звонка',
    });
    expect(uk.messages.missedCalls.few).toBe('{count} пропущені дзвінки');
    expect(uk.messages.missedCalls.many).toBe('{count} пропущених дзвінків');
    expect(pl.messages.missedCalls.few).toBe('{count} nieodebrane połączenia');
    expect(pl.messages.missedCalls.many).toBe('{count} nieodebranych połączeń');
  });

  it('he writes the dual for two, different from one and from other', () => {
    expect(he.messages.missedCalls.two).toBe('שתי שיחות שלא נענו');
    expect(he.messages.missedCalls.two).not.toBe(he.messages.missedCalls.one);
    expect(he.messages.missedCalls.two).not.toBe(he.messages.missedCalls.other);
  });
});
