import type { Shape } from './shapes';

/**
 * The media of a call. NIM encodes it as `type` / `callType` (G1: `netcallType` / `calltype`) 1 (audio) or 2 (video).
 */
export type CallType = 'audio' | 'video';

/**
 * How a call ended. NIM encodes it as `status` / `callStatus` 1–5:
 * 1 completed, 2 cancelled (caller hung up before an answer), 3 rejected (callee
 * declined), 4 timeout (callee never answered), 5 busy (callee in another call).
 * Legacy G1 records map onto the same words: a bill is `'completed'`, a reject `'rejected'`,
 * and a "missed" call (which G1 does not tell apart further) `'timeout'`.
 */
export type CallStatus = 'completed' | 'cancelled' | 'rejected' | 'timeout' | 'busy';

/**
 * Whether the viewer placed the call (`'outgoing'`) or received it (`'incoming'`).
 */
export type CallDirection = 'outgoing' | 'incoming';

/**
 * The kind of conversation a record was sent in, when its message says so: a one-to-one conversation
 * (`'p2p'`), a team (`'team'`) or a super team (`'superTeam'`). NIM writes it as V2 `conversationType`
 * 1 / 2 / 3, the server copy's `convType` `'PERSON'` / `'TEAM'` / `'SUPER_TEAM'`, and v9 `scene`
 * `'p2p'` / `'team'` / `'superTeam'`.
 *
 * @example
 * ```ts
 * const inTeam = result.ok && result.record.conversationType === 'team'; // nobody to call back
 * ```
 */
export type CallConversationType = 'p2p' | 'team' | 'superTeam';

/**
 * The shape a record arrived in, named as README's "Every input shape" lists them, e.g. `'v2-message'` for
 * a Web SDK v10 `V2NIMMessage` or `'g1-attach'` for a legacy G1 notification. Derived from the shape tables
 * of the parser (`src/record/shapes.ts`), so it names every shape `parseCallRecord` reads and no other.
 *
 * @example
 * ```ts
 * const result = parseCallRecord(message);
 * const legacy = result.ok && (result.record.source === 'g1-message' || result.record.source === 'g1-attach');
 * ```
 */
export type CallRecordSource = Shape['source'];

/** One member's time in the call (or, for a G1 bill, the whole call's), in whole seconds. */
export interface CallDuration {
  /**
   * The member's NIM account id (`accid` / `accountId`), or `undefined` for an entry that names nobody
   * (NetEase's web call kit writes `{ duration }` alone; a G1 bill has one duration for the whole call).
   */
  readonly accountId: string | undefined;
  /** Seconds in the call: a finite, non-negative integer. */
  readonly seconds: number;
  /**
   * `true` on the caller's entry and `false` on the callee's when the source says so (server-written
   * entries carry a `caller` key); `undefined` when it does not. Parsed records always carry the key.
   */
  readonly caller?: boolean | undefined;
}

/**
 * A call record normalized from any of the shapes NIM delivers it in.
 * Plain data: safe to freeze, clone, serialize and compare.
 */
export interface CallRecord {
  /**
   * Stable identity: the client message id, else the server id, else one made of the record's content:
   * `call:` and the JSON of every other field, `[source, channelId, callType, status, senderId, receiverId,
   * timestamp, direction, durations]` (each duration as `[accountId, seconds, caller]`, an absent field as
   * `null`; then `conversationType` and `conversationId` when the message states either), e.g. `call:["attach","123","audio","timeout",null,null,null,null,[]]`. The same input always
   * gets the same id, and two records share a made-up id only when they agree on every field, so it never
   * makes two calls one. A number that is not a safe integer (past 2^53, so its digits are already lost)
   * is never used.
   */
  readonly id: string;
  /** The server message id, when the source carries one (never a number past 2^53, whose digits are lost). */
  readonly serverId: string | undefined;
  /**
   * The call's channel id as a string (NIM sends a number or a string; a bigint reads as its digits), or
   * `undefined` when the source has none, an empty one, or a number past 2^53 in an object (its digits are
   * lost). In JSON text, long numbers keep every digit: `"channelId":6290737000999815988` reads as
   * `'6290737000999815988'`.
   */
  readonly channelId: string | undefined;
  readonly callType: CallType;
  readonly status: CallStatus;
  /** The caller: the message sender (G2, G1 bill) or the G1 attach's `from`. */
  readonly senderId: string | undefined;
  /** The callee: the message receiver in a one-to-one conversation, or the other G1 account. */
  readonly receiverId: string | undefined;
  /** When the message was sent (G1 attach: when the call happened), epoch milliseconds. */
  readonly timestamp: number | undefined;
  /**
   * The kind of conversation, when the message says it (see {@link CallConversationType}); `undefined` for a
   * bare attach, an iOS object, a raw G1 attach, or a value NIM does not define (V2 `0` of an unsent message).
   * Optional so records written by hand or by an older version stay records; parsed records always carry the key.
   */
  readonly conversationType?: CallConversationType | undefined;
  /**
   * The V2 conversation id (`<own account>|<type>|<target>`, e.g. `'bob|1|alice'`) when the message carries a
   * non-empty one; `undefined` otherwise (other shapes, or a message `createCallMessage` made and nobody sent yet).
   * Optional like `conversationType`; parsed records always carry the key.
   */
  readonly conversationId?: string | undefined;
  /** The direction as the source states it (`isSelf`, `flow`), from the local user's side; absent when the source does not say. */
  readonly direction: CallDirection | undefined;
  /** One entry per member, in source order (a G1 bill: one entry for the whole call); usually empty unless `status` is `'completed'`. */
  readonly durations: readonly CallDuration[];
  /** The shape the record was read from. */
  readonly source: CallRecordSource;
}

/**
 * Why an input did not yield a record.
 * - `'not-a-call-record'`: the input is something else (a text message in a mixed list); ignore it.
 * - every other code: the input is a call record, but a broken one.
 */
export type CallRecordErrorCode =
  | 'not-a-call-record'
  | 'invalid-json'
  | 'invalid-call-type'
  | 'invalid-status'
  | 'invalid-durations'
  | 'invalid-field'
  | 'too-large';

/**
 * A typed parse failure. `message` says what was wrong and where, e.g. `attach.status: 9 is not one of 1-5`;
 * echoed values are JSON-escaped, cut to 40 characters and free of bidi controls, so it is safe to show.
 */
export interface CallRecordError {
  readonly code: CallRecordErrorCode;
  readonly message: string;
}

/** The result of {@link parseCallRecord}: never thrown, always returned. */
export type ParseCallRecordResult =
  | { readonly ok: true; readonly record: CallRecord }
  | { readonly ok: false; readonly error: CallRecordError };
