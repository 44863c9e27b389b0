import { canonicalLanguageTag } from './languageTag';
import { MESSAGE_KEYS, isValidMessage } from './messageKinds';
import type {
  CallRecordLocale,
  CallRecordMessages,
  CompleteCallRecordLocale,
  CompleteCallRecordMessages,
} from '../options';

/** What a locale object is checked against: the built-in locale its code resolves to. */
type FindBuiltIn = (tag: string | undefined) => CompleteCallRecordLocale;

/** The tag of an object whose code is not a well-formed tag: "undetermined" (BCP 47). */
const UNDETERMINED = 'und';

/** A locale object's fields as read: anything, until checked. */
type LocaleFields = Partial<Record<keyof CallRecordLocale, unknown>>;

/**
 * A locale object as its check reads it, each part a list compared value by value (`Object.is`).
 * The messages are read with `Object.keys` and `Object.values`, one native pass each (far cheaper
 * than a read per message key), so the messages are its own enumerable keys.
 */
interface Reading {
  /** `code`, `name`, `dir` and `messages`. */
  readonly fields: readonly unknown[];
  /** The keys of `messages`, and their values in the same order. */
  readonly keys: readonly string[];
  readonly values: readonly unknown[];
  /** What is checked inside some messages: the `other` form of the plural ones, the templates of `units`. */
  readonly inner: readonly unknown[];
}

/** How a locale object read, and the locale the formatters use for it. */
interface Verdict {
  readonly reading: Reading;
  readonly locale: CompleteCallRecordLocale;
}

/** The latest verdict on each locale object (weakly): it stands while the object reads the same. */
const verdicts = new WeakMap<object, Verdict>();

const NOTHING: readonly never[] = [];

const isObject = (value: unknown): value is object => typeof value === 'object' && value !== null;

/** Whether `key` is a message of `messages`: an own, enumerable key (as `Object.keys` lists them). */
const isOwnMessage = (messages: object, key: string): boolean =>
  Object.prototype.propertyIsEnumerable.call(messages, key);

/**
 * What is checked inside a message: the `other` form of a plural message, the templates of `units`.
 * The formatters read them without checking them again, and the app may change them in place.
 */
function innerParts(message: unknown): unknown[] {
  if (Array.isArray(message)) return [message.length, message[0], message[1], message[2]];
  return isObject(message) ? [(message as { other?: unknown }).other] : [];
}

/** The reading of a locale object's fields (see {@link Reading}). */
function readingOf(fields: LocaleFields): Reading {
  const { code, name, dir, messages } = fields;
  if (!isObject(messages))
    return { fields: [code, name, dir, messages], keys: NOTHING, values: NOTHING, inner: NOTHING };
  const { missedCalls, callCount, units } = messages as Partial<Record<keyof CallRecordMessages, unknown>>;
  return {
    fields: [code, name, dir, messages],
    keys: Object.keys(messages),
    values: Object.values(messages),
    inner: [...innerParts(missedCalls), ...innerParts(callCount), ...innerParts(units)],
  };
}

/** Whether two lists hold the same values (`Object.is`), in the same order. */
function sameValues(earlier: readonly unknown[], now: readonly unknown[]): boolean {
  if (earlier.length !== now.length) return false;
  for (let index = 0; index < now.length; index++) if (!Object.is(earlier[index], now[index])) return false;
  return true;
}

const sameReading = (earlier: Reading, now: Reading): boolean =>
  sameValues(earlier.fields, now.fields) &&
  sameValues(earlier.keys, now.keys) &&
  sameValues(earlier.values, now.values) &&
  sameValues(earlier.inner, now.inner);

function readMessages(candidate: unknown, fallback: CompleteCallRecordMessages): CompleteCallRecordMessages {
  const source = isObject(candidate) ? candidate : {};
  let allValid = source === candidate;
  const entries = MESSAGE_KEYS.map((key) => {
    const value = isOwnMessage(source, key) ? (source as Record<string, unknown>)[key] : undefined;
    if (isValidMessage(key, value)) return [key, value];
    allValid = false;
    return [key, fallback[key]];
  });
  return allValid
    ? (candidate as CompleteCallRecordMessages)
    : (Object.fromEntries(entries) as CompleteCallRecordMessages);
}

function readLocale(value: object, fields: LocaleFields, findBuiltIn: FindBuiltIn): CompleteCallRecordLocale {
  const { code, name, dir, messages } = fields;
  const tag = canonicalLanguageTag(code);
  const builtIn = findBuiltIn(tag);
  const locale: CompleteCallRecordLocale = {
    code: tag ?? UNDETERMINED,
    name: typeof name === 'string' ? name : (tag ?? UNDETERMINED),
    dir: dir === 'rtl' || dir === 'ltr' ? dir : builtIn.dir,
    messages: readMessages(messages, builtIn.messages),
  };
  const unchanged =
    locale.code === code && locale.name === name && locale.dir === dir && locale.messages === messages;
  return unchanged ? (value as CompleteCallRecordLocale) : locale;
}

/**
 * A locale object as the formatters can trust it: the object itself when it is well formed (a
 * canonical `code`, a string `name`, `dir` `'ltr'` or `'rtl'`, every message an own enumerable key
 * of `messages` holding the right type), else a copy where each missing or wrongly typed part is
 * taken from the built-in locale its code resolves to (`findBuiltIn`, also for a wrong `dir`), and a
 * malformed code reads as `'und'`. So a locale object written for 1.0, without the call-history
 * words, gets them from the built-in locale of its language, or English.
 *
 * The object is read at each use, since the app may change it: its verdict is kept (weakly) with
 * every value it was made of, and stands only while the object holds the same ones, so an unchanged
 * object gives the same answer (itself, or the same copy) and a changed one is checked again. An
 * object that throws when read gives `findBuiltIn(undefined)`. Never throws.
 * @internal
 *
 * @example
 * readLocaleObject({ code: 'zh_tw', name: '繁體', dir: 'ltr', messages: {} }, findBuiltIn).code; // 'zh-TW'
 */
export function readLocaleObject(value: object, findBuiltIn: FindBuiltIn): CompleteCallRecordLocale {
  try {
    const { code, name, dir, messages } = value as LocaleFields;
    const fields: LocaleFields = { code, name, dir, messages };
    const reading = readingOf(fields);
    const known = verdicts.get(value);
    if (known && sameReading(known.reading, reading)) return known.locale;
    const locale = readLocale(value, fields, findBuiltIn);
    verdicts.set(value, { reading, locale });
    return locale;
  } catch {
    // A hostile object (a throwing getter, a revoked proxy): nothing of it can be used.
    return findBuiltIn(undefined);
  }
}
