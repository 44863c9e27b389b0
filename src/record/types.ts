/**
 * The media of a call. NIM encodes it as `type` / `callType` 1 (audio) or 2 (video).
 */
export type CallType = 'audio' | 'video';

/**
 * How a call ended. NIM encodes it as `status` / `callStatus` 1–5:
 * 1 completed, 2 cancelled (caller hung up before an answer), 3 rejected (callee
 * declined), 4 timeout (callee never answered), 5 busy (callee in another call).
 */
export type CallStatus = 'completed' | 'cancelled' | 'rejected' | 'timeout' | 'busy';

/**
 * Whether the viewer placed the call (`'outgoing'`) or received it (`'incoming'`).
 */
export type CallDirection = 'outgoing' | 'incoming';

/**
 * The shape a record arrived in:
 * - `'attach'`: the bare attach JSON (`{ type, channelId, status, durations }`);
 * - `'server-copy'`: the server copy / webhook payload (`msgType: "NRTC_NETCALL"`);
 * - `'v2-message'`: a Web SDK v10 `V2NIMMessage` (`messageType` 12);
 * - `'v9-message'`: a Web SDK v9 message (`type: 'g2'`);
 * - `'ios-object'`: an iOS-style `NIMRtcCallRecordObject` (`callType`, `callStatus`).
 */
export type CallRecordSource = 'attach' | 'server-copy' | 'v2-message' | 'v9-message' | 'ios-object';

/** One member's time in the call, in whole seconds. */
export interface CallDuration {
  /** The member's NIM account id (`accid` / `accountId`). */
  readonly accountId: string;
  /** Seconds in the call: a finite, non-negative integer. */
  readonly seconds: number;
}

/**
 * A call record normalized from any of the shapes NIM delivers it in.
 * Plain data: safe to freeze, clone, serialize and compare.
 */
export interface CallRecord {
  /**
   * Stable identity: the client message id, else the server id, else a deterministic fallback derived from
   * the content, `call:<source>:<channelId>:<status>:<timestamp or ''>` (same input, same id).
   */
  readonly id: string;
  /** The server message id, when the source carries one. */
  readonly serverId: string | undefined;
  /** The call's channel id, always a string (NIM sends a number or a string). */
  readonly channelId: string;
  readonly callType: CallType;
  readonly status: CallStatus;
  /** The message sender: the caller. */
  readonly senderId: string | undefined;
  /** The message receiver: the callee, in a one-to-one conversation. */
  readonly receiverId: string | undefined;
  /** When the message was sent, epoch milliseconds. */
  readonly timestamp: number | undefined;
  /** The direction as the source states it (`isSelf`, `flow`), from the local user's side; absent when the source does not say. */
  readonly direction: CallDirection | undefined;
  /** One entry per member, in source order; usually empty unless `status` is `'completed'`. */
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

/** A typed parse failure. `message` says what was wrong and where, e.g. `attach.status: 9 is not one of 1-5`. */
export interface CallRecordError {
  readonly code: CallRecordErrorCode;
  readonly message: string;
}

/** The result of {@link parseCallRecord}: never thrown, always returned. */
export type ParseCallRecordResult =
  | { readonly ok: true; readonly record: CallRecord }
  | { readonly ok: false; readonly error: CallRecordError };
