import { sameElements } from './arrays';
import { RecentCache } from './RecentCache';
import type { ShownCall } from './ShownCall';
import type { CallRecordItem } from './types';
import type { ViewFormatter } from './ViewFormatter';

/**
 * The items of one set of options, by row key: a row whose calls show the same records from the
 * same message as before gets the same item object back, wherever it moved in the list.
 *
 * @example
 * const items = new ItemCache(formatter);
 * items.itemOf([call]) === items.itemOf([call]); // true
 */
export class ItemCache<Message> {
  readonly #formatter: ViewFormatter;
  readonly #items = new RecentCache<string, CallRecordItem<Message>>();

  constructor(formatter: ViewFormatter) {
    this.#formatter = formatter;
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
      view: records.length === 1 ? latest.view : this.#formatter.groupViewOf(records, latest.view),
      message: latest.message,
      options: this.#formatter.options,
    };
    this.#items.set(first.key, item);
    return item;
  }

  /** Begins a full pass: items of rows not seen again before {@link endPass} are forgotten. */
  beginPass(): void {
    this.#items.beginGeneration();
  }

  endPass(): void {
    this.#items.endGeneration();
  }
}
