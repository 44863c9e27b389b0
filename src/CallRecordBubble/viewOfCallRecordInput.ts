import { formatRowView } from '../collect';
import type { CallRecordItem } from '../collect';
import { formatCallRecord } from '../format';
import type { CallRecordView } from '../format';
import { mergeCallRecordOptions, sameViewOptions } from '../options';
import type { CallRecordOptions } from '../options';
import { isCallRecord } from '../record';
import type { CallRecord } from '../record';
import { isCallRecordView } from './readCallRecordInput';
import type { CallRecordInput } from './readCallRecordInput';

/** Internal: the record a bubble calls back about, the view it shows and the options behind that view. */
export interface CallRecordShown {
  /** The record (the latest one of a group). */
  readonly record: CallRecord;
  readonly view: CallRecordView;
  /** The options `view` was formatted with (a list item's own when its view is kept). */
  readonly options: CallRecordOptions;
}

/** The options a list item was formatted with; an item made by hand without them counts as none. */
function optionsOf(item: CallRecordItem): CallRecordOptions | undefined {
  const { options } = item as { readonly options?: unknown };
  return typeof options === 'object' && options !== null ? options : undefined;
}

/** The records of an item's row: a group's, when every one is a record; else the item's record alone. */
function rowRecords(item: CallRecordItem): readonly CallRecord[] {
  return item.count > 1 && item.records.length > 1 && item.records.every(isCallRecord)
    ? item.records
    : [item.record];
}

/**
 * Internal: the options around a bubble, kept apart because a list item sits between them: the
 * nearest provider's, and the bubble's own props.
 */
export interface BubbleOptions {
  readonly provider: CallRecordOptions;
  readonly own: CallRecordOptions;
}

/**
 * The view of a list item: the options it was formatted with win over the provider's (they already
 * hold those of the provider around the hook) and the bubble's own props win over both. The item's
 * own `view` is kept when that changes nothing that shapes a view (a `timeZone` alone does not);
 * else the item is formatted again with every option merged, never with fewer.
 */
function showItem(item: CallRecordItem, { provider, own }: BubbleOptions): CallRecordShown {
  const itemOptions = optionsOf(item);
  const merged = mergeCallRecordOptions(mergeCallRecordOptions(provider, itemOptions), own);
  const { record } = item;
  if (sameViewOptions(merged, itemOptions) && isCallRecordView(item.view))
    return { record, view: item.view, options: merged };
  const view = formatRowView(rowRecords(item), merged, formatCallRecord(record, merged));
  return { record, view, options: merged };
}

/**
 * Internal: what a bubble shows for a recognised input: a record is formatted with its own options
 * merged over the provider's; a list item keeps its own view unless the bubble's own options, or the
 * provider's for what the item did not set, change it (see `showItem`). `undefined` for no record.
 * May throw what a formatter throws (the bubble falls back).
 *
 * @example
 * ```ts
 * viewOfCallRecordInput(readCallRecordInput(item), { provider: { locale: 'en' }, own: {} })?.view === item.view; // true
 * ```
 */
export function viewOfCallRecordInput(
  input: CallRecordInput,
  options: BubbleOptions,
): CallRecordShown | undefined {
  if (input.kind === 'item') return showItem(input.item, options);
  if (input.kind === 'record') {
    const { record } = input;
    const merged = mergeCallRecordOptions(options.provider, options.own);
    return { record, view: formatCallRecord(record, merged), options: merged };
  }
  return undefined;
}
