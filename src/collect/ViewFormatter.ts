import { formatCallRecord, formatMissedCallGroup } from '../format';
import type { CallRecordView } from '../format';
import type { CallRecordOptions } from '../CallRecordProvider/options';
import type { CallRecord, CallRecordError } from '../record';
import { RecentCache } from './RecentCache';

/** The error of a record the formatter threw on (e.g. a `pickDuration` function that throws). */
export const FORMAT_FAILED: CallRecordError = { code: 'invalid-field', message: 'formatting failed' };

/**
 * Views for one set of options: each record is formatted once (while it stays in the list), and a
 * throw never escapes.
 *
 * - {@link viewOf} gives `undefined` when the formatter throws on a record; that is not cached, so
 *   the record is formatted again on the next full pass.
 * - {@link groupViewOf} formats a missed-call group; if the options' wording cannot form one, it
 *   uses the locale's built-in wording, and as a last resort the latest call's view with the count.
 *
 * A new set of options gets a new formatter: views are never shared between options.
 *
 * @example
 * const formatter = new ViewFormatter({ selfId: 'me', locale: 'en' });
 * formatter.viewOf(record)?.text; // 'Missed call'
 */
export class ViewFormatter {
  /** The options every view of this formatter is formatted with. */
  readonly options: CallRecordOptions;
  readonly #views = new RecentCache<CallRecord, CallRecordView>();

  constructor(options: CallRecordOptions) {
    this.options = options;
  }

  /** The view of one record, or `undefined` when formatting it throws. */
  viewOf(record: CallRecord): CallRecordView | undefined {
    const cached = this.#views.get(record);
    if (cached !== undefined) return cached;
    try {
      const view = formatCallRecord(record, this.options);
      this.#views.set(record, view);
      return view;
    } catch {
      return undefined;
    }
  }

  /** The view of a missed-call group (`records` in input order; `latestView` the view of the last one). */
  groupViewOf(records: readonly CallRecord[], latestView: CallRecordView): CallRecordView {
    return (
      tryGroupView(records, this.options) ??
      tryGroupView(records, { ...this.options, messages: undefined }) ?? {
        ...latestView,
        count: records.length,
      }
    );
  }

  /** Begins a full pass: views of records not seen again before {@link endPass} are forgotten. */
  beginPass(): void {
    this.#views.beginGeneration();
  }

  endPass(): void {
    this.#views.endGeneration();
  }
}

function tryGroupView(
  records: readonly CallRecord[],
  options: CallRecordOptions,
): CallRecordView | undefined {
  try {
    return formatMissedCallGroup(records, options);
  } catch {
    return undefined;
  }
}
