import { MAX_CALL_RECORD_INPUT_LENGTH } from './codes';
import { fail } from './errors';
import { isObject, isReadingExactDigits, noteJsonTextParsed } from './values';
import type { JsonObject } from './values';

/**
 * Whether a string is a JSON candidate: its first character after leading whitespace (which, as for
 * `trimStart`, includes a BOM and NBSP) is `{`.
 */
function isJsonObjectText(text: string): boolean {
  // The common case first, without building a trimmed copy of every message.
  return text.startsWith('{') || text.trimStart().startsWith('{');
}

/**
 * In valid JSON text, a string token or an integer literal of 16 digits or more (a length every integer
 * past 2^53 = 9007199254740992 has). Strings are matched whole, so digits inside them are never taken for
 * numbers; the lookarounds keep the digits of a fraction or an exponent (`1.2345…`, `1e2345…`) and the
 * start of a longer non-integer number (`1234….5`) out. The closing quote is optional, so a string that
 * never closes (only in text that is not JSON) is taken whole instead of being tried again from each of
 * its quotes: linear on any text.
 */
const STRING_OR_LONG_INTEGER = /"(?:[^"\\]|\\.)*"?|(?<![0-9.eE+-])-?[0-9]{16,}(?![0-9.eE])/g;

/** Valid JSON text with every integer literal of 16 digits or more put in quotes: `JSON.parse` keeps its digits. */
function quoteLongIntegers(text: string): string {
  return text.replace(STRING_OR_LONG_INTEGER, (token) => (token.startsWith('"') ? token : `"${token}"`));
}

/** What {@link tryJsonParse} answers for text that is not valid JSON. */
const NOT_JSON: unique symbol = Symbol('not JSON');

/** The value of JSON text, or {@link NOT_JSON}. */
function tryJsonParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return NOT_JSON;
  }
}

/**
 * Parses JSON text (at most {@link MAX_CALL_RECORD_INPUT_LENGTH} long; whitespace and a BOM around it are
 * skipped). When reading with exact digits (see values.ts), integers of 16 digits or more keep every digit,
 * as strings: ids and channel ids read them as they are; codes, durations and timestamps read them as the
 * numbers they are.
 *
 * @param path - how error messages name the text, e.g. `attach`.
 */
function parseJsonText(text: string, path: string): unknown {
  if (text.length > MAX_CALL_RECORD_INPUT_LENGTH)
    fail(`${path} length`, text.length, `at most ${MAX_CALL_RECORD_INPUT_LENGTH}`, 'too-large');
  // JSON.parse skips JSON's own whitespace, not a BOM or NBSP: only text it rejects is trimmed and tried
  // again, so the common case makes no trimmed copy.
  let json = text;
  let value = tryJsonParse(json);
  if (value === NOT_JSON) {
    json = text.trim();
    if (json !== text) value = tryJsonParse(json);
  }
  if (value === NOT_JSON) return fail(path, text, 'valid JSON', 'invalid-json');
  noteJsonTextParsed();
  // Valid JSON: when reading with exact digits, parse it again with its long integers quoted.
  return isReadingExactDigits() ? JSON.parse(quoteLongIntegers(json)) : value;
}

/**
 * An object given as an object or as JSON text of one (see {@link parseJsonText}); anything else fails.
 *
 * @param path - how error messages name the value, e.g. `attachment.raw`.
 */
export function readObject(value: unknown, path: string): JsonObject {
  const parsed = typeof value === 'string' ? parseJsonText(value, path) : value;
  return isObject(parsed) ? parsed : fail(path, parsed, 'an object');
}

/**
 * A whole string input: parsed when it is JSON text of an object (see {@link isJsonObjectText}), else
 * returned as it is (a plain string is not a call record).
 */
export function readStringInput(text: string): unknown {
  return isJsonObjectText(text) ? parseJsonText(text, 'input') : text;
}
