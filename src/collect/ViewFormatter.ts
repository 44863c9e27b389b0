import { formatCallRecord, formatMissedCallGroup } from '../format';
import type { CallRecordView } from '../format';
import type { CallRecordOptions } from '../options';
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
 * - {@link rowViewOf} gives the view of a row (one record, or a missed-call group: see {@link formatRowView}).
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

  /** The view of a row showing `records` (input order, at least one); `latestView` is the view of the last one. */
  rowViewOf(records: readonly CallRecord[], latestView: CallRecordView): CallRecordView {
    return formatRowView(records, this.options, latestView);
  }

  /** Begins a full pass: views of records that neither this pass nor the one before uses are forgotten at the next. */
  beginPass(): void {
    this.#views.beginGeneration();
  }
}

/**
 * The view of a row of a call list, the one place that tells a single call from a missed-call group:
 * for one record, `latestView` (the view of the last record) as it is; for a group (records in input
 * order), `formatMissedCallGroup` under `options`, else, when the options' wording cannot form one,
 * with the locale's built-in wording, and as a last resort `latestView` with the count. Used by the
 * collector and by a bubble that formats a list item again. Never throws.
 *
 * @example
 * formatRowView([missed1, missed2], { selfId: 'me' }, formatCallRecord(missed2, { selfId: 'me' })).text; // '2 missed calls'
 */
export function formatRowView(
  records: readonly CallRecord[],
  options: CallRecordOptions,
  latestView: CallRecordView,
): CallRecordView {
  if (records.length < 2) return latestView;
  return (
    tryGroupView(records, options) ??
    tryGroupView(records, { ...options, messages: undefined }) ?? {
      ...latestView,
      count: records.length,
    }
  );
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
