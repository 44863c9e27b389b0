import { canonicalLanguageTag } from './languageTag';
import { MESSAGE_KEYS, isValidMessage } from './messageKinds';
import type { CallRecordLocale, CallRecordMessages } from '../options';

/** What a locale object is checked against: the built-in locale its code resolves to. */
type FindBuiltIn = (tag: string | undefined) => CallRecordLocale;

/** The tag of an object whose code is not a well-formed tag: "undetermined" (BCP 47). */
const UNDETERMINED = 'und';

const checked = new WeakMap<object, CallRecordLocale>();

function readMessages(candidate: unknown, fallback: CallRecordMessages): CallRecordMessages {
  const source = typeof candidate === 'object' && candidate !== null ? candidate : {};
  let allValid = source === candidate;
  const entries = MESSAGE_KEYS.map((key) => {
    const value: unknown = Object.hasOwn(source, key) ? (source as Record<string, unknown>)[key] : undefined;
    if (isValidMessage(key, value)) return [key, value];
    allValid = false;
    return [key, fallback[key]];
  });
  return allValid ? (candidate as CallRecordMessages) : (Object.fromEntries(entries) as CallRecordMessages);
}

function readLocale(value: object, findBuiltIn: FindBuiltIn): CallRecordLocale {
  const { code, name, dir, messages } = value as Partial<Record<keyof CallRecordLocale, unknown>>;
  const tag = canonicalLanguageTag(code);
  const builtIn = findBuiltIn(tag);
  const locale: CallRecordLocale = {
    code: tag ?? UNDETERMINED,
    name: typeof name === 'string' ? name : (tag ?? UNDETERMINED),
    dir: dir === 'rtl' || dir === 'ltr' ? dir : builtIn.dir,
    messages: readMessages(messages, builtIn.messages),
  };
  const unchanged =
    locale.code === code && locale.name === name && locale.dir === dir && locale.messages === messages;
  return unchanged ? (value as CallRecordLocale) : locale;
}

/**
 * A locale object as the formatters can trust it: the object itself when it is well formed (a
 * canonical `code`, a string `name`, `dir` `'ltr'` or `'rtl'`, every message of the right type),
 * else a copy where each missing or wrongly typed part is taken from the built-in locale its code
 * resolves to (`findBuiltIn`, also for a wrong `dir`), and a malformed code reads as `'und'`.
 * Each object is checked once (the answer is kept per object, weakly). Never throws.
 * @internal
 *
 * @example
 * readLocaleObject({ code: 'zh_tw', name: '繁體', dir: 'ltr', messages: {} }, findBuiltIn).code; // 'zh-TW'
 */
export function readLocaleObject(value: object, findBuiltIn: FindBuiltIn): CallRecordLocale {
  const known = checked.get(value);
  if (known) return known;
  let locale: CallRecordLocale;
  try {
    locale = readLocale(value, findBuiltIn);
  } catch {
    // A hostile object (a throwing getter, a revoked proxy): nothing of it can be used.
    locale = findBuiltIn(undefined);
  }
  checked.set(value, locale);
  return locale;
}
