/**
 * `react-call-records/locales`: every locale, built-in and opt-in. Each is a `CallRecordLocale` object; import
 * the ones your app speaks and pass one as `locale` (an app that never imports French ships no
 * French). The six built-in locales (`en`, `zhCN`, `zhTW`, `ja`, `ko`, `ar`) are also reachable by
 * tag (`locale="zh-HK"`) from the main entry.
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

// Built in (also reachable by tag from the main entry)
export { en } from './format/locales/en'; // English
export { zhCN } from './format/locales/zh-CN'; // Simplified Chinese
export { zhTW } from './format/locales/zh-TW'; // Traditional Chinese (Taiwan)
export { ja } from './format/locales/ja'; // Japanese
export { ko } from './format/locales/ko'; // Korean
export { ar } from './format/locales/ar'; // Arabic, right-to-left

// Opt-in
export { es } from './format/locales/es'; // Spanish
export { ptBR } from './format/locales/pt-BR'; // Portuguese (Brazil)
export { fr } from './format/locales/fr'; // French
export { de } from './format/locales/de'; // German
export { it } from './format/locales/it'; // Italian
export { ru } from './format/locales/ru'; // Russian
export { uk } from './format/locales/uk'; // Ukrainian
export { pl } from './format/locales/pl'; // Polish
export { nl } from './format/locales/nl'; // Dutch
export { tr } from './format/locales/tr'; // Turkish
export { id } from './format/locales/id'; // Indonesian
export { ms } from './format/locales/ms'; // Malay
export { vi } from './format/locales/vi'; // Vietnamese
export { th } from './format/locales/th'; // Thai
export { hi } from './format/locales/hi'; // Hindi
export { he } from './format/locales/he'; // Hebrew, right-to-left
export { fa } from './format/locales/fa'; // Persian, right-to-left
