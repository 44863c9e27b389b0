import { ar } from './locales/ar';
import { en } from './locales/en';
import { ja } from './locales/ja';
import { ko } from './locales/ko';
import { zhCN } from './locales/zh-CN';
import { zhTW } from './locales/zh-TW';
import type { CompleteCallRecordLocale } from '../options';

/**
 * The locales a tag can resolve to without importing anything: English first (the fallback), then
 * Simplified and Traditional Chinese, Japanese, Korean and Arabic.
 * @internal
 *
 * @example
 * BUILT_IN_LOCALES.map((locale) => locale.code); // ['en', 'zh-CN', 'zh-TW', 'ja', 'ko', 'ar']
 */
export const BUILT_IN_LOCALES: readonly CompleteCallRecordLocale[] = [en, zhCN, zhTW, ja, ko, ar];

/**
 * The locale used when nothing else matches: English.
 * @internal
 *
 * @example
 * FALLBACK_LOCALE.code; // 'en'
 */
export const FALLBACK_LOCALE: CompleteCallRecordLocale = en;
