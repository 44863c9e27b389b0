import { useState } from 'react';
import { createCallRecordCollector } from '../collect';
import type { CollectCallRecordsOptions, UseCallRecordsResult } from '../collect';
import { useCallRecordContext } from '../CallRecordProvider';
import { merge } from '../shared';

/**
 * The options of {@link useCallRecords}; `selfId`, `locale`, `messages` and `pickDuration` default to the
 * nearest `CallRecordProvider`'s (options win; `messages` overrides are merged key by key over the provider's).
 *
 * @example
 * ```ts
 * useCallRecords(messages, { groupMissed: true, getRecordInput: (m) => m.payload });
 * ```
 */
export type UseCallRecordsOptions<M = unknown> = CollectCallRecordsOptions<M>;

/**
 * Turns a whole message list (mixed: text, images, call records in any NIM shape, app wrappers) into
 * stable, formatted call items, the broken call records, and counts. A thin adapter over one
 * {@link createCallRecordCollector} per component: all rules and caching live there.
 *
 * - `items` are in input order; non-call messages are ignored, broken call records are listed in
 *   `errors`, duplicates are dropped (same message id, or a completed call reported twice within 2 s);
 *   `stats` accounts for every message: `items + errors + ignored + duplicates === total`.
 * - Incremental and stable: each message is parsed once; appending k messages processes only those k;
 *   while the options are unchanged, an unchanged row (same messages and records; a missed-call group
 *   with the same records in the same order) keeps the same item object, even when other messages are
 *   inserted or removed around it; entries of `errors` are rebuilt on every change but an append; the
 *   same (or an equal) list with the same options returns the same result object; changing `selfId`,
 *   `locale`, `messages` or `pickDuration` recomputes views only (pass a stable `pickDuration` function;
 *   `messages` is compared key by key).
 * - `selfId`, `locale`, `messages` and `pickDuration` default to the nearest `CallRecordProvider`'s;
 *   options win (`messages` are merged key by key over the provider's).
 * - `getRecordInput` may be an inline function: it is read for new messages only and must be a pure
 *   function of the message (a message already parsed is not parsed again when it changes). App callbacks
 *   never break rendering: a message whose `getRecordInput` or formatting (`pickDuration`) throws is
 *   listed in `errors` with code `'invalid-field'`.
 * - `groupMissed` (default `false`) collapses consecutive missed calls from one person into one item.
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
  return collector.collect(messages, {
    selfId: options.selfId ?? context.selfId,
    locale: options.locale ?? context.locale,
    messages: merge(context.messages, options.messages),
    pickDuration: options.pickDuration ?? context.pickDuration,
    groupMissed: options.groupMissed,
    getRecordInput: options.getRecordInput,
  });
}
