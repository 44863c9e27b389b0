import { CALL_STATUS_CODES, CALL_TYPE_CODES } from './codes';
import { readDurations, readWholeCallDuration } from './durations';
import { fail, isFailure } from './errors';
import { readObject, readStringInput } from './json';
import { legacyKindById, legacyKindByName, recognizeShape } from './shapes';
import type { CallShape, G1Shape, G2Shape, LegacyCallKind, LegacyCallShape, MessageKeys } from './shapes';
import type {
  CallConversationType,
  CallDirection,
  CallDuration,
  CallRecord,
  CallRecordSource,
  CallStatus,
  CallType,
  ParseCallRecordResult,
} from './types';
import {
  isPresent,
  readConversationType,
  readDirection,
  readId,
  readInteger,
  readKeepingDigits,
  readTimestamp,
} from './values';
import type { JsonObject } from './values';

/*
 * How this stays safe and fast:
 * - Only known fields are read, each once, so cycles, deep nesting and unknown keys elsewhere are never
 *   walked, and nothing from the input is ever used as a key of something built here.
 * - Values are told apart by typeof and strict comparisons, so no toString or valueOf of the input runs.
 * - A broken record stops the parse by throwing (see errors.ts); parseCallRecord's single try/catch turns
 *   that, or anything a hostile getter or Proxy trap throws, into a result.
 */

/** The code tables, read by number: any other number reads as `undefined`. */
const CALL_TYPES: Readonly<Record<number, CallType | undefined>> = CALL_TYPE_CODES;
const CALL_STATUSES: Readonly<Record<number, CallStatus | undefined>> = CALL_STATUS_CODES;

/**
 * A call-type code (1 audio, 2 video) as a number or a decimal string; anything else fails at
 * `<container>.<key>`.
 */
function readCallType(value: unknown, container: string, key: string): CallType {
  return (
    CALL_TYPES[readInteger(value)] ?? fail(`${container}.${key}`, value, 'one of 1-2', 'invalid-call-type')
  );
}

/** A status code (1–5) as a number or a decimal string; anything else fails at `<container>.<key>`. */
function readStatus(value: unknown, container: string, key: string): CallStatus {
  return (
    CALL_STATUSES[readInteger(value)] ?? fail(`${container}.${key}`, value, 'one of 1-5', 'invalid-status')
  );
}

/** The message fields of a record, read with a shape's {@link MessageKeys}. */
interface MessageFields {
  readonly clientId: string | undefined;
  readonly serverId: string | undefined;
  readonly senderId: string | undefined;
  readonly receiverId: string | undefined;
  readonly timestamp: number | undefined;
  readonly direction: CallDirection | undefined;
  readonly conversationType: CallConversationType | undefined;
  readonly conversationId: string | undefined;
}

/**
 * Reads the message fields (ids, sender, receiver, time, direction) a shape has; a field the shape lacks
 * (its key is `undefined`) reads as `undefined`. Each field is read on its own line rather than through a
 * shared helper: a property read that always sees the same key stays fast (the parse bench row).
 */
function readMessageFields(message: JsonObject, keys: MessageKeys): MessageFields {
  const { clientIdKey, serverIdKey, senderKey, receiverKey, timeKey, directionKey } = keys;
  const { conversationTypeKey, conversationIdKey } = keys;
  return {
    clientId: clientIdKey === undefined ? undefined : readId(message[clientIdKey], clientIdKey),
    serverId: serverIdKey === undefined ? undefined : readId(message[serverIdKey], serverIdKey),
    senderId: senderKey === undefined ? undefined : readId(message[senderKey], senderKey),
    receiverId: receiverKey === undefined ? undefined : readId(message[receiverKey], receiverKey),
    timestamp: timeKey === undefined ? undefined : readTimestamp(message[timeKey], timeKey),
    direction: directionKey === undefined ? undefined : readDirection(message[directionKey]),
    conversationType:
      conversationTypeKey === undefined ? undefined : readConversationType(message[conversationTypeKey]),
    conversationId:
      conversationIdKey === undefined ? undefined : readId(message[conversationIdKey], conversationIdKey),
  };
}

/**
 * The id of a record that carries no message id: `call:` and the JSON of every other field of the record,
 * `[source, channelId, callType, status, senderId, receiverId, timestamp, direction, durations]`, each
 * duration as `[accountId, seconds, caller]` and an absent field as `null`, then `conversationType` and
 * `conversationId` only when the message states either (so the ids of records without them, every bare
 * attach among them, stay what they were in 1.0). Two records share it only when
 * they agree on every field, so it tells apart any two calls the record can tell apart (JSON quotes every
 * id, so no separator inside one can make two records one), and the same input always gets the same id.
 */
function contentIdOf(
  source: CallRecordSource,
  message: MessageFields,
  channelId: string | undefined,
  callType: CallType,
  status: CallStatus,
  durations: readonly CallDuration[],
): string {
  const { senderId, receiverId, timestamp, direction, conversationType, conversationId } = message;
  const durationFields = durations.map((duration) => [duration.accountId, duration.seconds, duration.caller]);
  const fields: unknown[] = [
    source,
    channelId,
    callType,
    status,
    senderId,
    receiverId,
    timestamp,
    direction,
    durationFields,
  ];
  if (conversationType !== undefined || conversationId !== undefined) {
    fields.push(conversationType ?? null, conversationId ?? null);
  }
  return `call:${JSON.stringify(fields)}`;
}

