import { remember } from './memo';

/**
 * A language tag taken apart, with the likely script and region filled in.
 * @internal
 *
 * @example
 * const parts: LanguageTagParts = { language: 'zh', script: 'Hant', region: 'HK' }; // zh-HK
 */
export interface LanguageTagParts {
  readonly language: string;
  readonly script: string;
  readonly region: string;
}

const canonicalTags = new Map<string, string | null>();
const likelyParts = new Map<string, LanguageTagParts>();

/** What precedes a POSIX locale's codeset or modifier: `ja_JP.UTF-8` → `ja_JP`. */
const POSIX_SUFFIX = /[.@].*$/;

function canonicalize(input: string): string | null {
  const tag = input.trim().replace(POSIX_SUFFIX, '').replace(/_/g, '-');
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? null;
  } catch {
    return null;
  }
}

/**
 * The canonical BCP 47 spelling of a tag (`zh_hk` → `zh-HK`, `EN` → `en`, `ja_JP.UTF-8` → `ja-JP`),
 * or `undefined` for anything that is not a well-formed tag (including non-strings and `''`).
 * @internal
 *
 * @example
 * canonicalLanguageTag('zh_hk'); // 'zh-HK'
 */
export function canonicalLanguageTag(input: unknown): string | undefined {
  if (typeof input !== 'string' || input === '') return undefined;
  return remember(canonicalTags, input, canonicalize) ?? undefined;
}

function maximize(tag: string): LanguageTagParts {
  try {
    const likely = new Intl.Locale(tag).maximize();
    return { language: likely.language, script: likely.script ?? '', region: likely.region ?? '' };
  } catch {
    return { language: tag.split('-')[0] ?? tag, script: '', region: '' };
  }
}

/**
 * The language, likely script and likely region of a canonical tag.
 * @internal
 *
 * @example
 * languageTagParts('zh-HK'); // { language: 'zh', script: 'Hant', region: 'HK' }
 */
export const languageTagParts = (tag: string): LanguageTagParts => remember(likelyParts, tag, maximize);
