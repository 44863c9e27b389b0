import type { CallRecordView } from '../format';
import type { CallRecord } from '../record';
import { reuseIfSame } from './arrays';
import { CallDeduper, hasMoreDurationData } from './dedupe';
import type { ItemCache } from './ItemCache';
import { MissedCallGrouper } from './MissedCallGrouper';
import type { ParseCache } from './ParseCache';
import type { ShownCall } from './ShownCall';
import { StatsCounter } from './StatsCounter';
import type { CallRecordErrorEntry, CallRecordItem, UseCallRecordsResult } from './types';
import { FORMAT_FAILED } from './ViewFormatter';
import type { ViewFormatter } from './ViewFormatter';

/** The caches a list reads through; they outlive the list. */
export interface ListCaches<Message> {
  readonly parser: ParseCache<Message>;
  readonly formatter: ViewFormatter;
  readonly items: ItemCache<Message>;
}

/**
 * One message list as read so far: its rows, errors and counts. Messages are taken one at a time, in
 * input order, so an append continues where the list stopped.
 *
 * @example
 * const list = new CollectedList(caches, { groupMissed: true });
 * messages.forEach((message, index) => list.add(message, index, undefined));
 * list.result(undefined).items;
 */
export class CollectedList<Message> {
  /** Whether missed calls are grouped in this list. */
  readonly groupMissed: boolean;
  readonly #caches: ListCaches<Message>;
  readonly #deduper = new CallDeduper();
  readonly #grouper: MissedCallGrouper;
  readonly #stats = new StatsCounter();
  /** Shown calls, in order of their first report. */
  readonly #calls: ShownCall<Message>[] = [];
  /** Per item, the indexes of its calls in `#calls` (never empty: a row is made with its first call). */
  readonly #rows: number[][] = [];
  readonly #items: CallRecordItem<Message>[] = [];
  readonly #errors: CallRecordErrorEntry<Message>[] = [];
  /** Rows whose item must be (re)built before the next result. */
  readonly #changedRows = new Set<number>();
  #total = 0;

  constructor(caches: ListCaches<Message>, options: { readonly groupMissed: boolean }) {
    this.#caches = caches;
    this.groupMissed = options.groupMissed;
    this.#grouper = new MissedCallGrouper(options.groupMissed);
  }

  /** Takes the next message of the list (`index` is its position in the input). */
  add(message: Message, index: number, getRecordInput: ((message: Message) => unknown) | undefined): void {
    this.#total += 1;
    const parsed = this.#caches.parser.read(message, getRecordInput);
    if (parsed.ok) {
      this.#addRecord(parsed.record, message, index);
      return;
    }
    this.#grouper.interrupt();
    if (parsed.error.code === 'not-a-call-record') this.#stats.addIgnored();
    else this.#addError({ message, index, error: parsed.error });
  }

  /** The rows, errors and counts so far, sharing unchanged arrays with `previous`. */
  result(previous: UseCallRecordsResult<Message> | undefined): UseCallRecordsResult<Message> {
    for (const itemIndex of this.#changedRows) {
      const calls = this.#rows[itemIndex]!.map((callIndex) => this.#calls[callIndex]!);
      this.#items[itemIndex] = this.#caches.items.itemOf(calls);
    }
    this.#changedRows.clear();
    return {
      items: reuseIfSame(this.#items, previous?.items),
      errors: reuseIfSame(this.#errors, previous?.errors),
      stats: this.#stats.snapshot(this.#total),
    };
  }

  #addRecord(record: CallRecord, message: Message, index: number): void {
    const verdict = this.#deduper.verdict(record);
    if (verdict.kind === 'same-message') {
      this.#grouper.interrupt();
      this.#deduper.addMessage(record);
      this.#stats.addDuplicate();
    } else if (verdict.kind === 'same-call') {
      this.#grouper.interrupt();
      this.#addReport(record, message, index, verdict.callIndex);
    } else {
      this.#addCall(record, message, index);
    }
  }

  /** Another report of the call at `callIndex`: shown instead when it carries more duration data. */
  #addReport(record: CallRecord, message: Message, index: number, callIndex: number): void {
    const shown = this.#calls[callIndex]!;
    if (hasMoreDurationData(record, shown.record)) {
      const view = this.#viewOf(record, message, index);
      if (view === undefined) return;
      this.#calls[callIndex] = { ...shown, record, message, view };
      this.#stats.removeShown(shown.view);
      this.#stats.addShown(view);
      this.#changedRows.add(shown.itemIndex);
    }
    this.#deduper.addReport(record, callIndex);
    this.#stats.addDuplicate();
  }

  /** The first report of a call: a new row, or the next call of the open missed-call group. */
  #addCall(record: CallRecord, message: Message, index: number): void {
    const view = this.#viewOf(record, message, index);
    if (view === undefined) {
      this.#grouper.interrupt();
      return;
    }
    const callIndex = this.#calls.length;
    const itemIndex = this.#grouper.place(view, this.#rows.length);
    const call: ShownCall<Message> = {
      key: record.id,
      itemIndex,
      record,
      message,
      view,
    };
    this.#calls.push(call);
    if (itemIndex === this.#rows.length) this.#rows.push([callIndex]);
    else this.#rows[itemIndex]!.push(callIndex);
    this.#changedRows.add(itemIndex);
    this.#deduper.addCall(record, callIndex);
    this.#stats.addShown(view);
  }

  /** The record's view, or `undefined` after listing the message as an error when formatting throws. */
  #viewOf(record: CallRecord, message: Message, index: number): CallRecordView | undefined {
    const view = this.#caches.formatter.viewOf(record);
    if (view === undefined) this.#addError({ message, index, error: FORMAT_FAILED });
    return view;
  }

  #addError(entry: CallRecordErrorEntry<Message>): void {
    this.#errors.push(entry);
    this.#stats.addError();
  }
}
