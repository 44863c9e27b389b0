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
 * Internal: the options a bubble shows its input with, in the one order of precedence: the defaults,
 * the provider's, a list item's own (the hook's, which already hold those of the provider around the
 * hook), then the bubble's props. Never throws.
 *
 * @example
 * ```ts
 * shownOptions(readCallRecordInput(item), { provider: { locale: 'en' }, own: {} }).locale; // item.options.locale
 * ```
 */
export function shownOptions(input: CallRecordInput, { provider, own }: BubbleOptions): CallRecordOptions {
  const itemOptions = input.kind === 'item' ? optionsOf(input.item) : undefined;
  return mergeCallRecordOptions(mergeCallRecordOptions(provider, itemOptions), own);
}

/**
 * The view of a list item under the options it is shown with: its own `view` when they change
 * nothing that shapes a view from the options it was formatted with (a `timeZone` alone does not);
 * else the item formatted again with them (they hold the item's own), never with fewer.
 */
function showItem(item: CallRecordItem, options: CallRecordOptions): CallRecordShown {
  const { record } = item;
  if (sameViewOptions(options, optionsOf(item)) && isCallRecordView(item.view))
    return { record, view: item.view, options };
  const view = formatRowView(rowRecords(item), options, formatCallRecord(record, options));
  return { record, view, options };
}

/**
 * Internal: what a bubble shows for a recognised input under the options it is shown with
 * ({@link shownOptions}): a record is formatted with them; a list item keeps its own view unless they
 * change it (see `showItem`). `undefined` for no record. May throw what a formatter throws (the
 * bubble falls back).
 *
 * @example
 * ```ts
 * viewOfCallRecordInput(readCallRecordInput(item), item.options)?.view === item.view; // true
 * ```
 */
export function viewOfCallRecordInput(
  input: CallRecordInput,
  options: CallRecordOptions,
): CallRecordShown | undefined {
  if (input.kind === 'item') return showItem(input.item, options);
  if (input.kind === 'record') {
    const { record } = input;
    return { record, view: formatCallRecord(record, options), options };
  }
  return undefined;
}
