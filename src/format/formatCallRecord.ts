import type { CallDirection, CallRecord, CallStatus, CallType } from '../record';
import { formatCallDuration, longDuration, toSeconds } from './duration';
import { fill, getCallRecordMessages, localeDir, plural, resolveCallRecordLocale } from './locale';
import type { CallRecordLocale, CallRecordMessages } from './messages';

/** How a record is shown: `'missed'` is a call the viewer received and did not take. */
export type CallTone = 'normal' | 'missed';

/**
 * Options of {@link formatCallRecord}.
 * - `selfId`: the viewer's account id; decides the direction and whose duration is shown.
 * - `locale`: any BCP 47 tag, resolved with {@link resolveCallRecordLocale} (default `'en'`).
 * - `messages`: strings merged over the locale's for this call (see {@link getCallRecordMessages}).
 * - `pickDuration`: which member's duration a completed call shows. `'viewer'` (default): the viewer's
 *   own entry, else the longest; `'longest'`; `'first'` (`durations[0]`, what NetEase's kits show);
 *   or a function returning seconds (fractions are floored; a result that is not a number from 0 to
 *   `Number.MAX_SAFE_INTEGER`, or a throw, counts as no duration: the call reads "Call ended").
 *
 * Ids are compared with `===`, so an id that is not a string never matches and none of its methods runs.
 *
 * @example
 * const options: FormatCallRecordOptions = { selfId: 'acc01', locale: 'zh-CN', pickDuration: 'longest' };
 */
export type FormatCallRecordOptions = {
  selfId?: string;
  locale?: string;
  messages?: Partial<CallRecordMessages>;
  pickDuration?:
    'viewer' | 'longest' | 'first' | ((record: CallRecord, selfId: string | undefined) => number | undefined);
};

/**
 * What a call record looks like to one viewer, ready to render.
 * - `text`: the visible label; `accessibleLabel`: one sentence with direction, media, outcome and
 *   the spoken duration, for screen readers.
 * - `seconds`: the duration shown, `undefined` unless the call completed with duration data.
 * - `peerId`: the other person (the receiver when the viewer placed the call, else the sender).
 * - `count`: 1, or N for a group of missed calls; `locale`: the resolved locale; `dir`: its writing direction.
 *
 * @example
 * const view: CallRecordView = formatCallRecord(record, { selfId: 'acc01' });
 */
export type CallRecordView = {
  direction: CallDirection;
  callType: CallType;
  status: CallStatus;
  tone: CallTone;
  text: string;
  accessibleLabel: string;
  seconds: number | undefined;
  peerId: string | undefined;
  count: number;
  locale: CallRecordLocale;
  dir: 'ltr' | 'rtl';
};

function pickSeconds(
  record: CallRecord,
  selfId: string | undefined,
  how: FormatCallRecordOptions['pickDuration'],
): number | undefined {
  if (typeof how == 'function') {
    try {
      return how(record, selfId);
    } catch {
      return undefined;
    }
  }
  let longest: number | undefined;
  for (const { accountId, seconds } of how === 'first' ? record.durations.slice(0, 1) : record.durations) {
    if (how !== 'longest' && selfId && accountId === selfId) return seconds;
    if (longest === undefined || seconds > longest) longest = seconds;
  }
  return longest;
}

/** "{call}, {outcome}" filled in, the outcome's first letter lower-cased. */
const sentence = (m: CallRecordMessages, direction: CallDirection, callType: CallType, outcome: string) =>
  fill(m.label, {
    call: fill(m[direction], { media: m[callType == 'video' ? 'video' : 'audio'] }),
    // toLowerCase: the same as toLocaleLowerCase for every built-in locale (no tr/az/lt), and far cheaper.
    outcome: outcome.charAt(0).toLowerCase() + outcome.slice(1),
  });

