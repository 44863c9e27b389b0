import type { CallStatus, CallType } from '../record';
import type { CallRecordMessages } from '../options';
import type { CallRecordDirection } from './view';

/**
 * The visible outcome of a call that did not connect, per status and direction.
 * @internal
 *
 * @example
 * OUTCOME_KEYS.timeout.unknown; // 'timeoutUnknown'
 */
export const OUTCOME_KEYS = {
  cancelled: { outgoing: 'cancelledCaller', incoming: 'cancelledCallee', unknown: 'cancelledUnknown' },
  rejected: { outgoing: 'rejectedCaller', incoming: 'rejectedCallee', unknown: 'rejectedUnknown' },
  timeout: { outgoing: 'timeoutCaller', incoming: 'timeoutCallee', unknown: 'timeoutUnknown' },
  busy: { outgoing: 'busyCaller', incoming: 'busyCallee', unknown: 'busyUnknown' },
} as const satisfies Record<
  Exclude<CallStatus, 'completed'>,
  Record<CallRecordDirection, keyof CallRecordMessages>
>;

/**
 * The start of the accessible sentence, per direction and media.
 * @internal
 *
 * @example
 * CALL_KEYS.unknown.video; // 'videoCall'
 */
export const CALL_KEYS = {
  outgoing: { audio: 'outgoingAudioCall', video: 'outgoingVideoCall' },
  incoming: { audio: 'incomingAudioCall', video: 'incomingVideoCall' },
  unknown: { audio: 'audioCall', video: 'videoCall' },
} as const satisfies Record<CallRecordDirection, Record<CallType, keyof CallRecordMessages>>;

/**
 * The conversation-list preview, per call type.
 * @internal
 *
 * @example
 * PREVIEW_KEYS.video; // 'videoPreview'
 */
export const PREVIEW_KEYS = { audio: 'audioPreview', video: 'videoPreview' } as const satisfies Record<
  CallType,
  keyof CallRecordMessages
>;

/**
 * `'video'` for a video call, `'audio'` for anything else.
 * @internal
 *
 * @example
 * mediaOf('video'); // 'video'
 */
export const mediaOf = (callType: unknown): CallType => (callType === 'video' ? 'video' : 'audio');

/**
 * The statuses a missed call can have: the viewer received it and did not take it.
 * @internal
 *
 * @example
 * MISSED_STATUSES.has('timeout'); // true
 */
export const MISSED_STATUSES: ReadonlySet<unknown> = new Set<CallStatus>(['cancelled', 'timeout', 'busy']);
