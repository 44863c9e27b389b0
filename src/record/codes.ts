import type { CallStatus, CallType } from './types';

/**
 * NIM's numeric call-type codes (`type` / `callType`) and the {@link CallType} each one means. Any other code makes {@link parseCallRecord} fail with `'invalid-call-type'`.
 *
 * @example
 * ```ts
 * CALL_TYPE_CODES[2]; // 'video'
 * ```
 */
export const CALL_TYPE_CODES: { readonly 1: 'audio'; readonly 2: 'video' } = {
  1: 'audio',
  2: 'video',
} as const satisfies Record<number, CallType>;

/**
 * NIM's numeric call-status codes (`status` / `callStatus`) and the {@link CallStatus} each one means:
 * 1 completed, 2 cancelled, 3 rejected, 4 timeout, 5 busy. Any other code makes {@link parseCallRecord} fail with `'invalid-status'`.
 *
 * @example
 * ```ts
 * CALL_STATUS_CODES[4]; // 'timeout'
 * ```
 */
export const CALL_STATUS_CODES: {
  readonly 1: 'completed';
  readonly 2: 'cancelled';
  readonly 3: 'rejected';
  readonly 4: 'timeout';
  readonly 5: 'busy';
} = {
  1: 'completed',
  2: 'cancelled',
  3: 'rejected',
  4: 'timeout',
  5: 'busy',
} as const satisfies Record<number, CallStatus>;

/**
 * The longest JSON text {@link parseCallRecord} will `JSON.parse`, in UTF-16 code units: 65,536 (64 KiB).
 * Applies to a whole string input that looks like JSON (its first character after whitespace is `{`),
 * checked before it is parsed (so a longer one is `'too-large'`; a longer string that does not look like
 * JSON is `'not-a-call-record'`), and to every string found inside an input that holds JSON (a server
 * copy's `attach`, a V2 attachment's `raw`). NIM documents an attach of at most 4,096 characters; a whole
 * message as JSON is a few kilobytes.
 *
 * @example
 * ```ts
 * parseCallRecord('{' + ' '.repeat(MAX_CALL_RECORD_INPUT_LENGTH) + '}').ok; // false, code 'too-large'
 * ```
 */
export const MAX_CALL_RECORD_INPUT_LENGTH = 65536;

/**
 * The most `durations` entries a record may carry: 64. A one-to-one call has 2; more makes
 * {@link parseCallRecord} fail with `'too-large'` before any entry is read.
 *
 * @example
 * ```ts
 * const durations = Array.from({ length: MAX_CALL_RECORD_DURATIONS + 1 }, (_, i) => ({ accid: `a${i}`, duration: 1 }));
 * parseCallRecord({ type: 1, channelId: 1, status: 1, durations }).ok; // false, code 'too-large'
 * ```
 */
export const MAX_CALL_RECORD_DURATIONS = 64;
