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

/**
 * The longest string read as a tag, in characters as given (spaces and a POSIX suffix included); a
 * longer one is no tag, so it reads as unknown (English), as a malformed tag does. Real tags are far
 * shorter (`zh-Hant-TW-u-ca-chinese-nu-hanidec` has 34 characters); the cap bounds the work a tag
 * costs and the size of every memo key made of one.
 * @internal
 *
 * @example
 * canonicalLanguageTag('en-'.padEnd(MAX_LANGUAGE_TAG_LENGTH + 1, 'x')); // undefined
 */
export const MAX_LANGUAGE_TAG_LENGTH = 100;

/** Where a POSIX locale's codeset or modifier begins: the `.` of `ja_JP.UTF-8`, the `@` of `sr_RS@latin`. */
const POSIX_SUFFIX_START = /[.@]/;

/** The text before its first `.` or `@` (all of it when it has neither): `ja_JP.UTF-8` → `ja_JP`. */
function withoutPosixSuffix(text: string): string {
  const start = text.search(POSIX_SUFFIX_START);
  return start === -1 ? text : text.slice(0, start);
}

function canonicalize(input: string): string | null {
  const tag = withoutPosixSuffix(input.trim()).replace(/_/g, '-');
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? null;
  } catch {
    return null;
  }
}

/**
 * The canonical BCP 47 spelling of a tag (`zh_hk` → `zh-HK`, `EN` → `en`, `ja_JP.UTF-8` → `ja-JP`),
 * or `undefined` for anything that is not a well-formed tag (including non-strings, `''` and strings
 * longer than {@link MAX_LANGUAGE_TAG_LENGTH}). Everything from the first `.` or `@` is a POSIX
 * codeset or modifier and is dropped. Linear in the length of `input`.
 * @internal
 *
 * @example
 * canonicalLanguageTag('zh_hk'); // 'zh-HK'
 */
export function canonicalLanguageTag(input: unknown): string | undefined {
  if (typeof input !== 'string' || input === '' || input.length > MAX_LANGUAGE_TAG_LENGTH) return undefined;
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
