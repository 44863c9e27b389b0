import type { CallRecordOptions } from '../options';
import type { CallDuration, CallRecord } from '../record';
import { toSeconds } from './seconds';

const longestOf = (entries: readonly CallDuration[]): number | undefined =>
  entries.reduce<number | undefined>(
    (longest, entry) => (longest === undefined || entry.seconds > longest ? entry.seconds : longest),
    undefined,
  );

function callPicker(
  pick: (record: CallRecord, selfId: string | undefined) => number | undefined,
  record: CallRecord,
  selfId: string | undefined,
): number | undefined {
  try {
    return toSeconds(pick(record, selfId));
  } catch {
    return undefined;
  }
}

/**
 * The seconds a completed call shows, as `pickDuration` says (see `CallRecordOptions`): the
 * viewer's own entry, else the longest (`'viewer'`, the default); the longest; the first; or what a
 * function returns. An account-less entry (NetEase's web call kit) counts as the call's duration.
 * Anything that is not a number from 0 to `Number.MAX_SAFE_INTEGER`, or a throw, is no duration.
 * @internal
 *
 * @example
 * pickSeconds(record, 'bob', 'longest'); // 12
 */
export function pickSeconds(
  record: CallRecord,
  selfId: string | undefined,
  pickDuration: CallRecordOptions['pickDuration'],
): number | undefined {
  if (typeof pickDuration === 'function') return callPicker(pickDuration, record, selfId);
  const entries: readonly CallDuration[] = record.durations;
  if (pickDuration === 'first') return toSeconds(entries[0]?.seconds);
  if (pickDuration !== 'longest' && typeof selfId === 'string') {
    const own = entries.find((entry) => entry.accountId === selfId);
    if (own) return toSeconds(own.seconds);
  }
  return toSeconds(longestOf(entries));
}
