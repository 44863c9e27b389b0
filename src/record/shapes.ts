import type { CallStatus } from './types';
import { isObject, isPresent, readInteger } from './values';
import type { JsonObject } from './values';

/**
 * Where a message keeps the fields that are not in its attach. A shape without such a field leaves its key out.
 */
export interface MessageKeys {
  /** The client message id, the record's `id` when present. */
  readonly clientIdKey?: string;
  /** The server message id. */
  readonly serverIdKey?: string;
  /** The message sender. */
  readonly senderKey?: string;
  /** The message receiver. */
  readonly receiverKey?: string;
  /** When the message was sent, epoch milliseconds. */
  readonly timeKey?: string;
  /** The direction from the local user's side (`isSelf` or `flow`). */
  readonly directionKey?: string;
  /** The kind of conversation (V2 `conversationType`, server copy `convType`, v9 `scene`). */
  readonly conversationTypeKey?: string;
  /** The V2 conversation id (`<own account>|<type>|<target>`). */
  readonly conversationIdKey?: string;
}

/** A G2 call record shape: its attach carries NIM's numeric `type` and `status` codes. */
export interface CallShape extends MessageKeys {
  readonly generation: 'G2';
  /** The name of the shape, the `source` of the records read from it (see {@link SHAPES}). */
  readonly source: string;
  /** The key of the attach in the message; left out when the input is its own attach. */
  readonly attachKey?: string;
  /** How error messages name the attach: `attach.status: 9 is not one of 1-5`. */
  readonly attachName: string;
  /** The call-type code in the attach (1 audio, 2 video). */
  readonly typeKey: string;
  /** The status code in the attach (1–5). */
  readonly statusKey: string;
  /** The channel id in the attach: the first key that holds a value. */
  readonly channelIdKeys: readonly string[];
  /** The attach's copy of its original JSON text, read only for fields the attach lacks (V2 `raw`). */
  readonly rawKey?: string;
}

/** Bare attach: `{ type, channelId, status, durations }`, the attach on its own. */
const ATTACH_SHAPE = {
  generation: 'G2',
  source: 'attach',
  attachName: 'attach',
  typeKey: 'type',
  statusKey: 'status',
  channelIdKeys: ['channelId', 'channelID'],
} as const satisfies CallShape;

/** iOS `NIMRtcCallRecordObject`: `{ callType, callStatus, channelID, durations }`, its own attach. */
const IOS_OBJECT_SHAPE = {
  generation: 'G2',
  source: 'ios-object',
  attachName: 'input',
  typeKey: 'callType',
  statusKey: 'callStatus',
  channelIdKeys: ['channelID', 'channelId'],
} as const satisfies CallShape;

/** Server copy / webhook (抄送): `msgType: 'NRTC_NETCALL'`, every field a string, `attach` JSON text. */
const SERVER_COPY_SHAPE = {
  generation: 'G2',
  source: 'server-copy',
  attachKey: 'attach',
  attachName: 'attach',
  typeKey: 'type',
  statusKey: 'status',
  channelIdKeys: ['channelId', 'channelID'],
  clientIdKey: 'msgidClient',
  serverIdKey: 'msgidServer',
  senderKey: 'fromAccount',
  receiverKey: 'to',
  timeKey: 'msgTimestamp',
  conversationTypeKey: 'convType',
} as const satisfies CallShape;

/** Web SDK v10 `V2NIMMessage` with `messageType` 12; its `attachment` may carry only `raw`. */
const V2_MESSAGE_SHAPE = {
  generation: 'G2',
  source: 'v2-message',
  attachKey: 'attachment',
  attachName: 'attachment',
  typeKey: 'type',
  statusKey: 'status',
  channelIdKeys: ['channelId', 'channelID'],
  rawKey: 'raw',
  clientIdKey: 'messageClientId',
  serverIdKey: 'messageServerId',
  senderKey: 'senderId',
  receiverKey: 'receiverId',
  timeKey: 'createTime',
  directionKey: 'isSelf',
  conversationTypeKey: 'conversationType',
  conversationIdKey: 'conversationId',
} as const satisfies CallShape;

/** Web SDK v9 message with `type: 'g2'`. */
const V9_MESSAGE_SHAPE = {
  generation: 'G2',
  source: 'v9-message',
  attachKey: 'attach',
  attachName: 'attach',
  typeKey: 'type',
  statusKey: 'status',
  channelIdKeys: ['channelId', 'channelID'],
  clientIdKey: 'idClient',
  serverIdKey: 'idServer',
  senderKey: 'from',
  receiverKey: 'to',
  timeKey: 'time',
  directionKey: 'flow',
  conversationTypeKey: 'scene',
} as const satisfies CallShape;

