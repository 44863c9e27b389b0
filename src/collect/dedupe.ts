import type { CallRecord } from '../record';

/** Two completed records between the same two people at most this far apart (ms) can be one call. */
export const SAME_CALL_WINDOW_MS = 2000;

/**
 * What a record is, next to the records already shown:
 * - `'new'`: a call not seen before;
 * - `'same-message'`: a message already seen (same id or server id): a duplicate;
 * - `'same-call'`: another report of the call shown at `callIndex`.
 */
export type DedupeVerdict =
  | { readonly kind: 'new' }
  | { readonly kind: 'same-message' }
  | { readonly kind: 'same-call'; readonly callIndex: number };

/** The keys a record is looked up and remembered by (see {@link channelKeyOf}, {@link completedPairKeyOf}). */
interface RecordKeys {
  readonly record: CallRecord;
  readonly channelKey: string | undefined;
  readonly pairKey: string | undefined;
}

/** A completed call's first report, as the 2-second rule compares it. */
interface CompletedCall {
  readonly callIndex: number;
  readonly timestamp: number;
}

/**
 * Tells duplicates apart from new calls, over one list (the list's order decides which report is first).
 *
 * Rules, in order:
 * 1. Same message: a record whose id (client id, else server id, else one made of all its fields) or
 *    server id was seen before.
 * 2. Same call by channel: a record with the same non-empty channel id and the same status as an
 *    earlier report, however far apart in the list or in time.
 * 3. Same call by time: a completed record whose people (`senderId`, `receiverId`, either
 *    direction) and call type match those of a shown completed call, whose first report is at most
 *    2 s from it; the earliest such call wins. Client and server copies of one call can carry
 *    different channel ids; NetEase's desktop demo merges them this way.
 *
 * Call indexes count shown calls in order of their first report.
 *
 * @example
 * const deduper = new CallDeduper();
 * deduper.verdict(record); // { kind: 'new' }
 * deduper.addCall(record, 0);
 * deduper.verdict(record); // { kind: 'same-message' }
 */
export class CallDeduper {
  readonly #ids = new Set<string>();
  readonly #serverIds = new Set<string>();
  /** Call index by `status` and channel id. */
  readonly #callsByChannel = new Map<string, number>();
  /** Completed calls by 2-second time slot, call type and pair of people. */
  readonly #completedCalls = new Map<string, CompletedCall[]>();
  /** The keys of the record last asked about: `verdict` and the `add…` call after it share them. */
  #lastKeys: RecordKeys | undefined;

  #keysOf(record: CallRecord): RecordKeys {
    if (this.#lastKeys?.record !== record) {
      this.#lastKeys = { record, channelKey: channelKeyOf(record), pairKey: completedPairKeyOf(record) };
    }
    return this.#lastKeys;
  }

  /** What `record` is, without remembering it (see the `add…` methods). */
  verdict(record: CallRecord): DedupeVerdict {
    if (this.#isSeenMessage(record)) return { kind: 'same-message' };
    const callIndex = this.#sameChannelCall(record) ?? this.#sameTimeCall(record);
    if (callIndex !== undefined) return { kind: 'same-call', callIndex };
    return { kind: 'new' };
  }

  /** Remembers the ids of a message dropped as a duplicate. */
  addMessage(record: CallRecord): void {
    this.#ids.add(record.id);
    if (record.serverId !== undefined) this.#serverIds.add(record.serverId);
  }

  /** Remembers a report of the call shown at `callIndex` (its ids and its channel id). */
  addReport(record: CallRecord, callIndex: number): void {
    this.addMessage(record);
    const { channelKey } = this.#keysOf(record);
    if (channelKey !== undefined && !this.#callsByChannel.has(channelKey)) {
      this.#callsByChannel.set(channelKey, callIndex);
    }
  }

  /** Remembers the first report of a new call, shown at `callIndex`. */
  addCall(record: CallRecord, callIndex: number): void {
    this.addReport(record, callIndex);
    const { pairKey } = this.#keysOf(record);
    if (pairKey === undefined || record.timestamp === undefined) return;
    const slotKey = `${timeSlotOf(record.timestamp)} ${pairKey}`;
    const calls = this.#completedCalls.get(slotKey) ?? [];
    calls.push({ callIndex, timestamp: record.timestamp });
    this.#completedCalls.set(slotKey, calls);
  }

  #isSeenMessage(record: CallRecord): boolean {
    return (
      this.#ids.has(record.id) || (record.serverId !== undefined && this.#serverIds.has(record.serverId))
    );
  }

  #sameChannelCall(record: CallRecord): number | undefined {
    const { channelKey } = this.#keysOf(record);
    return channelKey === undefined ? undefined : this.#callsByChannel.get(channelKey);
  }

  #sameTimeCall(record: CallRecord): number | undefined {
    const { pairKey } = this.#keysOf(record);
    if (pairKey === undefined || record.timestamp === undefined) return undefined;
    const timestamp = record.timestamp;
    const slot = timeSlotOf(timestamp);
    let earliest: number | undefined;
    for (const neighbour of [slot - 1, slot, slot + 1]) {
      for (const call of this.#completedCalls.get(`${neighbour} ${pairKey}`) ?? []) {
        const close = Math.abs(call.timestamp - timestamp) <= SAME_CALL_WINDOW_MS;
        if (close && (earliest === undefined || call.callIndex < earliest)) earliest = call.callIndex;
      }
    }
    return earliest;
  }
}

/**
 * Whether `report` carries more duration data than `shown` (more entries, then more seconds in
 * all): then it replaces `shown` as the report of their call. On a tie the shown one stays.
 *
 * @example
 * hasMoreDurationData(serverCopyWithTwoEntries, clientCopyWithOne); // true
 */
export function hasMoreDurationData(report: CallRecord, shown: CallRecord): boolean {
  const entries = report.durations.length - shown.durations.length;
  if (entries !== 0) return entries > 0;
  return totalSeconds(report) > totalSeconds(shown);
}

const totalSeconds = (record: CallRecord): number =>
  record.durations.reduce((sum, duration) => sum + duration.seconds, 0);

/** `status channelId`, or `undefined` without a channel id (the status never holds a space). */
function channelKeyOf(record: CallRecord): string | undefined {
  const channelId: string | undefined = record.channelId;
  if (channelId === undefined || channelId === '') return undefined;
  return `${record.status} ${channelId}`;
}

/**
 * `callType ["a","b"]` (the two people sorted) for a completed record with both people and a finite
 * timestamp, else `undefined`: such a record is never merged by time.
 */
function completedPairKeyOf(record: CallRecord): string | undefined {
  const { status, senderId, receiverId, timestamp } = record;
  if (status !== 'completed' || senderId === undefined || receiverId === undefined) return undefined;
  if (!Number.isFinite(timestamp)) return undefined;
  const pair = senderId < receiverId ? [senderId, receiverId] : [receiverId, senderId];
  return `${record.callType} ${JSON.stringify(pair)}`;
}

/** The 2-second slot a timestamp falls in; a match is in the same slot or a neighbouring one. */
const timeSlotOf = (timestamp: number): number => Math.floor(timestamp / SAME_CALL_WINDOW_MS);
