import type { CallRecordError, CallRecordErrorCode } from './types';

/*
 * A broken record (or an input that is none) stops the parse: `fail` throws the error, which the single
 * try/catch in parseCallRecord turns into a result. Anything else thrown while reading (a getter or a Proxy
 * trap that throws) becomes 'input: could not be read'. The two are told apart by identity: `fail`
 * remembers the last error it threw, and no input can reach that object before it is thrown.
 */
let lastFailure: CallRecordError | undefined;

/** Bidi controls (embeddings, overrides, isolates, marks) that could reorder an error message on screen. */
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/** How many characters of an echoed string an error message keeps. */
const ECHO_LENGTH = 40;

/** `text` cut to {@link ECHO_LENGTH} characters, without bidi controls, as a JSON string literal. */
export function quoteForMessage(text: string): string {
  return JSON.stringify(text.replace(BIDI_CONTROLS, '').slice(0, ECHO_LENGTH));
}

/** Whether `value` is an array; `false` for a revoked Proxy, on which `Array.isArray` throws. */
function isArrayOrUnknown(value: unknown): boolean {
  try {
    return Array.isArray(value);
  } catch {
    return false;
  }
}

/**
 * Describes a value without running any code of the input and without throwing: a string quoted (see
 * {@link quoteForMessage}), null and numbers as they are, an array as `an array`, anything else (a
 * revoked Proxy too) by its typeof.
 */
function describeValue(value: unknown): string {
  if (typeof value === 'string') return quoteForMessage(value);
  if (typeof value === 'number' || value === null) return String(value);
  if (isArrayOrUnknown(value)) return 'an array';
  return typeof value;
}

/**
 * Stops the parse with `<path>: <value> is not <expected>`, e.g. `attach.status: 9 is not one of 1-5`.
 *
 * @param path - where the value is, e.g. `attachment.durations[1].duration`.
 * @param value - the value found there; echoed safely (see {@link describeValue}).
 * @param expected - what it should have been, e.g. `a non-negative integer`.
 * @param code - the error code; `'invalid-field'` unless given.
 */
export function fail(
  path: string,
  value: unknown,
  expected: string,
  code: CallRecordErrorCode = 'invalid-field',
): never {
  lastFailure = { code, message: `${path}: ${describeValue(value)} is not ${expected}` };
  throw lastFailure;
}

/** Whether `caught` is the error {@link fail} threw (and not something an input's getter threw). */
export function isFailure(caught: unknown): caught is CallRecordError {
  return caught !== undefined && caught === lastFailure;
}
