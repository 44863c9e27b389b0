import { MAX_CALL_RECORD_DURATIONS } from './codes';
import { fail, quoteForMessage } from './errors';
import type { CallDuration } from './types';
import { ID_EXPECTED, NOT_AN_ID, isObject, isPresent, readInteger, toId } from './values';
import type { JsonObject } from './values';

/** Fails with `'too-large'` when a record claims more duration entries than {@link MAX_CALL_RECORD_DURATIONS}. */
function checkCount(count: number, path: string): void {
  if (count > MAX_CALL_RECORD_DURATIONS)
    fail(`${path} length`, count, `at most ${MAX_CALL_RECORD_DURATIONS}`, 'too-large');
}

/** Seconds in the call: a non-negative integer (a number or a decimal string), else `NaN`. `-0` reads as `0`. */
function toSeconds(value: unknown): number {
  const seconds = readInteger(value);
  if (seconds === 0) return 0;
  return seconds > 0 ? seconds : NaN;
}

/** Fails because `value`, at `path`, is not a number of seconds. */
function failSeconds(path: string, value: unknown): never {
  return fail(path, value, 'a non-negative integer', 'invalid-durations');
}

/** Seconds in the call (see {@link toSeconds}); anything else fails at `path`. */
function readSeconds(value: unknown, path: string): number {
  const seconds = toSeconds(value);
  return Number.isNaN(seconds) ? failSeconds(path, value) : seconds;
}

/**
 * The `caller` flag of a server-written entry: `true` / `false` (also as strings, since the server copy
 * writes every value as a string); `undefined` when absent or anything else.
 */
function readCallerFlag(value: unknown): boolean | undefined {
  if (value === true || value === 'true') return true;
  if (value === false || value === 'false') return false;
  return undefined;
}

/**
 * One entry of a durations list: `{ accountId | accid, duration, caller? }`; the account may be absent.
 * Its path (`attach.durations[1].duration`) is only spelled out when something is wrong.
 */
function readDurationEntry(entry: unknown, listPath: string, index: number): CallDuration {
  if (!isObject(entry)) return fail(`${listPath}[${index}]`, entry, 'an object', 'invalid-durations');
  const account = entry.accountId ?? entry.accid;
  const accountId = toId(account);
  if (accountId === NOT_AN_ID)
    fail(`${listPath}[${index}].accountId`, account, ID_EXPECTED, 'invalid-durations');
  const duration = entry.duration;
  const seconds = toSeconds(duration);
  if (Number.isNaN(seconds)) failSeconds(`${listPath}[${index}].duration`, duration);
  return { accountId, seconds, caller: readCallerFlag(entry.caller) };
}

/** A durations list, as G2 attaches write it: `[{ accid, duration }, …]`. */
function readDurationList(list: readonly unknown[], path: string): CallDuration[] {
  checkCount(list.length, path);
  const durations: CallDuration[] = [];
  for (let i = 0; i < list.length; i++) durations.push(readDurationEntry(list[i], path, i));
  return durations;
}

/** A durations map, as the iOS object writes it: `{ [accid]: seconds }` (own keys only). */
function readDurationMap(map: JsonObject, path: string): CallDuration[] {
  const accounts = Object.keys(map);
  checkCount(accounts.length, path);
  const durations: CallDuration[] = [];
  for (const account of accounts) {
    const value = map[account];
    const seconds = toSeconds(value);
    // The path quotes the account only when it is needed: `input.durations["bob"]`.
    if (Number.isNaN(seconds)) failSeconds(`${path}[${quoteForMessage(account)}]`, value);
    durations.push({ accountId: account === '' ? undefined : account, seconds, caller: undefined });
  }
  return durations;
}

/**
 * Reads durations: a list of `{ accid | accountId, duration, caller? }` entries or an accid → seconds map.
 * Absent durations read as an empty list.
 *
 * @param path - where the durations are, for error messages: `attach.durations`.
 */
export function readDurations(value: unknown, path: string): CallDuration[] {
  if (!isPresent(value)) return [];
  if (Array.isArray(value)) return readDurationList(value, path);
  if (isObject(value)) return readDurationMap(value, path);
  return fail(path, value, 'an array or a map', 'invalid-durations');
}

/** A G1 bill's single `duration` for the whole call, as one entry that names nobody; none when absent. */
export function readWholeCallDuration(value: unknown, path: string): CallDuration[] {
  if (!isPresent(value)) return [];
  return [{ accountId: undefined, seconds: readSeconds(value, path), caller: undefined }];
}
