import { useMemo, useState, useSyncExternalStore } from 'react';
import { createCallLog } from '../callHistory';
import type { CallLogOptions, CallLogResult, CallLogWordOptions } from '../callHistory';
import { useCallRecordContext, useStableCallRecordOptions } from '../CallRecordProvider';
import { acceptedTimeZone } from '../format';
import { mergeCallRecordOptions, pickCallRecordOptions } from '../options';

/**
 * The options of {@link useCallLog}: those of `createCallLog` (every option of `CallRecordOptions`,
 * `filter`, `now`, `getRecordInput`). Every option of `CallRecordOptions` defaults to the nearest
 * `CallRecordProvider`'s (options win; `messages` merged key by key).
 *
 * @example
 * ```ts
 * useCallLog(messages, { filter: 'missed', now: serverNow, timeZone: 'Europe/Paris' });
 * ```
 */
export type UseCallLogOptions<M = unknown> = CallLogOptions<M>;

/**
 * What {@link useCallLog} returns: the call log, and `options`, what to write its words with
 * (`describeCallLogRow(row, options, name)`, `formatCallLogDay(row.day, options)`).
 *
 * @example
 * ```ts
 * const { rows, counts, options } = useCallLog(messages);
 * ```
 */
export interface UseCallLogResult<M = unknown> extends CallLogResult<M> {
  /**
   * The merged options with the `now` relative days count from: the app's `now`; else the time the
   * component mounted in the browser. On the server and while hydrating, without a `now` or without
   * a `timeZone`, relative days would differ between the two: `now` is then `undefined` (no "when"),
   * and the rows' days are counted in UTC, until the render right after hydration.
   */
  readonly options: CallLogWordOptions;
}

const noSubscription = (): (() => void) => () => {};
const onClient = (): boolean => true;
const onServer = (): boolean => false;

/**
 * A call history (a phone's Recents) from messages of one or many conversations: rows newest first,
 * consecutive calls with one person, call type, kind and day folded with a count, filtered (`'all'`,
 * `'missed'`) with the count of rows of each filter. A thin adapter: it merges the nearest
 * `CallRecordProvider`'s options under its own and hands the list to one `createCallLog` per
 * component, where the rules (see there) and the caches live: a row with the same calls keeps the
 * same object across renders, also when a page of history is appended or prepended.
 *
 * Server rendering: pass `now` and `timeZone` (the same to the server and the hydrating client) and
 * both write the same days and times. Without them the server writes no time or relative day, and
 * counts days in UTC; the browser writes them in its own zone right after hydration, as the bubble
 * does with a zone-less time.
 *
 * @param messages - messages from any number of conversations, in any order.
 * @param options - see {@link UseCallLogOptions}.
 * @returns the rows, `counts`, `filter`, `errors`, `stats` and the `options` to write the words with.
 * @example
 * ```tsx
 * const { rows, options } = useCallLog(messages, { selfId: me, filter: 'missed' });
 * return rows.map((row) => <li key={row.key}>{describeCallLogRow(row, options).name}</li>);
 * ```
 */
export function useCallLog<M = unknown>(
  messages: readonly M[],
  options: UseCallLogOptions<M> = {},
): UseCallLogResult<M> {
  const context = useCallRecordContext();
  const [builder] = useState(() => createCallLog<M>());
  const [mountedAt] = useState(() => Date.now());
  // One identity while the options stay equal (an inline `messages` compared key by key), so the
  // word options, the result and every row's memo hold across renders.
  const merged = useStableCallRecordOptions(mergeCallRecordOptions(context, pickCallRecordOptions(options)));
  const zone = acceptedTimeZone(merged.timeZone);
  const given = typeof options.now === 'number' && Number.isFinite(options.now) ? options.now : undefined;
  const differsOnServer = zone === undefined || given === undefined;
  const inBrowser = useSyncExternalStore(noSubscription, differsOnServer ? onClient : onServer, onServer);
  const foldZone = zone ?? (inBrowser ? undefined : 'UTC');
  const now = given ?? (inBrowser ? mountedAt : undefined);
  const result = builder.build(messages, {
    ...options,
    ...merged,
    timeZone: foldZone,
  });
  const wordOptions = useMemo(() => ({ ...merged, timeZone: foldZone, now }), [merged, foldZone, now]);
  return useMemo(() => ({ ...result, options: wordOptions }), [result, wordOptions]);
}
