import type { CallRecordOptions } from '../options';
import type { CallDuration, CallRecord } from '../record';
import { toSeconds } from './seconds';
import { viewerIdOf } from './viewerSide';

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
 * `selfId` is read by `viewerIdOf`, as for the side of the call: `''` or a value that is not a string is
 * no viewer, for the own entry and for a `pickDuration` function alike.
 * @internal
 *
 * @example
 * pickSeconds(record, 'bob', 'longest'); // 12
 */
export function pickSeconds(
  record: CallRecord,
  selfId: unknown,
  pickDuration: CallRecordOptions['pickDuration'],
): number | undefined {
  const viewerId = viewerIdOf(selfId);
  if (typeof pickDuration === 'function') return callPicker(pickDuration, record, viewerId);
  const entries: readonly CallDuration[] = record.durations;
  if (pickDuration === 'first') return toSeconds(entries[0]?.seconds);
  if (pickDuration !== 'longest' && viewerId !== undefined) {
    const own = entries.find((entry) => entry.accountId === viewerId);
    if (own) return toSeconds(own.seconds);
  }
  return toSeconds(longestOf(entries));
}
