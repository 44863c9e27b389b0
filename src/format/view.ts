import type { CallStatus, CallType } from '../record';

/**
 * Whose call it was, seen by the viewer: placed it (`'outgoing'`), received it (`'incoming'`), or
 * nobody can tell (`'unknown'`: no `selfId` + sender, no caller flag, no `isSelf`/`flow`).
 *
 * @example
 * const direction: CallRecordDirection = formatCallRecord(record).direction; // 'unknown' without selfId
 */
export type CallRecordDirection = 'outgoing' | 'incoming' | 'unknown';

/**
 * How a record is shown: `'missed'` is a call the viewer received and did not take; never for a
 * call whose direction is unknown.
 *
 * @example
 * const tone: CallTone = formatCallRecord(record, { selfId: 'bob' }).tone; // 'missed'
 */
export type CallTone = 'normal' | 'missed';

/**
 * What a call record looks like to one viewer, ready to render.
 *
 * - `direction`: see {@link CallRecordDirection}; `tone`: see {@link CallTone}.
 * - `text`: the visible label; `accessibleLabel`: one sentence with direction, media, outcome and
 *   the spoken duration, for screen readers (add the time and the action with `formatAccessibleName`).
 * - `seconds`: the duration shown, `undefined` unless the call completed with duration data.
 * - `peerId`: the person to call back: the receiver when the viewer placed the call, the caller when
 *   they received it; else the other account of the record's own one-to-one `conversationId`, of the
 *   `conversationId` option, or the one account besides the viewer's in `durations`. `undefined` in a
 *   team, when nobody is known, or for a record sent to oneself.
 * - `count`: 1, or N for a group of missed calls.
 * - `locale`: the BCP 47 tag used for `lang` and `Intl` (`'en'`, `'en-GB'`, `'fr-FR'`); `dir`: the
 *   writing direction of the words.
 *
 * @example
 * const view: CallRecordView = formatCallRecord(record, { selfId: 'acc01' });
 */
export interface CallRecordView {
  direction: CallRecordDirection;
  callType: CallType;
  status: CallStatus;
  tone: CallTone;
  text: string;
  accessibleLabel: string;
  seconds: number | undefined;
  peerId: string | undefined;
  count: number;
  locale: string;
  dir: 'ltr' | 'rtl';
}
