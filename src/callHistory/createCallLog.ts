import { createCallRecordCollector } from '../collect';
import type { CallRecordItem, UseCallRecordsResult } from '../collect';
import { reuseIfSame, sameElements } from '../collect/arrays';
import { RecentCache } from '../collect/RecentCache';
import { acceptedTimeZone } from '../format';
import { pickCallRecordOptions, readOption } from '../options';
import { DayReader } from './days';
import { foldCalls, kindOf } from './fold';
import type { LoggedCall } from './fold';
import { CALL_LOG_FILTERS } from './types';
import type { CallLogBuilder, CallLogFilter, CallLogOptions, CallLogResult, CallLogRow } from './types';

/** `filter` when it names one of {@link CALL_LOG_FILTERS}, else `'all'`. */
function filterOf(filter: unknown): CallLogFilter {
  return CALL_LOG_FILTERS.find((known) => known === filter) ?? 'all';
}

/** A completed build: what it read and what it returned. */
interface Build<Message> {
  readonly collected: UseCallRecordsResult<Message>;
  readonly timeZone: string | undefined;
  readonly filter: CallLogFilter;
  readonly rowsByFilter: Readonly<Record<CallLogFilter, readonly CallLogRow<Message>[]>>;
  readonly result: CallLogResult<Message>;
}

/**
 * The collector's items newest first: by timestamp, latest first; a call without a timestamp after
 * every timed one; between equal times, the later in the input first.
 */
function newestFirst<Message>(items: readonly CallRecordItem<Message>[]): CallRecordItem<Message>[] {
  // Reversed first: the sort is stable, so equal times keep the later input first.
  return items.slice().reverse().sort(newerFirst);
}

/** The sort order of two items: the later time first; equal (or both missing) times keep their order. */
function newerFirst(first: CallRecordItem<unknown>, second: CallRecordItem<unknown>): number {
  const firstTime = timeOf(first);
  const secondTime = timeOf(second);
  if (firstTime === secondTime) return 0;
  return firstTime > secondTime ? -1 : 1;
}

/** A record's time for sorting; no time sorts as the oldest. */
function timeOf(item: CallRecordItem<unknown>): number {
  const { timestamp } = item.record;
  return typeof timestamp === 'number' && Number.isFinite(timestamp) ? timestamp : -Infinity;
}

/** Per filter, which calls it shows. */
const SHOWS: Readonly<Record<CallLogFilter, (call: LoggedCall<unknown>) => boolean>> = {
  all: () => true,
  missed: (call) => call.kind === 'missed',
};

/**
 * Creates a React-free, incremental call-log builder: it turns messages from one or many
 * conversations (mixed, in any order) into the rows of a phone's Recents list, newest first. The
 * logic behind `useCallLog`.
 *
 * Calls are read by the collector (`createCallRecordCollector`): the same parse, dedupe and
 * perspective rules as the chat (non-call messages ignored, broken records in `errors`, another
 * report of one call shown once; `view.direction`, `view.tone` and `view.peerId` decide the row).
 *
 * Folding rule, as a phone's Recents folds: consecutive calls, newest first, share a row when they
 * have the same person (`view.peerId`), the same call type (audio and video never mix), both missed or
 * both not missed, and the same day. So three missed calls from Bob fold into "Missed voice call, 3
 * times", and a call Bob placed and your call back (both not missed) fold too; the row's kind, glyph
 * and words are its newest call's (`'missed'`, `'incoming'` for answered or declined, `'outgoing'`
 * for answered or not, `'unknown'`). A row never spans two days (it sits under one day header, in the
 * `timeZone` of the options), and a call whose side nobody knows (kind `'unknown'`, even when the
 * conversation id names its person), without a person (a record sent to oneself) or without a
 * timestamp is never folded. The `'missed'` filter folds the missed calls again among
 * themselves, as a phone's Missed tab does: two missed calls from Bob with your call back between
 * them are two rows under "All" and one under "Missed".
 *
 * What it reuses between `build` calls: everything the collector reuses (a message is parsed once, a
 * view formatted once per options), and rows: a row with the same calls (the same item objects) on the
 * same day is the same row object, whatever else changed in the list (a page of older history
 * appended or prepended, a new call at the top); the same list with the same options returns the same
 * result object, and unchanged `rows` keep the same array.
 *
 * @example
 * ```ts
 * const log = createCallLog<AppMessage>();
 * const { rows, counts } = log.build(messages, { selfId: 'bob', timeZone: 'Europe/Paris', getRecordInput: (m) => m.payload });
 * ```
 */
