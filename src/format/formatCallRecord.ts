import { pickCallRecordOptions } from '../options';
import type { CallRecordLocale, CallRecordMessages, CallRecordOptions } from '../options';
import type { CallRecord } from '../record';
import { clockDuration, spokenDuration } from './duration';
import { fillTemplate } from './fillTemplate';
import { withMessageOverrides } from './getCallRecordMessages';
import { pickSeconds } from './pickSeconds';
import { resolveCallRecordLocale } from './resolveCallRecordLocale';
import type { CallRecordDirection, CallRecordView, CallTone } from './view';
import { viewerSide } from './viewerSide';
import { CALL_KEYS, MISSED_STATUSES, OUTCOME_KEYS, mediaOf } from './wordingKeys';

/** The visible label of a call that did not complete, or of a completed one without a duration. */
function outcomeText(
  record: CallRecord,
  direction: CallRecordDirection,
  messages: CallRecordMessages,
): string {
  const { status } = record;
  if (status === 'completed') return messages.ended;
  if (!Object.hasOwn(OUTCOME_KEYS, status)) return messages.callRecord;
  return messages[OUTCOME_KEYS[status][direction]];
}

const toneOf = (record: CallRecord, direction: CallRecordDirection): CallTone =>
  direction === 'incoming' && MISSED_STATUSES.has(record.status) ? 'missed' : 'normal';

/**
 * Formats one call record for one viewer, in their language.
 *
 * Direction ({@link CallRecordDirection}): with `selfId` and a sender, `'outgoing'` when the viewer
 * sent the record (the sender is the caller), else `'incoming'`; else, with `selfId`, from the
 * duration entry flagged `caller: true`; else the record's own `direction` (`isSelf`/`flow`); else
 * `'unknown'`, worded so it is true for both sides ("Call cancelled", "Not answered").
 *
 * Tone: `'missed'` for an incoming call that the caller cancelled, that timed out, or that hit the
 * viewer's busy line; `'normal'` for everything else, including a call the viewer declined, every
 * outgoing call and every call whose direction is unknown.
 *
 * Text: the outcome as this viewer sees it ("Declined" for the caller, "You declined" for the
 * callee), or for a completed call "Call duration: 01:15" (the clock in the locale's digits, see
 * {@link formatCallDuration}); a completed call without duration data reads "Call ended".
 * Durations are seconds and are never rescaled. Wording is used exactly as the locale writes it.
 *
 * Options: see `CallRecordOptions` (`timeZone` is not used here). Never throws because of options.
 *
 * @example
 * formatCallRecord(record, { selfId: 'acc01', locale: 'en' }).accessibleLabel;
 * // 'Outgoing video call, Call duration: 01:15 (1 minute 15 seconds)'
 */
export function formatCallRecord(record: CallRecord, options?: CallRecordOptions): CallRecordView {
  const readable = pickCallRecordOptions(options);
  const locale = resolveCallRecordLocale(readable.locale);
  const messages = withMessageOverrides(locale.messages, readable.messages);
  return formatResolvedCallRecord(record, readable, locale, messages);
}

/**
 * {@link formatCallRecord} with the options already read (`pickCallRecordOptions`), the locale resolved and
 * the overrides already merged into `messages`, for a caller that needs them itself (a missed-call group)
 * and should not merge them twice.
 * @internal
 *
 * @example
 * const locale = resolveCallRecordLocale('fr');
 * formatResolvedCallRecord(record, { selfId: 'me' }, locale, locale.messages).text;
 */
export function formatResolvedCallRecord(
  record: CallRecord,
  options: CallRecordOptions | undefined,
  locale: CallRecordLocale,
  messages: CallRecordMessages,
): CallRecordView {
  const { selfId, pickDuration, conversationId } = options ?? {};
  const { direction, peerId } = viewerSide(record, selfId, conversationId);
  const media = mediaOf(record.callType);
  const seconds = record.status === 'completed' ? pickSeconds(record, selfId, pickDuration) : undefined;
  let text: string;
  let spokenOutcome: string;
  if (seconds === undefined) {
    text = outcomeText(record, direction, messages);
    spokenOutcome = text;
  } else {
    text = fillTemplate(messages.completed, { duration: clockDuration(seconds, locale.code) });
    spokenOutcome = fillTemplate(messages.spokenDuration, {
      text,
      duration: spokenDuration(seconds, locale.code, messages),
    });
  }
  const call = messages[CALL_KEYS[direction][media]];
  return {
    direction,
    callType: record.callType,
    status: record.status,
    tone: toneOf(record, direction),
    text,
    accessibleLabel: fillTemplate(messages.label, { call, outcome: spokenOutcome }),
    seconds,
    peerId,
    count: 1,
    locale: locale.code,
    dir: locale.dir,
  };
}
