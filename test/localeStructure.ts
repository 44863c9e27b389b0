// The structure every locale must have, checked the same way for each locale of the registry
// (test/locales.structure.test.ts), against the facts written out in test/locales.facts.ts.
import { describe, expect, it } from 'vitest';
import { MESSAGE_KEYS } from '../src/format/messageKinds';
import type { CallRecordMessages, CompleteCallRecordLocale } from '../src/options';

/** What a locale must declare about itself, and a few of its strings, written out literally. */
export interface LocaleFacts {
  readonly code: string;
  readonly name: string;
  readonly dir: 'ltr' | 'rtl';
  /** `Intl.PluralRules(code).resolvedOptions().pluralCategories`, sorted. */
  readonly pluralCategories: readonly string[];
  readonly unitSeparator: string;
  /** Spoken duration units written by the locale itself, or `null` for `Intl.NumberFormat`'s names. */
  readonly units: readonly [hour: string, minute: string, second: string] | null;
  /** The plural categories whose missed-call form spells its number out in words (Hebrew `one`, `two`). */
  readonly countInWords?: readonly string[];
  /** The plural categories whose `callCount` form spells its number out (Hebrew "פעמיים", twice). */
  readonly callCountInWords?: readonly string[];
  /** What a callee reads for a call they did not answer (`timeoutCallee`): README's "Missed call" column. */
  readonly missedCall: string;
  /** More strings checked word for word, sourced in `src/format/locales/SOURCES.md`. */
  readonly spotChecks: Partial<CallRecordMessages>;
}

/** The keys whose value is a template, and the placeholders each must hold (each exactly once, nothing else). */
const TEMPLATE_PLACEHOLDERS = {
  completed: ['{duration}'],
  missedCallsSpoken: ['{media}', '{text}'],
  label: ['{call}', '{outcome}'],
  spokenDuration: ['{duration}', '{text}'],
  withTime: ['{label}', '{time}'],
  withAction: ['{action}', '{label}'],
  callFrom: ['{call}', '{name}'],
  callTo: ['{call}', '{name}'],
  withCount: ['{count}', '{label}'],
  dayAtTime: ['{day}', '{time}'],
} as const satisfies Partial<Record<keyof CallRecordMessages, readonly string[]>>;

/** How many plain strings (neither a template, nor a plural, nor the unit separator) every locale fills. */
const PLAIN_STRING_COUNT = 30;

/** Every `{placeholder}` in a string, sorted. */
const placeholdersOf = (text: string): string[] => [...(text.match(/\{[^{}]*\}/g) ?? [])].sort();

/** The plain (non-template, non-plural) string entries of a message table, separator excluded. */
const plainEntries = (messages: CallRecordMessages): Array<[string, string]> =>
  Object.entries(messages).filter(
    (entry): entry is [string, string] =>
      typeof entry[1] === 'string' && entry[0] !== 'unitSeparator' && !(entry[0] in TEMPLATE_PLACEHOLDERS),
  );

/** One locale of the registry with its export name and its facts. */
export interface RegisteredLocale {
  readonly exportName: string;
  readonly locale: CompleteCallRecordLocale;
  readonly facts: LocaleFacts;
}

/** Registers the structure tests of each locale: one `describe` per locale. */
export function describeLocaleStructure(locales: readonly RegisteredLocale[]): void {
  describe.each(locales)('locale $exportName', ({ locale, facts }) => {
    const { messages } = locale;

    it('has its code, own name and writing direction', () => {
      expect([locale.code, locale.name, locale.dir]).toEqual([facts.code, facts.name, facts.dir]);
    });

    it.each([
      ['missedCalls', facts.countInWords],
      ['callCount', facts.callCountInWords],
    ] as const)(
      'has a %s form for exactly the plural categories of its code, each with {count} alone or in words',
      (key, countInWords) => {
        const categories = [...new Intl.PluralRules(facts.code).resolvedOptions().pluralCategories].sort();
        expect(categories).toEqual(facts.pluralCategories);
        expect(Object.keys(messages[key]).sort()).toEqual(facts.pluralCategories);
        for (const [category, form] of Object.entries(messages[key])) {
          expect(form, category).toBeTypeOf('string');
          expect(form.trim(), category).toBe(form);
          expect(form.length, category).toBeGreaterThan(0);
          const inWords = countInWords?.includes(category) ?? false;
          expect(placeholdersOf(form), category).toEqual(inWords ? [] : ['{count}']);
        }
      },
    );

    it('holds every message, the call-history words the public type leaves optional included', () => {
      expect(Object.keys(messages).sort()).toEqual([...MESSAGE_KEYS].sort());
    });

    it('writes every plain string non-empty, with no surrounding spaces and no placeholders', () => {
      const entries = plainEntries(messages);
      expect(entries.length).toBe(PLAIN_STRING_COUNT);
      for (const [key, text] of entries) {
        expect(text.length, key).toBeGreaterThan(0);
        expect(text.trim(), key).toBe(text);
        expect(placeholdersOf(text), key).toEqual([]);
      }
    });

    it('holds exactly the documented placeholders in each template', () => {
      for (const [key, wanted] of Object.entries(TEMPLATE_PLACEHOLDERS)) {
        const text = messages[key as keyof typeof TEMPLATE_PLACEHOLDERS];
        expect(text.trim(), key).toBe(text);
        expect(placeholdersOf(text), key).toEqual(wanted);
      }
    });

    it('names its duration units (or leaves them to ICU) and joins them with its own separator', () => {
      expect(messages.units).toEqual(facts.units);
      for (const unit of messages.units ?? []) expect(placeholdersOf(unit), unit).toEqual(['{count}']);
      expect(messages.unitSeparator).toBe(facts.unitSeparator);
    });

    it('says "Missed call" and the spot-checked strings word for word', () => {
      expect(messages.timeoutCallee).toBe(facts.missedCall);
      for (const [key, text] of Object.entries(facts.spotChecks)) {
        expect(messages[key as keyof CallRecordMessages], key).toEqual(text);
      }
    });
  });
}