export function createCallLog<Message = unknown>(): CallLogBuilder<Message> {
  const builder = new IncrementalCallLog<Message>();
  return { build: (messages, options) => builder.build(messages, options) };
}

/**
 * Builds one call log once: a one-shot {@link createCallLog}. Use a builder (or `useCallLog`) when the
 * list changes over time, to reuse earlier work.
 *
 * @example
 * ```ts
 * const { rows } = buildCallLog(messages, { selfId: 'bob', filter: 'missed' });
 * ```
 */
export function buildCallLog<Message = unknown>(
  messages: readonly Message[],
  options?: CallLogOptions<Message>,
): CallLogResult<Message> {
  return createCallLog<Message>().build(messages, options);
}

class IncrementalCallLog<Message> {
  readonly #collector = createCallRecordCollector<Message>();
  /** Per filter, the rows of the latest builds by key. */
  readonly #rows: Readonly<Record<CallLogFilter, RecentCache<string, CallLogRow<Message>>>> = {
    all: new RecentCache(),
    missed: new RecentCache(),
  };
  /** Per zone (`''` for the runtime's), its day reader, which keeps the latest day's span. */
  readonly #days = new Map<string, DayReader>();
  #latest: Build<Message> | undefined;

  build(messages: readonly Message[], options: CallLogOptions<Message> | undefined): CallLogResult<Message> {
    const getRecordInput = readOption(options, 'getRecordInput') as CallLogOptions<Message>['getRecordInput'];
    const collected = this.#collector.collect(messages, {
      ...pickCallRecordOptions(options),
      getRecordInput,
    });
    const timeZone = acceptedTimeZone(readOption(options, 'timeZone'));
    const filter = filterOf(readOption(options, 'filter'));
    const latest = this.#latest;
    if (latest?.collected === collected && latest.timeZone === timeZone) {
      if (latest.filter === filter) return latest.result;
      return this.#remember(latest.collected, timeZone, filter, latest.rowsByFilter);
    }
    const calls = this.#callsOf(collected.items, timeZone);
    const rowsByFilter = {} as Record<CallLogFilter, readonly CallLogRow<Message>[]>;
    for (const name of CALL_LOG_FILTERS) {
      this.#rows[name].beginGeneration();
      const rows = foldCalls(calls.filter(SHOWS[name])).map((row) => this.#rowOf(name, row));
      rowsByFilter[name] = reuseIfSame(rows, latest?.rowsByFilter[name]);
    }
    return this.#remember(collected, timeZone, filter, rowsByFilter);
  }

  #remember(
    collected: UseCallRecordsResult<Message>,
    timeZone: string | undefined,
    filter: CallLogFilter,
    rowsByFilter: Build<Message>['rowsByFilter'],
  ): CallLogResult<Message> {
    const counts = { all: rowsByFilter.all.length, missed: rowsByFilter.missed.length };
    const { errors, stats } = collected;
    const result = { rows: rowsByFilter[filter], filter, counts, errors, stats };
    this.#latest = { collected, timeZone, filter, rowsByFilter, result };
    return result;
  }

  /** The calls of the collected items, newest first, with their kind and day. */
  #callsOf(items: readonly CallRecordItem<Message>[], timeZone: string | undefined): LoggedCall<Message>[] {
    let days = this.#days.get(timeZone ?? '');
    if (days === undefined) {
      days = new DayReader(timeZone);
      if (this.#days.size >= 8) this.#days.clear();
      this.#days.set(timeZone ?? '', days);
    }
    const reader = days;
    return newestFirst(items).map((item) => ({
      item,
      kind: kindOf(item.view),
      day: reader.dayOf(item.record.timestamp),
    }));
  }

  /** The row of `calls` (newest first) under `filter`: the one made before for the same calls on the same day, else a new one. */
  #rowOf(filter: CallLogFilter, calls: readonly LoggedCall<Message>[]): CallLogRow<Message> {
    const latest = calls[0]!;
    const oldest = calls[calls.length - 1]!;
    const items = calls.map((call) => call.item);
    const cache = this.#rows[filter];
    const cached = cache.get(oldest.item.key);
    if (cached !== undefined && cached.day === latest.day && sameElements(cached.items, items)) return cached;
    const { view, record, options } = latest.item;
    const row: CallLogRow<Message> = {
      key: oldest.item.key,
      kind: latest.kind,
      callType: view.callType,
      peerId: view.peerId,
      count: items.length,
      timestamp: record.timestamp,
      day: latest.day,
      seconds: items.length === 1 ? view.seconds : undefined,
      items,
      records: items.map((item) => item.record),
      messages: items.map((item) => item.message),
      view,
      options,
    };
    cache.set(row.key, row);
    return row;
  }
}
