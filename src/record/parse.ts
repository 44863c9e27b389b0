import {
  CALL_STATUS_CODES,
  CALL_TYPE_CODES,
  MAX_CALL_RECORD_DURATIONS,
  MAX_CALL_RECORD_INPUT_LENGTH,
} from './codes';
import type {
  CallDuration,
  CallRecord,
  CallRecordError,
  CallRecordErrorCode,
  CallRecordSource,
  CallStatus,
  CallType,
  ParseCallRecordResult,
} from './types';

/** @internal */
export type Rec = Record<string, unknown>;

/*
 * How this stays safe, fast and small:
 * - Only known fields are read, each once, so cycles, deep nesting and unknown keys elsewhere are never
 *   walked, and nothing from the input is ever used as a key of something built here.
 * - A broken record (or an input that is none) stops the parse: `bad` throws the error (remembered in
 *   `failure`), which the single try/catch in parseCallRecord turns into a result. Any other exception (a
 *   getter or a Proxy trap that throws) becomes an 'invalid-field' error. Values in messages are described
 *   by typeof, so no user toString/valueOf ever runs, and no `==` ever compares an input value with a
 *   non-null.
 * - Paths and messages are only built when something is wrong.
 */
/** The last error `bad` threw, to tell it apart from anything a hostile getter throws. */
let failure: CallRecordError | undefined;

/**
 * Fails with `<path>: <value> is not <expected>` (code `'invalid-field'` unless given). The value is described
 * without running any user code: a string (cut to 40 characters) as JSON, null and numbers as they are, an
 * array as `an array`, anything else by its typeof (`undefined`, `boolean`, `object`, `symbol`, …).
 */
const bad = (
  path: string,
  v: unknown,
  expected: string,
  code: CallRecordErrorCode = 'invalid-field',
): never => {
  throw (failure = {
    code,
    message: `${path}: ${
      typeof v == 'string'
        ? JSON.stringify(v.slice(0, 40))
        : v === null || typeof v == 'number'
          ? v
          : Array.isArray(v)
            ? 'an array'
            : typeof v
    } is not ${expected}`,
  });
};

/** @internal */
export const isObj = (v: unknown): v is Rec => typeof v == 'object' && v !== null && !Array.isArray(v);

/** A number, or a numeric string ("12", " 3 ", "-3", "1.5"); anything else (also '' and "  ") is NaN. */
const num = (v: unknown): number => (typeof v == 'number' ? v : typeof v == 'string' && v.trim() ? +v : NaN);

const ID = 'a non-empty string';

/** An id as a string ('' when absent: null, undefined or ''), or undefined when it is unusable. */
const norm = (v: unknown): string | undefined =>
  v == null ? '' : typeof v == 'string' ? v : typeof v == 'number' && isFinite(v) ? '' + v : undefined;

/** The optional message field `k` of `o`, an id: a non-empty string, or a finite number as a string. */
const id = (o: Rec, k?: string): string | undefined => {
  const v = k && o[k];
  return (norm(v) ?? bad(k as string, v, ID)) || undefined;
};

/** An object, or a JSON string of one (at most {@link MAX_CALL_RECORD_INPUT_LENGTH} long). */
const obj = (v: unknown, path: string): Rec => {
  if (typeof v == 'string') {
    if (v.length > MAX_CALL_RECORD_INPUT_LENGTH)
      bad(path + ' length', v.length, 'at most ' + MAX_CALL_RECORD_INPUT_LENGTH, 'too-large');
    try {
      v = JSON.parse(v);
    } catch {
      bad(path, v, 'valid JSON', 'invalid-json');
    }
  }
  return isObj(v) ? v : bad(path, v, 'an object');
};

/**
 * Reads durations: an array of `{ accid | accountId, duration }` or an accid → seconds map (own keys only).
 * `p` is where the durations are (`attach`, `attachment`, `input` for iOS), for messages only.
 */
