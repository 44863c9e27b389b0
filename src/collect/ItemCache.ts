import type { CallRecordOptions } from '../options';
import { sameElements } from './arrays';
import { RecentCache } from './RecentCache';
import type { ShownCall } from './ShownCall';
import type { CallRecordItem } from './types';
import type { ViewFormatter } from './ViewFormatter';

/**
 * The items of one set of options, by row key: a row whose calls show the same records from the
 * same message as before gets the same item object back, wherever it moved in the list. Views come
 * from `formatter`, which may serve several sets of options that differ only in the time zone.
 *
 * @example
 * const items = new ItemCache(formatter, { locale: 'en', timeZone: 'UTC' });
 * items.itemOf([call]) === items.itemOf([call]); // true
 */
export class ItemCache<Message> {
  /** The options every item of this cache carries (`item.options`). */
  readonly options: CallRecordOptions;
  readonly #formatter: ViewFormatter;
  readonly #items = new RecentCache<string, CallRecordItem<Message>>();

  constructor(formatter: ViewFormatter, options: CallRecordOptions) {
    this.#formatter = formatter;
    this.options = options;
  }

  /** The item of a row showing `calls` (one call, or a missed-call group in input order; a row has at least one). */
  itemOf(calls: readonly ShownCall<Message>[]): CallRecordItem<Message> {
    const first = calls[0]!;
    const latest = calls[calls.length - 1]!;
    const records = calls.map((call) => call.record);
    const cached = this.#items.get(first.key);
    if (cached !== undefined && cached.message === latest.message && sameElements(cached.records, records)) {
      return cached;
    }
    const item: CallRecordItem<Message> = {
      key: first.key,
      record: latest.record,
      records,
      count: records.length,
      view: this.#formatter.rowViewOf(records, latest.view),
      message: latest.message,
      options: this.options,
    };
    this.#items.set(first.key, item);
    return item;
  }

  /** Begins a full pass: items of rows that neither this pass nor the one before uses are forgotten at the next. */
  beginPass(): void {
    this.#items.beginGeneration();
  }
}
