import type { CallRecordView } from '../format';
import type { CallStatus } from '../record';
import type { CallRecordStats } from './types';

/** The counts of {@link CallRecordStats}, but `total`, while a list is being read. */
type Counts = {
  -readonly [Key in Exclude<keyof CallRecordStats, 'total' | 'byStatus'>]: number;
} & { byStatus: Record<CallStatus, number> };

/**
 * Counts one list's messages as they are read: each message once, as shown (per record, also inside a
 * missed-call group), an error, ignored, or a duplicate.
 *
 * @example
 * const counter = new StatsCounter();
 * counter.addShown(view);
 * counter.addIgnored();
 * counter.snapshot(2).items; // 1
 */
export class StatsCounter {
  readonly #counts: Counts = {
    items: 0,
    errors: 0,
    ignored: 0,
    duplicates: 0,
    byStatus: { completed: 0, cancelled: 0, rejected: 0, timeout: 0, busy: 0 },
    missed: 0,
    talkSeconds: 0,
  };

  /** A record shown with this view. */
  addShown(view: CallRecordView): void {
    this.#changeShown(view, 1);
  }

  /** A record no longer shown (a later report of its call replaced it). */
  removeShown(view: CallRecordView): void {
    this.#changeShown(view, -1);
  }

  addError(): void {
    this.#counts.errors += 1;
  }

  addIgnored(): void {
    this.#counts.ignored += 1;
  }

  addDuplicate(): void {
    this.#counts.duplicates += 1;
  }

  /** The counts so far, for a list of `total` messages (a new object). */
  snapshot(total: number): CallRecordStats {
    return { total, ...this.#counts, byStatus: { ...this.#counts.byStatus } };
  }

  #changeShown(view: CallRecordView, delta: 1 | -1): void {
    const counts = this.#counts;
    counts.items += delta;
    counts.byStatus[view.status] += delta;
    if (view.tone === 'missed') counts.missed += delta;
    if (view.status === 'completed') counts.talkSeconds += delta * (view.seconds ?? 0);
  }
}