/**
 * A legacy G1 (NRTC) notification shape: its attach names the kind of notification (missed, bill, rejected)
 * instead of a status code. Both forms name the rest alike: `from` (the caller, written by newer servers
 * for a bill and always for a missed or rejected call), `duration` (the whole call, in seconds) and `time`
 * (when the call happened).
 */
export interface LegacyCallShape extends MessageKeys {
  readonly generation: 'G1';
  /** The name of the shape, the `source` of the records read from it (see {@link SHAPES}). */
  readonly source: string;
  /** The key of the attach in the input (`attach` in a v9 message, `data` in the raw notification). */
  readonly attachKey: string;
  /** Where the kind of notification is: the attach's `type` name, or the input's numeric `id`. */
  readonly kindIn: 'attach-type' | 'input-id';
  /** The call-type code in the attach (1 audio, 2 video). */
  readonly typeKey: string;
  /** The channel id in the attach (a 64-bit number). */
  readonly channelIdKey: string;
  /** The two accounts of the call, in the attach. */
  readonly accountsKey: string;
}

/** Web SDK v9 notification: `{ type: 'notification', attach: { type: 'netcallBill', netcallType, … } }`. */
const G1_MESSAGE_SHAPE = {
  generation: 'G1',
  source: 'g1-message',
  attachKey: 'attach',
  kindIn: 'attach-type',
  typeKey: 'netcallType',
  channelIdKey: 'channelId',
  accountsKey: 'accounts',
  clientIdKey: 'idClient',
  serverIdKey: 'idServer',
  senderKey: 'from',
  receiverKey: 'to',
  timeKey: 'time',
  directionKey: 'flow',
  conversationTypeKey: 'scene',
} as const satisfies LegacyCallShape;

/** Raw notification attach (C, PC and native SDKs): `{ id: 101 | 102 | 103, data: { calltype, channel, … } }`. */
const G1_ATTACH_SHAPE = {
  generation: 'G1',
  source: 'g1-attach',
  attachKey: 'data',
  kindIn: 'input-id',
  typeKey: 'calltype',
  channelIdKey: 'channel',
  accountsKey: 'ids',
} as const satisfies LegacyCallShape;

/**
 * Every input shape, the one list of them: a new shape is a table above, an entry here and a predicate in
 * {@link detectShape}. `CallRecordSource` is the union of their `source` names; the tests iterate this
 * list (one valid record of each shape, a real fixture of each, README's "Every input shape" table).
 */
export const SHAPES = [
  ATTACH_SHAPE,
  SERVER_COPY_SHAPE,
  V2_MESSAGE_SHAPE,
  V9_MESSAGE_SHAPE,
  IOS_OBJECT_SHAPE,
  G1_MESSAGE_SHAPE,
  G1_ATTACH_SHAPE,
] as const;

/** A table of {@link SHAPES}, as it is written. */
type ShapeTable = (typeof SHAPES)[number];

/** A G2 shape of {@link SHAPES}: numeric codes in an attach. */
export type G2Shape = CallShape & Extract<ShapeTable, { readonly generation: 'G2' }>;

/** A legacy G1 shape of {@link SHAPES}: a notification. */
export type G1Shape = LegacyCallShape & Extract<ShapeTable, { readonly generation: 'G1' }>;

/** One of {@link SHAPES}: what {@link detectShape} answers. */
export type Shape = G2Shape | G1Shape;

/** One kind of G1 call notification, under both of its names. */
export interface LegacyCallKind {
  /** The notification id in the raw attach and the C/native SDKs. */
  readonly id: number;
  /** The attach `type` in Web SDK v9. */
  readonly name: string;
  /** What it means in G2 words. G1 says "missed" without telling a cancel from a timeout: `'timeout'`. */
  readonly status: CallStatus;
  /** Whether the message sender is the caller (the bill is sent on the caller's behalf). */
  readonly sentByCaller: boolean;
}

/** The three G1 call notifications. */
const LEGACY_CALL_KINDS = [
  { id: 101, name: 'netcallMiss', status: 'timeout', sentByCaller: false },
  { id: 102, name: 'netcallBill', status: 'completed', sentByCaller: true },
  { id: 103, name: 'netcallReject', status: 'rejected', sentByCaller: false },
] as const satisfies readonly LegacyCallKind[];

