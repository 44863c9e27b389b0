// The structure every locale file must have, checked the same way for each: test/locales.part1.test.ts
// and test/locales.part2.test.ts bring the facts of their locales and their own word-for-word checks.
import { describe, expect, it } from 'vitest';
import type { CallRecordLocale, CallRecordMessages } from '../src/format/types';

/** What a locale must declare about itself, written out literally. */
export interface LocaleFacts {
  readonly locale: CallRecordLocale;
  readonly code: string;
  readonly name: string;
  readonly dir: 'ltr' | 'rtl';
  /** `Intl.PluralRules(code).resolvedOptions().pluralCategories`, sorted. */
  readonly pluralCategories: readonly string[];
  readonly unitSeparator: string;
  /** The plural categories whose missed-call form spells its number out in words (Hebrew `one`, `two`). */
  readonly countInWords?: readonly string[];
}

/** The keys whose value is a template, and the placeholders each must hold (each exactly once, nothing else). */
const TEMPLATE_PLACEHOLDERS = {
  completed: ['{duration}'],
  missedCallsSpoken: ['{media}', '{text}'],
  label: ['{call}', '{outcome}'],
  spokenDuration: ['{duration}', '{text}'],
  withTime: ['{label}', '{time}'],
  withAction: ['{action}', '{label}'],
} as const satisfies Partial<Record<keyof CallRecordMessages, readonly string[]>>;

/** How many plain strings (neither a template, nor a plural, nor the unit separator) every locale fills. */
const PLAIN_STRING_COUNT = 25;

/** Every `{placeholder}` in a string, sorted. */
const placeholdersOf = (text: string): string[] => [...(text.match(/\{[^{}]*\}/g) ?? [])].sort();

/** The plain (non-template, non-plural) string entries of a message table, separator excluded. */
const plainEntries = (messages: CallRecordMessages): Array<[string, string]> =>
  Object.entries(messages).filter(
    (entry): entry is [string, string] =>
      typeof entry[1] === 'string' && entry[0] !== 'unitSeparator' && !(entry[0] in TEMPLATE_PLACEHOLDERS),
  );

/** Registers the structure tests of each locale: one `describe` per locale. */
export function describeLocaleStructure(locales: readonly LocaleFacts[]): void {
  describe.each(locales)('locale $code', (expected) => {
    const { locale } = expected;
    const { messages } = locale;

    it('has its code, own name and writing direction', () => {
      expect(locale.code).toBe(expected.code);
      expect(locale.name).toBe(expected.name);
      expect(locale.dir).toBe(expected.dir);
    });

    it('has a missedCalls form for exactly the plural categories of its code, each with {count} alone or in words', () => {
      const categories = [...new Intl.PluralRules(expected.code).resolvedOptions().pluralCategories].sort();
      expect(categories).toEqual(expected.pluralCategories);
      expect(Object.keys(messages.missedCalls).sort()).toEqual(expected.pluralCategories);
      for (const [category, form] of Object.entries(messages.missedCalls)) {
        expect(form, category).toBeTypeOf('string');
        expect(form.trim(), category).toBe(form);
        expect(form.length, category).toBeGreaterThan(0);
        const inWords = expected.countInWords?.includes(category) ?? false;
        expect(placeholdersOf(form), category).toEqual(inWords ? [] : ['{count}']);
      }
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

    it('uses ICU unit names and the language’s own unit separator', () => {
      expect(messages.units).toBeNull();
      expect(messages.unitSeparator).toBe(expected.unitSeparator);
    });
  });
}
