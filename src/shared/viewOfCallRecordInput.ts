import { mergeCallRecordOptions, sameViewOptions } from '../CallRecordProvider/options';
import type { CallRecordOptions } from '../CallRecordProvider/options';
import type { CallRecordItem } from '../collect/types';
import { formatCallRecord, formatMissedCallGroup } from '../format';
import type { CallRecordView } from '../format';
import type { CallRecord } from '../record';
import { isCallRecord, isCallRecordView } from './readCallRecordInput';
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

/** A group's records, when every one is a record; else `undefined` (the item is shown as one record). */
function groupRecords(item: CallRecordItem): readonly CallRecord[] | undefined {
  return item.count > 1 && item.records.length > 1 && item.records.every(isCallRecord)
    ? item.records
    : undefined;
}

/**
 * The view of a list item under `options` (the provider's merged with the bubble's own): the item's
 * own `view` when merging `options` over the item's options changes nothing that shapes a view (a
 * `timeZone` alone does not), else the item formatted again with every option merged (the item's,
 * then `options` over them), never with fewer.
 */
function showItem(item: CallRecordItem, options: CallRecordOptions): CallRecordShown {
  const itemOptions = optionsOf(item);
  const merged = mergeCallRecordOptions(itemOptions, options);
  const { record } = item;
  if (sameViewOptions(merged, itemOptions) && isCallRecordView(item.view))
    return { record, view: item.view, options: merged };
  const records = groupRecords(item);
  const view = records ? formatMissedCallGroup(records, merged) : formatCallRecord(record, merged);
  return { record, view, options: merged };
}

/**
 * Internal: what a bubble shows for a recognised input under `options`: a record is formatted with
 * them; a list item keeps its own view unless `options` set something the item was not formatted
 * with (then it is formatted again with all of them, see `showItem`). `undefined` for no record.
 * May throw what a formatter throws (the bubble falls back).
 *
 * @example
 * ```ts
 * viewOfCallRecordInput(readCallRecordInput(item), { locale: 'en' })?.view.text; // item.view.text when item.options.locale is 'en'
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
