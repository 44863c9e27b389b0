import { ar } from './locales/ar';
import { en } from './locales/en';
import { ja } from './locales/ja';
import { ko } from './locales/ko';
import { zhCN } from './locales/zh-CN';
import { zhTW } from './locales/zh-TW';
import type { CallRecordLocale, CallRecordMessages, PluralMessage } from './messages';

const LOCALES: Record<CallRecordLocale, CallRecordMessages> = {
  'zh-CN': zhCN,
  'zh-TW': zhTW,
  en,
  ja,
  ko,
  ar,
};

/**
 * Maps any BCP 47 tag to a built-in locale: `zh-Hant*`, `zh-TW`, `zh-HK`, `zh-MO` → `zh-TW`; any other
 * `zh*` (`zh`, `zh-CN`, `zh-SG`, `zh-Hans-HK`) → `zh-CN`; `en*`, `ja*`, `ko*`, `ar*` by language;
 * anything else (unknown, empty, malformed, not a string) → `en`. Case-insensitive, `_` accepted as
 * separator, never throws.
 *
 * @example
 * resolveCallRecordLocale('zh_hk'); // 'zh-TW'
 */
export function resolveCallRecordLocale(locale?: string): CallRecordLocale {
  let tag = typeof locale == 'string' ? locale : '';
  // A built-in tag as spelled there (the common case, once per bubble) skips the regexes.
  if (Object.hasOwn(LOCALES, tag)) return tag as CallRecordLocale;
  tag = tag.toLowerCase().replace(/_/g, '-') + '-';
  return /^zh-/.test(tag)
    ? /-(hant|tw|hk|mo)-/.test(tag) && !/-hans-/.test(tag)
      ? 'zh-TW'
      : 'zh-CN'
    : ((/^(ja|ko|ar)-/.exec(tag)?.[1] as CallRecordLocale | undefined) ?? 'en');
}

/** The text direction of a built-in locale: right-to-left for Arabic only. @internal */
export const localeDir = (locale: CallRecordLocale): 'ltr' | 'rtl' => (locale == 'ar' ? 'rtl' : 'ltr');

/**
 * The strings of a locale (resolved with {@link resolveCallRecordLocale}), with `overrides` merged over
 * them key by key: a plural object or `units` replaces the built-in one whole; `undefined` values are
 * ignored. Only the overrides' own keys that name a message are read (`Object.keys`), so inherited
 * properties and a JSON-parsed `"__proto__"` key are ignored and the result is always a plain object.
 * Without overrides, the built-in object itself.
 *
 * @example
 * getCallRecordMessages('en-GB', { callBack: 'Ring back' }).callBack; // 'Ring back'
 */
export function getCallRecordMessages(
  locale?: string,
  overrides?: Partial<CallRecordMessages>,
): CallRecordMessages {
  const base = LOCALES[resolveCallRecordLocale(locale)];
  if (!overrides) return base;
  const merged: Record<string, unknown> = { ...base };
  for (const key of Object.keys(overrides)) {
    const value = overrides[key as keyof CallRecordMessages];
    // Own keys of the built-in object only: '__proto__' (an own key after JSON.parse) would otherwise
    // go through the setter and replace the merged object's prototype.
    if (value !== undefined && Object.hasOwn(base, key)) merged[key] = value;
  }
  return merged as CallRecordMessages;
}

/**
 * Module-level memo: the value of `key` in `map`, made once. Each kind of value has its own map, keyed by
 * the value's own input (a template, a resolved locale, a raw option), so a lookup builds no key string.
 * A map is emptied when it reaches 256 entries, so none grows without bound, whatever the input.
 * @internal
 */
export const cached = <K, T>(map: Map<K, T>, key: K, make: (key: K) => T): T => {
  let value = map.get(key);
  if (value === undefined) {
    if (map.size >= 256) map.clear();
    map.set(key, (value = make(key)));
  }
  return value;
};

const templates = new Map<string, string[]>();
const pluralRules = new Map<string, Intl.PluralRules>();

/** Fills `{name}` placeholders; unknown names are left as written. @internal */
export const fill = (template: string, values: Record<string, string>): string => {
  // The template split once ([text, name, text, …], cached): about 4× faster than a regex replace with a
  // callback, which matters at one bubble per call record (bench/run.mjs, render row).
  const parts = cached(templates, template, () => template.split(/\{(\w+)\}/));
  let out = parts[0] as string;
  for (let i = 1; i < parts.length; i += 2) out += (values[parts[i]!] ?? `{${parts[i]}}`) + parts[i + 1];
  return out;
};

/** Picks the plural form of `count` and fills `{count}`. @internal */
export const plural = (message: PluralMessage, count: number, locale: CallRecordLocale): string =>
  fill(
    message[cached(pluralRules, locale, () => new Intl.PluralRules(locale)).select(count)] ?? message.other,
    {
      count: '' + count,
    },
  );
