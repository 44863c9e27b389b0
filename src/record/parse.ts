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
 * Fails with `<path>: <value> is not <expected>`, or `<path>: missing, expected <expected>`. The value is
 * described without running any user code; strings are cut to 40 characters.
 */
const bad = (code: CallRecordErrorCode, path: string, v: unknown, expected: string): never => {
  throw (failure = {
    code,
    message: `${path}: ${
      v === undefined
        ? 'missing, expected'
        : (typeof v == 'string'
            ? JSON.stringify(v.slice(0, 40))
            : v === null || typeof v == 'number' || typeof v == 'boolean'
              ? String(v)
              : Array.isArray(v)
                ? 'an array'
                : 'a value of type ' + typeof v) + ' is not'
    } ${expected}`,
  });
};

const at = (p: string, k: string): string => (p ? p + '.' : '') + k;

/** e.g. `attach.durations length: 65 is not at most 64`. */
const over = (path: string, n: number, max: number): never =>
  bad('too-large', path + ' length', n, 'at most ' + max);

/** @internal */
export const isObj = (v: unknown): v is Rec => typeof v == 'object' && v !== null && !Array.isArray(v);

/** A number, or a numeric string ("12", " 3 ", "-3", "1.5"); anything else (also '' and "  ") is NaN. */
const num = (v: unknown): number => (typeof v == 'number' ? v : typeof v == 'string' && v.trim() ? +v : NaN);

const ID = 'a non-empty string';

/** An id as a string ('' when absent: null, undefined or ''), or undefined when it is unusable. */
const norm = (v: unknown): string | undefined =>
  v == null ? '' : typeof v == 'string' ? v : typeof v == 'number' && isFinite(v) ? '' + v : undefined;

/** An id field: a non-empty string, or a finite number as a string; absent is undefined. */
const id = (v: unknown, k: string, p = '', required?: boolean): string | undefined => {
  const s = norm(v);
  return s || (s === '' && !required) ? s || undefined : bad('invalid-field', at(p, k), v, ID);
};

const json = (s: string, path: string): unknown => {
  if (s.length > MAX_CALL_RECORD_INPUT_LENGTH) over(path, s.length, MAX_CALL_RECORD_INPUT_LENGTH);
  try {
    return JSON.parse(s);
  } catch {
    throw (failure = { code: 'invalid-json', message: path + ': not valid JSON' });
  }
};

/** An object, or a JSON string of one. */
const obj = (v: unknown, path: string): Rec => {
  const o = typeof v == 'string' ? json(v, path) : v;
  return isObj(o) ? o : bad('invalid-field', path, o, 'an object');
};

/**
 * Reads durations: an array of `{ accid | accountId, duration }` or an accid → seconds map (own keys only).
 * `p` is where the durations are (`attach`, `attachment`, '' for iOS), for messages only.
 */
const durations = (d: unknown, p: string): CallDuration[] => {
  const out: CallDuration[] = [];
  if (d == null) return out;
  if (typeof d != 'object') bad('invalid-durations', at(p, 'durations'), d, 'an array or a map');
  const list = Array.isArray(d);
  const items: unknown[] = list ? (d as unknown[]) : Object.keys(d as Rec);
  const n = items.length;
  if (n > MAX_CALL_RECORD_DURATIONS) over(at(p, 'durations'), n, MAX_CALL_RECORD_DURATIONS);
  for (let i = 0; i < n; i++) {
    let k = items[i] as string;
    let a: unknown = k;
    let s: unknown;
    if (list) {
      // A primitive or null entry reads as one without an account id.
      const e = (k ?? {}) as unknown as Rec;
      a = e.accountId;
      k = 'accountId';
      if (a === undefined) {
        a = e.accid;
        k = 'accid';
      }
      s = e.duration;
    } else s = (d as Rec)[k];
    const accountId = norm(a);
    const seconds = num(s);
    if (!accountId || !(seconds >= 0 && seconds % 1 == 0)) {
      // e.g. `attach.durations[1].duration`, `attach.durations[1].accid`, `durations.bob`
      bad(
        'invalid-durations',
        list
          ? `${at(p, 'durations')}[${i}].${accountId ? 'duration' : k}`
          : at(p, 'durations.') + k.slice(0, 40),
        accountId ? s : a,
        accountId ? 'a non-negative whole number of seconds' : ID,
      );
    }
    out.push({ accountId: accountId as string, seconds: seconds || 0 });
  }
  return out;
};

