import { BUILT_IN_LOCALES, FALLBACK_LOCALE } from './builtInLocales';
import { canonicalLanguageTag, languageTagParts } from './languageTag';
import type { LanguageTagParts } from './languageTag';
import { remember } from './memo';
import { readLocaleObject } from './readLocaleObject';
import type { CallRecordLocale, CompleteCallRecordLocale } from '../options';

/**
 * Regions whose written language follows another region's, from CLDR's parent locales: Macau's
 * Traditional Chinese is Hong Kong's (`zh-Hant-MO` has the parent `zh-Hant-HK`), so `zh-MO` prefers
 * a Hong Kong locale to a Taiwan one.
 */
const FOLLOWED_REGION = new Map<string, string>([['zh-Hant-MO', 'HK']]);

/** Whether the offered locale is of the region whose language the requested region follows. */
const followsRegion = (wanted: LanguageTagParts, offered: LanguageTagParts): boolean =>
  FOLLOWED_REGION.get(`${wanted.language}-${wanted.script}-${wanted.region}`) === offered.region;

/** How closely a locale's code matches a requested tag; higher is better, 0 is no match. */
function matchScore(requested: string, code: string): number {
  if (requested === code) return 5;
  const wanted = languageTagParts(requested);
  const offered = languageTagParts(code);
  if (wanted.language !== offered.language) return 0;
  if (wanted.script !== offered.script) return 1;
  if (wanted.region === offered.region) return 4;
  if (followsRegion(wanted, offered)) return 3;
  return 2;
}

/** The best match for `tag` among `candidates` (the first of equally good ones), if any matches. */
function bestMatch(
  tag: string,
  candidates: readonly CompleteCallRecordLocale[],
): CompleteCallRecordLocale | undefined {
  let best: CompleteCallRecordLocale | undefined;
  let bestScore = 0;
  for (const candidate of candidates) {
    const score = matchScore(tag, candidate.code);
    if (score > bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  return best;
}

/** Locales re-tagged with a requested tag of their language (`en` as `en-GB`), per locale and tag. */
const retagged = new WeakMap<CompleteCallRecordLocale, Map<string, CompleteCallRecordLocale>>();

/** Whether `copy` still holds the words, name and direction of `locale` (an app may replace them). */
const holdsWordsOf = (copy: CallRecordLocale, locale: CallRecordLocale): boolean =>
  copy.messages === locale.messages && copy.name === locale.name && copy.dir === locale.dir;

/**
 * `locale` with `tag` as its code: the words of `locale`, and the tag's plural rules, digits and
 * time format. The same object for the same pair (within a bounded memo) while `locale` holds the
 * same words, name and direction.
 */
function withCode(locale: CompleteCallRecordLocale, tag: string): CompleteCallRecordLocale {
  if (locale.code === tag) return locale;
  let byTag = retagged.get(locale);
  if (!byTag) {
    byTag = new Map();
    retagged.set(locale, byTag);
  }
  const known = byTag.get(tag);
  if (known && !holdsWordsOf(known, locale)) byTag.delete(tag);
  return remember(byTag, tag, () => ({ ...locale, code: tag }));
}

/** The built-in locale for a canonical tag, re-tagged with it when the language matches; else English. */
function findBuiltIn(tag: string | undefined): CompleteCallRecordLocale {
  if (tag === undefined) return FALLBACK_LOCALE;
  const match = bestMatch(tag, BUILT_IN_LOCALES);
  return match ? withCode(match, tag) : FALLBACK_LOCALE;
}

/** Built-in resolutions, per canonical tag. */
const resolvedTags = new Map<string, CompleteCallRecordLocale>();

/**
 * The closest locale to a canonical tag among an app's own locales and the built-in ones, ranked
 * together (so `zh-TW` keeps the built-in `zhTW` when the app passes only `zhHK`); the app's own wins a tie.
 * Not memoized per list: the list and its locales are read as they are now (an app may push a locale
 * into it, or change one); each locale's check is kept (see {@link readLocaleObject}).
 */
function resolveAmong(tag: string, available: readonly unknown[]): CompleteCallRecordLocale {
  const candidates = available
    .filter((item): item is object => typeof item === 'object' && item !== null)
    .map((item) => readLocaleObject(item, findBuiltIn));
  const match = bestMatch(tag, [...candidates, ...BUILT_IN_LOCALES]);
  return match ? withCode(match, tag) : FALLBACK_LOCALE;
}

/** The locale for a tag among `available` (read as it is now) and the built-ins; English for no tag. */
function resolveTag(
  raw: string,
  available: readonly CallRecordLocale[] | undefined,
): CompleteCallRecordLocale {
  const tag = canonicalLanguageTag(raw);
  if (tag === undefined) return FALLBACK_LOCALE;
  if (!Array.isArray(available) || available.length === 0) return remember(resolvedTags, tag, findBuiltIn);
  return resolveAmong(tag, available);
}

/**
 * The locale to speak for a tag, a locale object or nothing; never throws.
 *
 * - A **locale object** is used as given (each missing or wrongly typed message falls back to the
 *   built-in locale of its code, e.g. the call-history words a 1.0 locale object lacks; a malformed
 *   `code` reads as `'und'`). It is read at each use, so a
 *   change the app makes to it (a new `code`, `dir` or `messages`, a message replaced) counts from
 *   the next call on, checked as on the first.
 * - A **tag** (BCP 47; case-insensitive; `_` and POSIX forms such as `ja_JP.UTF-8` accepted) is
 *   matched against `available` and the built-in locales (`en`, `zh-CN`, `zh-TW`, `ja`, `ko`, `ar`)
 *   together, the closest code winning and `available` winning a tie: the exact code, else the same
 *   language, script and region, else the region whose language the requested one follows (CLDR:
 *   `zh-MO` → a `zh-HK` locale), else another region (`zh-HK` and `zh-Hant` → `zh-TW` when no
 *   `zh-HK` locale is available; `zh` and `zh-SG` → `zh-CN`), else another script. When the match is
 *   not exact, the result is the matched locale under the requested tag, so times, digits and
 *   plural rules follow the tag (`en-GB` → English words, 24-hour time; `ar-EG` → Arabic-Indic
 *   digits). A tag of another language, a malformed tag, a string longer than 100 characters (no
 *   tag is that long: it is not read at all), `''` or `undefined` gives English (`en`).
 *
 * `available` is read as it is at each call: a locale pushed into it later is found. The same input
 * gives the same object while it holds the same values (results are kept in bounded memos), so a
 * resolved locale can be passed as a prop without breaking memoization.
 *
 * @param tag - the requested language: a BCP 47 tag, a locale object, or `undefined` (English).
 * @param available - locale objects the app imported (e.g. `[fr, de]`); default none.
 * @example
 * import { fr, de, zhHK } from 'react-call-records/locales';
 * const locale = resolveCallRecordLocale(navigator.language, [fr, de]); // 'fr-CA' → fr, as 'fr-CA'
 * resolveCallRecordLocale('zh_hk').code; // 'zh-HK' (the zh-TW words)
 * resolveCallRecordLocale('zh-MO', [zhHK]).messages === zhHK.messages; // true
 */
export function resolveCallRecordLocale(
  tag: string | CallRecordLocale | undefined,
  available?: readonly CallRecordLocale[],
): CompleteCallRecordLocale {
  try {
    if (typeof tag === 'object' && tag !== null) return readLocaleObject(tag, findBuiltIn);
    if (typeof tag === 'string') return resolveTag(tag, available);
  } catch {
    // a hostile `available` list (a throwing getter or proxy): English below
  }
  return FALLBACK_LOCALE;
}
