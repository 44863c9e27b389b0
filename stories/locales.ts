/**
 * The locales the stories show, read from the locale registry (`src/locales.ts`, the package's
 * `react-call-records/locales`): the toolbar's locale menu, the gallery and the per-locale stories
 * are all built from it, so a new locale appears in them without touching the stories.
 */
import type { CallRecordLocale } from '../src';
import { BUILT_IN_LOCALES } from '../src/format/builtInLocales';
import * as registry from '../src/locales';

/** Orders locales by code (`ar`, `de`, `en`, …). */
const byCode = (a: CallRecordLocale, b: CallRecordLocale): number => a.code.localeCompare(b.code);

/** The registry's locales that an app has to import, by code. */
const OPT_IN_LOCALES: readonly CallRecordLocale[] = Object.values(registry)
  .filter((locale) => !BUILT_IN_LOCALES.includes(locale))
  .sort(byCode);

/** Every locale of the registry: the built-in ones first (English leading), then the opt-in ones by code. */
export const STORY_LOCALES: readonly CallRecordLocale[] = [...BUILT_IN_LOCALES, ...OPT_IN_LOCALES];

/** The codes of {@link STORY_LOCALES}, for the toolbar and the controls. */
export const STORY_LOCALE_CODES: readonly string[] = STORY_LOCALES.map((locale) => locale.code);

/** The story locale with this code, else English (the toolbar's and the controls' values are codes). */
export function storyLocale(code: unknown): CallRecordLocale {
  return STORY_LOCALES.find((locale) => locale.code === code) ?? registry.en;
}