/**
 * Per shape, the keys of: the attach ('' when the input is the attach), type, status, client id, server id,
 * sender, receiver, time, and the direction from the local user's side (`isSelf` or `flow`).
 */
const KEYS: Record<CallRecordSource, string[]> = {
  attach: ' type status'.split(' '),
  'ios-object': ' callType callStatus'.split(' '),
  'v2-message':
    'attachment type status messageClientId messageServerId senderId receiverId createTime isSelf'.split(' '),
  'server-copy': 'attach type status msgidClient msgidServer fromAccount to msgTimestamp'.split(' '),
  'v9-message': 'attach type status idClient idServer from to time flow'.split(' '),
};

/**
 * Which shape an object is, or a falsy value when it is not recognizably a call record: a message of another
 * type, or an object with fewer than two of the attach keys type/status/channelId.
 * @internal
 */
export const kind = (o: Rec): CallRecordSource | false | undefined => {
  const mt = o.messageType;
  const st = o.msgType;
  const t = o.type;
  return mt != null
    ? (mt === 12 || mt === '12') && 'v2-message'
    : st != null
      ? st === 'NRTC_NETCALL' && 'server-copy'
      : t === 'g2'
        ? 'v9-message'
        : o.callType != null || o.callStatus != null
          ? 'ios-object'
          : // A v9 message of another kind has a word as its type.
            (typeof t != 'string' || t < 'A') &&
            +(t != null) + +(o.status != null) + +(o.channelId != null) > 1 &&
            'attach';
};

const build = (o: Rec, source: CallRecordSource): CallRecord => {
  const [ak, tk = '', sk = '', ci, si, fi, ri, mi, di] = KEYS[source];
  // Where messages say a field is: the attach key, 'attach' for a bare attach, '' for the iOS object.
  const p = ak || (tk == 'type' ? 'attach' : '');
  const a = ak ? obj(o[ak], ak) : o;
  // A V2 attachment may carry only `raw`, the original attach JSON: read a field from it when the
  // attachment lacks it (messages still name the attachment's field).
  let r: Rec | undefined;
  const raw = (k: string): unknown =>
    typeof a.raw == 'string' ? (r ||= obj(a.raw, at(p, 'raw')))[k] : undefined;
  const t = a[tk] ?? raw(tk);
  const s = a[sk] ?? raw(sk);
  const c = a.channelId ?? a.channelID ?? raw('channelId') ?? raw('channelID');
  const callType: CallType =
    (CALL_TYPE_CODES as Record<number, CallType>)[num(t)] ??
    bad('invalid-call-type', at(p, tk), t, 'one of 1-2');
  const status: CallStatus =
    (CALL_STATUS_CODES as Record<number, CallStatus>)[num(s)] ??
    bad('invalid-status', at(p, sk), s, 'one of 1-5');
  const channelId = id(c, 'channelId', p, true) as string;
  // Message fields: the bare attach and the iOS object carry none.
  const clientId = ci && id(o[ci], ci);
  const serverId = si && id(o[si], si);
  const time = mi && o[mi];
  let timestamp: number | undefined;
  if (time != null && time !== '') {
    timestamp = num(time);
    if (!isFinite(timestamp)) bad('invalid-field', mi as string, time, 'a number');
  }
  const dir = di && o[di];
  return {
    id: clientId || serverId || `call:${source}:${channelId}:${status}:${timestamp ?? ''}`,
    serverId: serverId as string | undefined,
    channelId,
    callType,
    status,
    senderId: fi && id(o[fi], fi),
    receiverId: ri && id(o[ri], ri),
    timestamp,
    direction:
      dir === true || dir === 'out' ? 'outgoing' : dir === false || dir === 'in' ? 'incoming' : undefined,
    durations: durations(a.durations ?? raw('durations'), p),
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
      o = json(o, 'input');
    const source = isObj(o) && kind(o);
    return source
      ? { ok: true, record: build(o as Rec, source) }
      : bad('not-a-call-record', 'input', o, 'a call record');
  } catch (e) {
    return {
      ok: false,
      error:
        e && e === failure
          ? failure
          : { code: 'invalid-field', message: 'input: could not be read (a getter threw)' },
    };
  }
}