/**
 * The record. Its identity is the client message id, else the server id, else one made of its content
 * (see {@link contentIdOf}).
 */
function buildRecord(
  source: CallRecordSource,
  message: MessageFields,
  channelId: string | undefined,
  callType: CallType,
  status: CallStatus,
  durations: CallDuration[],
): CallRecord {
  const { clientId, serverId } = message;
  return {
    id: clientId ?? serverId ?? contentIdOf(source, message, channelId, callType, status, durations),
    serverId,
    channelId,
    callType,
    status,
    senderId: message.senderId,
    receiverId: message.receiverId,
    timestamp: message.timestamp,
    direction: message.direction,
    conversationType: message.conversationType,
    conversationId: message.conversationId,
    durations,
    source,
  };
}

// ---- G2: attach with numeric codes ---------------------------------------------------------------

/** The attach of a G2 record; its `raw` JSON text (V2) is parsed only when a field is missing. */
interface Attach {
  /** How error messages name the attach. */
  readonly name: string;
  readonly fields: JsonObject;
  readonly rawKey: string | undefined;
  /** The parsed raw JSON: `undefined` before it is needed, `null` when there is none. */
  raw: JsonObject | null | undefined;
}

/** The attach of a message (an object or JSON text of one), or the input itself for a bare attach. */
function readAttach(input: JsonObject, shape: CallShape): Attach {
  const { attachKey, attachName } = shape;
  const fields = attachKey === undefined ? input : readObject(input[attachKey], attachName);
  return { name: attachName, fields, rawKey: shape.rawKey, raw: undefined };
}

/** The attach's raw JSON as an object, parsed on first use; `null` when the shape or attach has none. */
function readRaw(attach: Attach): JsonObject | null {
  if (attach.raw === undefined) {
    attach.raw = null;
    const text = attach.rawKey === undefined ? undefined : attach.fields[attach.rawKey];
    if (typeof text === 'string') attach.raw = readObject(text, `${attach.name}.${attach.rawKey}`);
  }
  return attach.raw;
}

/** A field of the attach; when the attach lacks it, the same field of its raw JSON. */
function readAttachField(attach: Attach, key: string): unknown {
  const value = attach.fields[key];
  return isPresent(value) ? value : readRaw(attach)?.[key];
}

/**
 * An optional field of the attach, as {@link readAttachField} reads it, except that a raw JSON text that
 * cannot be read makes the field absent: a full attachment never fails because of its `raw`.
 */
function readOptionalAttachField(attach: Attach, key: string): unknown {
  try {
    return readAttachField(attach, key);
  } catch (caught) {
    if (isFailure(caught)) return undefined;
    throw caught;
  }
}

/** The channel id under the first of `keys` that holds one; `undefined` when none does or it is empty. */
function readChannelId(attach: Attach, keys: readonly string[]): string | undefined {
  for (const key of keys) {
    const value = readOptionalAttachField(attach, key);
    if (isPresent(value)) return readId(value, `${attach.name}.${key}`);
  }
  return undefined;
}

/** Reads a G2 record: numeric codes in an attach, message fields around it. */
function readG2Record(input: JsonObject, shape: G2Shape): CallRecord {
  const attach = readAttach(input, shape);
  const { typeKey, statusKey } = shape;
  const callType = readCallType(readAttachField(attach, typeKey), attach.name, typeKey);
  const status = readStatus(readAttachField(attach, statusKey), attach.name, statusKey);
  const channelId = readChannelId(attach, shape.channelIdKeys);
  const message = readMessageFields(input, shape);
  const durations = readDurations(readOptionalAttachField(attach, 'durations'), `${attach.name}.durations`);
  return buildRecord(shape.source, message, channelId, callType, status, durations);
}

// ---- G1: legacy notifications --------------------------------------------------------------------

/** The kind of a G1 notification (missed, bill, rejected), from the attach `type` or the input `id`. */
function readLegacyKind(input: JsonObject, attach: JsonObject, shape: LegacyCallShape): LegacyCallKind {
  if (shape.kindIn === 'attach-type') {
    const name = attach.type;
    return (
      legacyKindByName(name) ?? fail(`${shape.attachKey}.type`, name, 'a call notification', 'invalid-status')
    );
  }
  const id = input.id;
  return legacyKindById(id) ?? fail('id', id, 'one of 101-103', 'invalid-status');
}

/** Of a G1 call's two accounts, the one that is not the caller; `undefined` when that cannot be told. */
function readOtherAccount(accounts: unknown, callerId: string | undefined, path: string): string | undefined {
  if (callerId === undefined || !Array.isArray(accounts) || accounts.length !== 2) return undefined;
  const first = readId(accounts[0], `${path}[0]`);
  const second = readId(accounts[1], `${path}[1]`);
  if (first === callerId) return second;
  return second === callerId ? first : undefined;
}

