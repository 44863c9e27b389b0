import { useState } from 'react';
import { createCallRecordCollector } from '../collect';
import type { CollectCallRecordsOptions, UseCallRecordsResult } from '../collect';
import { useCallRecordContext } from '../CallRecordProvider';
import { mergeCallRecordOptions, pickCallRecordOptions } from '../options';

/**
 * The options of {@link useCallRecords}: those of the collector. Every option of `CallRecordOptions`
 * defaults to the nearest `CallRecordProvider`'s (options win; `messages` overrides are merged key by
 * key over the provider's); the list options (`groupMissed`, `getRecordInput`) are the hook's own.
 *
 * @example
 * ```ts
 * useCallRecords(messages, { groupMissed: true, getRecordInput: (m) => m.payload });
 * ```
 */
export type UseCallRecordsOptions<M = unknown> = CollectCallRecordsOptions<M>;

/**
 * Turns a whole message list (mixed: text, images, call records in any NIM shape, app wrappers) into
 * stable, formatted call items, the broken call records, and counts. A thin adapter: it merges the
 * nearest `CallRecordProvider`'s options under its own (`mergeCallRecordOptions`) and hands the list
 * to one `createCallRecordCollector` per component, where every rule and cache lives.
 *
 * - `items` are in input order; non-call messages are ignored, broken call records are listed in
 *   `errors`, duplicates are dropped (the rules are those of `createCallRecordCollector`); `stats`
 *   accounts for every message: `items + errors + ignored + duplicates === total`.
 * - Each item carries `options`, the merged options its `view` was formatted with; a
 *   `CallRecordBubble` shows `item.view` as it is unless its own option props change it.
 * - Incremental and stable: each message is parsed once; appending k messages reads only those k;
 *   while the options are unchanged, an unchanged row keeps the same item object; the same (or an
 *   equal) list with the same options returns the same result object; other options re-format views
 *   only (pass a stable `pickDuration` function; `messages` is compared key by key).
 * - `getRecordInput` may be an inline function: it is read for new messages only and must be a pure
 *   function of the message. App callbacks never break rendering: a message whose `getRecordInput` or
 *   formatting (`pickDuration`) throws is listed in `errors` with code `'invalid-field'`.
 * - `groupMissed` (default `false`): one row for missed calls from one person with one call type that
 *   no other message of the list separates (see `CollectCallRecordsOptions`).
 *
 * Treat messages as immutable (new objects for edits), like any React state.
 *
 * @param messages - the conversation's messages, oldest first.
 * @param options - see {@link UseCallRecordsOptions}.
 * @returns `{ items, errors, stats }`.
 * @example
 * ```tsx
 * const { items } = useCallRecords(messages, { selfId: me, groupMissed: true, getRecordInput: (m) => m.payload });
 * return items.map((item) => <CallRecordBubble key={item.key} record={item} />);
 * ```
 */
export function useCallRecords<M = unknown>(
  messages: readonly M[],
  options: UseCallRecordsOptions<M> = {},
): UseCallRecordsResult<M> {
  const context = useCallRecordContext();
  const [collector] = useState(() => createCallRecordCollector<M>());
  // Every option reaches the collector: the list options as given, the call-record options merged over the provider's.
  return collector.collect(messages, {
    ...options,
    ...mergeCallRecordOptions(context, pickCallRecordOptions(options)),
  });
}