/**
 * Formats one call record for one viewer, in their language.
 *
 * Direction: with `selfId` and a known `senderId`, `'outgoing'` when the viewer sent the record (the
 * sender is the caller), else `'incoming'`; otherwise the record's own `direction`, else `'incoming'`.
 *
 * Tone: `'missed'` for an incoming call that the caller cancelled, that timed out, or that hit the
 * viewer's busy line; `'normal'` for everything else, including an incoming call the viewer declined
 * (they chose not to take it) and every outgoing call.
 *
 * Text: the outcome as this viewer sees it ("Declined" for the caller, "You declined" for the callee),
 * or for a completed call "Call duration 01:15" (clock style in every locale, see
 * {@link formatCallDuration}); a completed call without duration data reads "Call ended". Durations
 * are seconds and are never rescaled.
 *
 * @example
 * formatCallRecord(record, { selfId: 'acc01', locale: 'en' }).accessibleLabel;
 * // 'Outgoing video call, call duration 01:15 (1 minute 15 seconds)'
 */
export function formatCallRecord(record: CallRecord, options: FormatCallRecordOptions = {}): CallRecordView {
  const { selfId } = options;
  const { senderId, status, callType } = record;
  const locale = resolveCallRecordLocale(options.locale);
  const m = getCallRecordMessages(locale, options.messages);
  const direction: CallDirection =
    selfId && senderId ? (selfId === senderId ? 'outgoing' : 'incoming') : (record.direction ?? 'incoming');
  const incoming = direction == 'incoming';
  const completed = status == 'completed';
  const seconds = completed ? toSeconds(pickSeconds(record, selfId, options.pickDuration)) : undefined;
  const text =
    seconds === undefined
      ? ((m as unknown as Record<string, string>)[status + (incoming ? 'Callee' : 'Caller')] ??
        (completed ? m.ended : m.callRecord))
      : fill(m.completed, { duration: formatCallDuration(seconds) });
  return {
    direction,
    callType,
    status,
    tone: incoming && /^(cancelled|timeout|busy)$/.test(status) ? 'missed' : 'normal',
    text,
    accessibleLabel: sentence(
      m,
      direction,
      callType,
      seconds === undefined
        ? text
        : fill(m.spokenDuration, { text, duration: longDuration(seconds, locale, m) }),
    ),
    seconds,
    peerId: incoming ? senderId : record.receiverId,
    count: 1,
    locale,
    dir: localeDir(locale),
  };
}

/**
 * Formats N consecutive missed calls from one person as one view: the view of the latest (last)
 * record, with `count` N, `tone` `'missed'`, no `seconds`, `text` "3 missed calls" / "3个未接来电"
 * (plural-aware), and an `accessibleLabel` naming the media when all calls share it
 * ("Incoming voice call, 3 missed calls"), else just the count. Throws a `RangeError` for an empty list.
 *
 * @example
 * formatMissedCallGroup([r1, r2, r3], { selfId: 'me' }).text; // '3 missed calls'
 */
export function formatMissedCallGroup(
  records: readonly CallRecord[],
  options: FormatCallRecordOptions = {},
): CallRecordView {
  const latest = records[records.length - 1];
  if (!latest) throw new RangeError('formatMissedCallGroup: no records');
  const view = formatCallRecord(latest, options);
  const m = getCallRecordMessages(view.locale, options.messages);
  const count = records.length;
  const text = plural(m.missedCalls, count, view.locale);
  return {
    ...view,
    tone: 'missed',
    text,
    accessibleLabel: records.every((r) => r.callType == latest.callType)
      ? sentence(m, 'incoming', latest.callType, text)
      : text,
    seconds: undefined,
    count,
  };
}

/**
 * The conversation-list preview of a call record: "[Voice call]", "[视频通话]", …
 *
 * @example
 * callRecordPreview(record, { locale: 'zh-CN' }); // '[语音通话]'
 */
export function callRecordPreview(
  record: CallRecord,
  options: { locale?: string; messages?: Partial<CallRecordMessages> } = {},
): string {
  const m = getCallRecordMessages(options.locale, options.messages);
  return record.callType == 'video' ? m.videoPreview : m.audioPreview;
}