/** The G1 kind whose v9 attach `type` is `name`. */
export function legacyKindByName(name: unknown): LegacyCallKind | undefined {
  return LEGACY_CALL_KINDS.find((kind) => kind.name === name);
}

/** The G1 kind whose notification id is `id` (a number or a decimal string). */
export function legacyKindById(id: unknown): LegacyCallKind | undefined {
  const code = readInteger(id);
  return LEGACY_CALL_KINDS.find((kind) => kind.id === code);
}

/** The `messageType` of a call message in Web SDK v10 (`V2NIM_MESSAGE_TYPE_CALL`). */
const V2_CALL_MESSAGE_TYPE = 12;

/** The server copy's `msgType` of a call record. */
const SERVER_COPY_CALL_TYPE = 'NRTC_NETCALL';

/** A v9 message of another kind has a word as its `type` (`'text'`, `'image'`, `'custom'`). */
const WORD = /^\p{L}/u;

/** Whether the attach holds a channel id key (an empty value is fine). */
function hasChannelIdKey(attach: JsonObject): boolean {
  return attach.channelId !== undefined || attach.channelID !== undefined;
}

/** An iOS record object: `callType` or `callStatus`, and a channel id key. */
function looksLikeIosObject(input: JsonObject): boolean {
  return (isPresent(input.callType) || isPresent(input.callStatus)) && hasChannelIdKey(input);
}

/** A raw G1 notification attach: a call notification id (101–103) and `data` with a call type or channel key. */
function looksLikeLegacyAttach(input: JsonObject): boolean {
  if (legacyKindById(input.id) === undefined) return false;
  const data = input.data;
  return isObject(data) && (data.calltype !== undefined || data.channel !== undefined);
}

/** A v9 G1 notification whose attach names a call notification. */
function isLegacyCallNotification(input: JsonObject): boolean {
  const attach = input.attach;
  return isObject(attach) && legacyKindByName(attach.type) !== undefined;
}

/**
 * A bare attach: a channel id key (empty is fine), a `type` or a `status`, and a `type` that is not a word.
 * So an app's `{ type: 1, status: 2, text }` or `{ id: 1, type: 0, status: 'sent' }` is not a call.
 */
function looksLikeBareAttach(input: JsonObject, type: unknown): boolean {
  if (typeof type === 'string' && WORD.test(type)) return false;
  return hasChannelIdKey(input) && (isPresent(type) || isPresent(input.status));
}

/**
 * Which shape an object is, or `undefined` when it is not recognizably a call record. A message type
 * decides on its own: an object with a `messageType` other than 12 or a `msgType` other than
 * `'NRTC_NETCALL'` is another message, whatever else it holds. Reads only the keys it needs; may throw
 * what a getter or Proxy trap of the input throws (see {@link recognizeShape}).
 */
function detectShape(input: JsonObject): Shape | undefined {
  const messageType = input.messageType;
  if (isPresent(messageType))
    return readInteger(messageType) === V2_CALL_MESSAGE_TYPE ? V2_MESSAGE_SHAPE : undefined;
  const msgType = input.msgType;
  if (isPresent(msgType)) return msgType === SERVER_COPY_CALL_TYPE ? SERVER_COPY_SHAPE : undefined;
  const type = input.type;
  if (type === 'g2') return V9_MESSAGE_SHAPE;
  if (type === 'notification') return isLegacyCallNotification(input) ? G1_MESSAGE_SHAPE : undefined;
  if (looksLikeIosObject(input)) return IOS_OBJECT_SHAPE;
  if (looksLikeLegacyAttach(input)) return G1_ATTACH_SHAPE;
  if (looksLikeBareAttach(input, type)) return ATTACH_SHAPE;
  return undefined;
}

/**
 * The shape of a message (after its JSON text, if any, is parsed), the one reading of the keys that tell
 * it for both `parseCallRecord` and `isCallRecordMessage`, so the two always agree: `undefined` when it is
 * not an object, not recognizably a call record (see {@link detectShape}), or when a key that tells the
 * shape cannot be read (its getter or a Proxy trap throws, or the input is a revoked Proxy): an input that
 * says nothing readable about what it is is not a call record. Never throws.
 */
export function recognizeShape(message: unknown): Shape | undefined {
  try {
    return isObject(message) ? detectShape(message) : undefined;
  } catch {
    return undefined;
  }
}