/**
 * Reads a G1 notification. The caller is the attach's `from` when it has one, else, for a bill only, the
 * message sender. Only when the caller sent the message do its receiver and `flow` say who the callee is
 * and which way the call went.
 */
function readG1Record(input: JsonObject, shape: G1Shape): CallRecord {
  const { attachKey } = shape;
  const attach = readObject(input[attachKey], attachKey);
  const kind = readLegacyKind(input, attach, shape);
  const callType = readCallType(attach[shape.typeKey], attachKey, shape.typeKey);
  const channelId = readId(attach[shape.channelIdKey], `${attachKey}.${shape.channelIdKey}`);
  const message = readMessageFields(input, shape);
  const namedCaller = readId(attach.from, `${attachKey}.from`);
  const callerId = namedCaller ?? (kind.sentByCaller ? message.senderId : undefined);
  const callerSentMessage = callerId !== undefined && callerId === message.senderId;
  const otherAccount = readOtherAccount(
    attach[shape.accountsKey],
    callerId,
    `${attachKey}.${shape.accountsKey}`,
  );
  const durations = readWholeCallDuration(attach.duration, `${attachKey}.duration`);
  const callTime = readTimestamp(attach.time, `${attachKey}.time`);
  const call: MessageFields = {
    clientId: message.clientId,
    serverId: message.serverId,
    senderId: callerId,
    receiverId: otherAccount ?? (callerSentMessage ? message.receiverId : undefined),
    timestamp: message.timestamp ?? callTime,
    direction: callerSentMessage ? message.direction : undefined,
    conversationType: message.conversationType,
    conversationId: message.conversationId,
  };
  return buildRecord(shape.source, call, channelId, callType, kind.status, durations);
}

// ---- entry ---------------------------------------------------------------------------------------

/** Stops the parse: `input` is something other than a call record. */
function failNotACallRecord(input: unknown): never {
  return fail('input', input, 'a call record', 'not-a-call-record');
}

/** Reads any input into a record, or throws (see errors.ts). */
function readCallRecord(input: unknown): CallRecord {
  const message = typeof input === 'string' ? readStringInput(input) : input;
  const shape = recognizeShape(message);
  if (shape === undefined) return failNotACallRecord(message);
  // A recognized shape was read from an object.
  const object = message as JsonObject;
  if (shape.generation === 'G1') return readG1Record(object, shape);
  return readG2Record(object, shape);
}

/**
 * Reads a NIM call record (话单) from any shape it arrives in and normalizes it into a {@link CallRecord}.
 * Never throws, for any input: always returns `{ ok: true, record }` or `{ ok: false, error }`.
 *
 * It reads every input shape the parser has a table for (README's "Every input shape" lists them, and
 * `record.source` names the one a record was read from), each as an object or as JSON text (whitespace
 * and a BOM before it are fine). A V2 `attachment` may carry only `raw`, the original
 * attach JSON, read only for the fields the attachment lacks. Legacy G1 notifications map onto the same
 * statuses: "missed" (101) reads as `'timeout'`, the bill (102) as `'completed'` with one account-less
 * duration for the whole call, 103 as `'rejected'`; the caller (`senderId`) is the attach's `from`, else
 * the bill's sender.
 *
 * Codes may be numbers or plain decimal strings (`"2"`, `" 2 "`; not `"0x2"`, `"2e0"`, `"+2"`). Ids and
 * `channelId` may be numbers or bigints (they become strings); in JSON text, integers past 2^53 under id
 * and channel keys keep every digit, as bigints do; in objects, a number past 2^53 has lost digits and
 * reads as `undefined`. An empty
 * or missing `channelId` reads as `undefined`. Durations may be a list of `{ accid | accountId, duration,
 * caller? }` (the account may be absent) or an accid → seconds map, and are `[]` when absent.
 * `id` is the client message id, else the server id, else `call:` and the JSON of every other field, so
 * that two records share an id made up this way only when they agree on every field (see `CallRecord.id`).
 *
 * Errors: `'not-a-call-record'` when the input is something else (a text message, `null`, a plain string,
 * a message of another type, an object without a call record's keys, or one whose keys that tell the shape
 * throw when read): skip it in a mixed list; {@link isCallRecordMessage} says `false` for exactly these
 * inputs. Every other code means a broken call record: `'invalid-json'`, `'invalid-call-type'`,
 * `'invalid-status'`, `'invalid-durations'`, `'invalid-field'` (a mistyped field, or a call record whose
 * other getters or proxy traps throw) and `'too-large'` (JSON text over {@link MAX_CALL_RECORD_INPUT_LENGTH}, or more durations than
 * {@link MAX_CALL_RECORD_DURATIONS}). `error.message` names the field, e.g. `attach.status: 9 is not one of
 * 1-5`, and is safe to show: echoed values are JSON-escaped, cut to 40 characters, without bidi controls.
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
    return { ok: true, record: readKeepingDigits(readCallRecord, input) };
  } catch (caught) {
    if (isFailure(caught)) return { ok: false, error: caught };
    return { ok: false, error: { code: 'invalid-field', message: 'input: could not be read' } };
  }
}