const durations = (d: unknown, p: string): CallDuration[] => {
  const out: CallDuration[] = [];
  // Absent durations read as an empty list.
  if (typeof (d ??= out) != 'object') bad(p + '.durations', d, 'an array or a map', 'invalid-durations');
  const list = Array.isArray(d);
  const items: unknown[] = list ? (d as unknown[]) : Object.keys(d as Rec);
  const n = items.length;
  // e.g. `attach.durations length: 65 is not at most 64`
  if (n > MAX_CALL_RECORD_DURATIONS)
    bad(p + '.durations length', n, 'at most ' + MAX_CALL_RECORD_DURATIONS, 'too-large');
  for (let i = 0; i < n; i++) {
    const k = items[i] as string;
    // A primitive or null entry reads as one without an account id.
    const e = (list ? (k ?? {}) : 0) as unknown as Rec;
    const a: unknown = list ? (e.accountId ?? e.accid) : k;
    const s: unknown = list ? e.duration : (d as Rec)[k];
    const accountId = norm(a);
    const seconds = num(s);
    if (!accountId || !(seconds >= 0 && seconds % 1 == 0))
      // e.g. `attach.durations[1].duration`, `attach.durations[1].accountId` (also for `accid`),
      // `input.durations.bob`
      bad(
        p + '.durations' + (list ? `[${i}].${accountId ? 'duration' : 'accountId'}` : '.' + k.slice(0, 40)),
        accountId ? s : a,
        accountId ? 'a non-negative integer' : ID,
        'invalid-durations',
      );
    out.push({ accountId: accountId as string, seconds: seconds || 0 });
  }
  return out;
};

/**
 * Per shape, a row of: the source, then the keys of the attach ('' for the iOS object, which is its own
 * attach; a bare attach is read as `{ attach: input }`), type, status, client id, server id, sender,
 * receiver, time, and the direction from the local user's side (`isSelf` or `flow`).
 * @internal
 */
export type Row = [CallRecordSource, string, string, string, ...string[]];
const ATTACH = 'attach attach type status'.split(' ') as Row;
const IOS = 'ios-object  callType callStatus'.split(' ') as Row;
const V2 =
  'v2-message attachment type status messageClientId messageServerId senderId receiverId createTime isSelf'.split(
    ' ',
  ) as Row;
const SERVER = 'server-copy attach type status msgidClient msgidServer fromAccount to msgTimestamp'.split(
  ' ',
) as Row;
const V9 = 'v9-message attach type status idClient idServer from to time flow'.split(' ') as Row;

/**
 * Which shape an object is (its row), or a falsy value when it is not recognizably a call record: a message of another
 * type, or an object with fewer than two of the attach keys type/status/channelId.
 * @internal
 */
export const kind = (o: Rec): Row | false | undefined => {
  const mt = o.messageType;
  const st = o.msgType;
  const t = o.type;
  return mt != null
    ? (mt === 12 || mt === '12') && V2
    : st != null
      ? st === 'NRTC_NETCALL' && SERVER
      : t === 'g2'
        ? V9
        : o.callType != null || o.callStatus != null
          ? IOS
          : // A v9 message of another kind has a word as its type.
            (typeof t != 'string' || t < 'A') &&
            +(t != null) + +(o.status != null) + +(o.channelId != null) > 1 &&
            ATTACH;
};

