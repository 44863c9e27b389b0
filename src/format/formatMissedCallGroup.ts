import { pickCallRecordOptions } from '../options';
import type { CallRecordOptions } from '../options';
import type { CallRecord } from '../record';
import { fillTemplate } from './fillTemplate';
import { formatResolvedCallRecord } from './formatCallRecord';
import { withMessageOverrides } from './getCallRecordMessages';
import { formatPlural } from './plural';
import { resolveCallRecordLocale } from './resolveCallRecordLocale';
import type { CallRecordView } from './view';
import { mediaOf } from './wordingKeys';

/**
 * Formats N consecutive missed calls from one person as one view: the view of the latest (last)
 * record, with `count` N, no `seconds`, `text` "3 missed calls" / "3个未接来电" (plural-aware
 * through `Intl.PluralRules`, the count in the locale's digits), and `accessibleLabel` the text
 * followed by the medium when all calls share it ("3 missed calls (voice)", "3个未接来电（语音）"),
 * else the text alone. `tone` is `'missed'` when the calls were incoming, else `'normal'`.
 * Throws a `RangeError` for an empty list.
 *
 * @example
 * formatMissedCallGroup([r1, r2, r3], { selfId: 'me' }).accessibleLabel; // '3 missed calls (voice)'
 */
export function formatMissedCallGroup(
  records: readonly CallRecord[],
  options?: CallRecordOptions,
): CallRecordView {
  const latest = records[records.length - 1];
  if (!latest) throw new RangeError('formatMissedCallGroup: no records');
  const readable = pickCallRecordOptions(options);
  // The options' locale, not `view.locale`: that tag alone would lose an app's own locale object.
  const locale = resolveCallRecordLocale(readable.locale);
  const messages = withMessageOverrides(locale.messages, readable.messages);
  const view = formatResolvedCallRecord(latest, readable, locale, messages);
  const count = records.length;
  const text = formatPlural(messages.missedCalls, count, view.locale);
  const oneMedium = records.every((record) => record.callType === latest.callType);
  const accessibleLabel = oneMedium
    ? fillTemplate(messages.missedCallsSpoken, {
        text,
        media: messages[mediaOf(latest.callType)],
      })
    : text;
  return {
    ...view,
    tone: view.direction === 'incoming' ? 'missed' : 'normal',
    text,
    accessibleLabel,
    seconds: undefined,
    count,
  };
}
