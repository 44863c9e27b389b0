/**
 * The locales the stories show, in one list: the toolbar's locale menu, the gallery and the
 * per-locale stories are all built from it. The six built-in locales come from the main entry;
 * the opt-in ones from `react-call-records/locales` (`src/locales.ts`), as an app imports them.
 */
import { ar, en, ja, ko, zhCN, zhTW } from '../src';
import type { CallRecordLocale } from '../src';
import { de, es, fa, fr, he, hi, id, it, ms, nl, pl, ptBR, ru, th, tr, uk, vi } from '../src/locales';

/** Every locale of the stories: the six built in, then the seventeen opt-in ones. */
export const STORY_LOCALES: readonly CallRecordLocale[] = [
  en,
  zhCN,
  zhTW,
  ja,
  ko,
  ar,
  es,
  ptBR,
  fr,
  de,
  it,
  ru,
  uk,
  pl,
  nl,
  tr,
  id,
  ms,
  vi,
  th,
  hi,
  he,
  fa,
];

/** The codes of {@link STORY_LOCALES}, for the toolbar and the controls. */
export const STORY_LOCALE_CODES: readonly string[] = STORY_LOCALES.map((locale) => locale.code);

/** The story locale with this code, else English (the toolbar's and the controls' values are codes). */
export function storyLocale(code: unknown): CallRecordLocale {
  return STORY_LOCALES.find((locale) => locale.code === code) ?? en;
}
