/**
 * `react-call-records/locales`: the locale registry, one `CallRecordLocale` object per language,
 * built-in and opt-in alike. Import the ones your app speaks and pass one as `locale` (an app that
 * never imports French ships no French). The built-in ones (`BUILT_IN_LOCALES` in
 * `src/format/builtInLocales.ts`) are also reachable by tag (`locale="ja"`) from the main entry.
 *
 * This list is the one declaration of the package's locales: the stories build their locale menu
 * from it, the structure tests iterate it, and `test/locales.registry.test.ts` fails when a file in
 * `src/format/locales/`, a section of `SOURCES.md` or a row of README's locale table is missing
 * from it (or it names one that is missing there).
 *
 * @example
 * ```ts
 * import { fr, de } from 'react-call-records/locales';
 * import { resolveCallRecordLocale } from 'react-call-records/core';
 *
 * const locale = resolveCallRecordLocale(navigator.language, [fr, de]);
 * ```
 * @packageDocumentation
 */

export { ar } from './format/locales/ar'; // Arabic, right-to-left
export { de } from './format/locales/de'; // German
export { en } from './format/locales/en'; // English
export { es } from './format/locales/es'; // Spanish
export { fa } from './format/locales/fa'; // Persian, right-to-left
export { fr } from './format/locales/fr'; // French
export { he } from './format/locales/he'; // Hebrew, right-to-left
export { hi } from './format/locales/hi'; // Hindi
export { id } from './format/locales/id'; // Indonesian
export { it } from './format/locales/it'; // Italian
export { ja } from './format/locales/ja'; // Japanese
export { ko } from './format/locales/ko'; // Korean
export { ms } from './format/locales/ms'; // Malay
export { nl } from './format/locales/nl'; // Dutch
export { pl } from './format/locales/pl'; // Polish
export { ptBR } from './format/locales/pt-BR'; // Portuguese (Brazil)
export { ru } from './format/locales/ru'; // Russian
export { th } from './format/locales/th'; // Thai
export { tr } from './format/locales/tr'; // Turkish
export { uk } from './format/locales/uk'; // Ukrainian
export { vi } from './format/locales/vi'; // Vietnamese
export { zhCN } from './format/locales/zh-CN'; // Simplified Chinese
export { zhHK } from './format/locales/zh-HK'; // Traditional Chinese (Hong Kong)
export { zhTW } from './format/locales/zh-TW'; // Traditional Chinese (Taiwan)
