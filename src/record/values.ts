import { fail } from './errors';
import type { CallConversationType, CallDirection, CallRecordErrorCode } from './types';

/** An object read from a message or from JSON text: only its own, known keys are ever read. */
export type JsonObject = Record<string, unknown>;

/** An object that is not an array (and not null). */
export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Neither `undefined` nor `null`. */
export function isPresent(value: unknown): boolean {
  return value !== undefined && value !== null;
}

/** A plain decimal integer, with ASCII whitespace around it allowed: no sign but `-`, no `0x`, no exponent. */
const DECIMAL_INTEGER = /^[\t\n\f\r ]*-?[0-9]+[\t\n\f\r ]*$/;

/** A number, or a plain decimal integer string as a number; `NaN` for anything else (`'0x4'`, `'1e0'`, `'+1'`). */
function readNumber(value: unknown): number {
  if (typeof value === 'number') return value;
  return typeof value === 'string' && DECIMAL_INTEGER.test(value) ? Number(value) : NaN;
}

/**
 * A safe integer given as a number or as a plain decimal string (`12`, ` 3 `, `-3`); `NaN` for anything else,
 * including `'0x4'`, `'1e0'`, `'0b10'`, `'+1'`, `'1.5'`, `''`, `1.5` and integers past 2^53.
 */
export function readInteger(value: unknown): number {
  const number = readNumber(value);
  return Number.isSafeInteger(number) ? number : NaN;
}

/*
 * JSON.parse turns an integer past 2^53 into a nearby number: digits are lost, and two ids that differ only
 * in their last digits become equal. Such integers are rare, and finding them costs a scan of the text, so
 * a record is first read as JSON.parse gives it. When that read has parsed JSON text, an id that turns out
 * to be a number past 2^53 may have come from the text: it stops the read (`LOSSY_ID`), and the record is
 * read again with exact digits, in which JSON text keeps long integers under id keys as strings (see
 * json.ts). A read that has parsed no JSON text has nothing to gain from a second read: its lossy number
 * came from an object, whose digits are gone, and it reads as `undefined` at once, as it does with exact
 * digits.
 */
let readingExactDigits = false;
let parsedJsonText = false;

/** Thrown by {@link toId} for an id past 2^53 that may have come from JSON text (see {@link readKeepingDigits}). */
export const LOSSY_ID: unique symbol = Symbol('lossy id');

/** Whether the current read keeps every digit of long integers in JSON text. */
export function isReadingExactDigits(): boolean {
  return readingExactDigits;
}

/** Notes that the current read has parsed JSON text: from now on, a lossy id may have come from it. */
export function noteJsonTextParsed(): void {
  parsedJsonText = true;
}

/**
 * Runs `read(input)`, and once more with exact digits when it stopped on {@link LOSSY_ID}, which it can
 * only do after parsing JSON text. A read nested in another (an input's getter that parses a record) leaves
 * the outer read's state as it found it.
 *
 * @example
 * ```ts
 * const record = readKeepingDigits(readCallRecord, '{"type":1,"channelId":6290737000999815988,"status":4}');
 * record.channelId; // '6290737000999815988'
 * ```
 */
export function readKeepingDigits<Input, Output>(read: (input: Input) => Output, input: Input): Output {
  const outerExactDigits = readingExactDigits;
  const outerParsedJsonText = parsedJsonText;
  readingExactDigits = false;
  parsedJsonText = false;
  try {
    return read(input);
  } catch (caught) {
    if (caught !== LOSSY_ID) throw caught;
    readingExactDigits = true;
    return read(input);
  } finally {
    readingExactDigits = outerExactDigits;
    parsedJsonText = outerParsedJsonText;
  }
}

/** What {@link toId} answers for a value that cannot be an id. */
export const NOT_AN_ID: unique symbol = Symbol('not an id');

/** What error messages say an id should be. */
export const ID_EXPECTED = 'a string, a number or a bigint';

/**
 * An id (message id, account id, channel id) as a string: a string as it is, a safe integer or a bigint
 * (json-bigint, a BigInt reviver) in decimal, every digit kept. `undefined` when absent (`undefined`,
 * `null`, `''`). A finite number that is not a safe integer may have lost digits and never stands for an
 * identity: it reads as `undefined`, except that it throws {@link LOSSY_ID} when the read has parsed JSON
 * text without exact digits (see {@link readKeepingDigits}). {@link NOT_AN_ID} for anything else.
 */
export function toId(value: unknown): string | undefined | typeof NOT_AN_ID {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value === 'string') return value;
  if (typeof value === 'bigint') return String(value);
  if (typeof value !== 'number' || !Number.isFinite(value)) return NOT_AN_ID;
  if (Number.isSafeInteger(value)) return String(value);
  if (parsedJsonText && !readingExactDigits) throw LOSSY_ID;
  return undefined;
}

/** An id (see {@link toId}); anything else fails at `path`. */
export function readId(
  value: unknown,
  path: string,
  code: CallRecordErrorCode = 'invalid-field',
): string | undefined {
  const id = toId(value);
  return id === NOT_AN_ID ? fail(path, value, ID_EXPECTED, code) : id;
}

/** Epoch milliseconds: a finite number, or a decimal integer string; `undefined` when absent or `''`. */
export function readTimestamp(value: unknown, path: string): number | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const timestamp = readNumber(value);
  return Number.isFinite(timestamp) ? timestamp : fail(path, value, 'a number');
}

/**
 * The kind of conversation a message states: V2 `conversationType` (1, 2, 3), the server copy's `convType`
 * (`'PERSON'`, `'TEAM'`, `'SUPER_TEAM'`) or v9 `scene` (`'p2p'`, `'team'`, `'superTeam'`). `undefined` for
 * anything else (V2's `0` of an unsent message, a chat room, a value NIM does not define): it never fails a
 * record, since it only ever narrows whom a call-back reaches.
 */
export function readConversationType(value: unknown): CallConversationType | undefined {
  switch (value) {
    case 1:
    case 'PERSON':
    case 'p2p':
      return 'p2p';
    case 2:
    case 'TEAM':
    case 'team':
      return 'team';
    case 3:
    case 'SUPER_TEAM':
    case 'superTeam':
      return 'superTeam';
    default:
      return undefined;
  }
}

/**
 * The direction a message states from the local user's side: V2 `isSelf` (`true` / `false`) or v9 `flow`
 * (`'out'` / `'in'`). `undefined` for anything else.
 */
export function readDirection(value: unknown): CallDirection | undefined {
  if (value === true || value === 'out') return 'outgoing';
  if (value === false || value === 'in') return 'incoming';
  return undefined;
}