const build = (o: Rec, [source, ak, tk, sk, ci, si, fi, ri, mi, di]: Row): CallRecord => {
  // Where messages say the attach fields are: `attach`, `attachment`, or `input` for the iOS object.
  const p = ak || 'input';
  const a = ak ? obj(o[ak], ak) : o;
  // A V2 attachment may carry only `raw`, the original attach JSON: read a field from it when the
  // attachment lacks it (messages still name the attachment's field).
  let r: Rec | undefined;
  const get = (k: string): unknown =>
    a[k] ?? (typeof a.raw == 'string' ? (r ||= obj(a.raw, p + '.raw'))[k] : undefined);
  const t = get(tk);
  const s = get(sk);
  const c = get('channelId') ?? get('channelID');
  const callType: CallType =
    (CALL_TYPE_CODES as Record<number, CallType>)[num(t)] ??
    bad(p + '.' + tk, t, 'one of 1-2', 'invalid-call-type');
  const status: CallStatus =
    (CALL_STATUS_CODES as Record<number, CallStatus>)[num(s)] ??
    bad(p + '.' + sk, s, 'one of 1-5', 'invalid-status');
  const channelId = norm(c) || bad(p + '.channelId', c, ID);
  // Message fields: the bare attach and the iOS object carry none.
  const clientId = id(o, ci);
  const serverId = id(o, si);
  const time = mi && o[mi];
  const timestamp = time == null || time === '' ? undefined : num(time);
  if (!isFinite(timestamp ?? 0)) bad(mi as string, time, 'a number');
  const dir = di && o[di];
  return {
    id: clientId || serverId || `call:${source}:${channelId}:${status}:${timestamp ?? ''}`,
    serverId,
    channelId,
    callType,
    status,
    senderId: id(o, fi),
    receiverId: id(o, ri),
    timestamp,
    direction:
      dir === true || dir === 'out' ? 'outgoing' : dir === false || dir === 'in' ? 'incoming' : undefined,
    durations: durations(get('durations'), p),
    source,
  };
};

/**
 * Reads a NIM call record (话单) from any shape it arrives in and normalizes it into a {@link CallRecord}.
 * Never throws, for any input: always returns `{ ok: true, record }` or `{ ok: false, error }`.
 *
 * Accepted shapes, each also as a JSON string:
 * - the bare attach `{ type, channelId, status, durations }` (source `'attach'`);
 * - the server copy / webhook payload with `msgType: "NRTC_NETCALL"`, every field a string and `attach` a
 *   JSON string or an object (`'server-copy'`);
 * - a Web SDK v10 `V2NIMMessage` with `messageType` 12, whose `attachment` may carry only `raw`, the
 *   original attach JSON (`'v2-message'`);
 * - a Web SDK v9 message with `type: 'g2'` (`'v9-message'`);
 * - an iOS-style `NIMRtcCallRecordObject` `{ callType, callStatus, channelID, durations }` (`'ios-object'`).
 *
 * Numbers may be numeric strings; `channelId` and ids may be numbers (they become strings); durations may
 * be an array of `{ accid | accountId, duration }` or an accid → seconds map, and are `[]` when absent.
 * `id` is the client message id, else the server id, else `call:<source>:<channelId>:<status>:<timestamp>`.
 *
 * Errors: `'not-a-call-record'` when the input is something else (a text message, `null`, a plain string,
 * a message of another type): skip it in a mixed list. Every other code means a broken call record:
 * `'invalid-json'`, `'invalid-call-type'`, `'invalid-status'`, `'invalid-durations'`, `'invalid-field'`
 * (a missing or mistyped field, or an input whose getters or proxy traps throw) and `'too-large'` (over
 * {@link MAX_CALL_RECORD_INPUT_LENGTH} or {@link MAX_CALL_RECORD_DURATIONS}). `error.message` names the field, e.g.
 * `attach.status: 9 is not one of 1-5`, and is safe to show (echoed values are cut to 40 characters).
 *
 * @param input - anything: a message object, a JSON string, or junk.
 * @returns the normalized record, or a typed error.
 * @example
 * ```ts
 * const result = parseCallRecord('{"type":1,"channelId":123,"status":1,"durations":[{"accid":"a","duration":10}]}');
 * if (result.ok) result.record.durations[0]?.seconds; // 10
 * else console.warn(result.error.code, result.error.message);
 * ```
 */
export function parseCallRecord(input: unknown): ParseCallRecordResult {
  try {
    let o = input;
    // Any string over the limit is 'too-large' before it is looked at.
    if (typeof o == 'string' && (o.length > MAX_CALL_RECORD_INPUT_LENGTH || o.trimStart()[0] == '{'))
      o = obj(o, 'input');
    const row = isObj(o) && kind(o);
    return row
      ? { ok: true, record: build(row == ATTACH ? { attach: o } : (o as Rec), row) }
      : bad('input', o, 'a call record', 'not-a-call-record');
  } catch (e) {
    return {
      ok: false,
      error: e && e === failure ? failure : { code: 'invalid-field', message: 'input: could not be read' },
    };
  }
}
