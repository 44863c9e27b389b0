import { formatCallRecord, formatMissedCallGroup } from '../format';
import type { CallRecordOptions, CallRecordView } from '../format';
import { parseCallRecord } from '../record';
import { shallowEqual } from '../shared';
import type { CallRecord, CallRecordError, CallStatus, ParseCallRecordResult } from '../record';
import type {
  CallRecordCollector,
  CallRecordCollectorConfig,
  CallRecordErrorEntry,
  CallRecordItem,
  CallRecordStats,
  CollectCallRecordsOptions,
  UseCallRecordsResult,
} from './types';

/** Two completed records between the same two people at most this far apart (ms) are one call. */
const WINDOW = 2000;

/** The error of a message whose `getRecordInput` threw. */
const READ_FAILED: CallRecordError = {
  code: 'invalid-field',
  message: 'getRecordInput: threw while reading this message',
};

/** The error of a record the formatter threw on (e.g. a user `pickDuration` that throws). */
const FORMAT_FAILED: CallRecordError = { code: 'invalid-field', message: 'formatting failed' };

/** A row: the first report of a call (its anchor: `key`, `at`) and the record currently shown for it. */
interface Slot<M> {
  readonly key: string;
  readonly at: number;
  record: CallRecord;
  message: M;
  view: CallRecordView;
  /** Position of the row in `items` (read for a row's first slot only). */
  i: number;
}

/** The stats of the current list so far, but `total`. */
type Counts = {
  -readonly [K in Exclude<keyof CallRecordStats, 'total'>]: K extends 'byStatus'
    ? Record<CallStatus, number>
    : number;
};

type Cache = Map<unknown, ParseCallRecordResult>;

/** Whether `b` starts with every element of `a` (a hole reads as `undefined`, as `findIndex` visits holes). */
const starts = (a: readonly unknown[], b: readonly unknown[]): boolean =>
  a.length <= b.length && a.findIndex((x, i) => x !== b[i]) < 0;

const same = (a: readonly unknown[], b: readonly unknown[]): boolean => a.length == b.length && starts(a, b);

/** `old` when it has the same elements as `now`, else a copy of `now`. */
const keep = <T>(now: T[], old: readonly T[] | undefined): readonly T[] =>
  old && same(old, now) ? old : now.slice();

/** Total seconds of a record's duration entries. */
const seconds = ({ durations }: CallRecord): number => durations.reduce((sum, d) => sum + d.seconds, 0);

/**
 * Creates a React-free, incremental collector: it turns a list of mixed messages into formatted call
 * items, broken-record errors and stats, the logic behind `useCallRecords`.
 *
 * What it reuses between `collect` calls:
 * - parse results, per message object (a `WeakMap`; strings and other primitives in a map that only keeps
 *   the current list's), so a message is parsed once for the collector's lifetime;
 * - views, per record, until `selfId`, `locale`, `messages` (compared by value) or `pickDuration` change
 *   (then views are recomputed, records are not re-parsed);
 * - items: while the view options are unchanged, a row whose message(s) and records are unchanged keeps the
 *   same item object, wherever its messages moved in the list (a missed-call group too, as long as it has
 *   the same records in the same order); error entries (`errors`) are rebuilt on every pass that
 *   re-processes their message, i.e. all but an append, which keeps the earlier entries;
 * - when the new list starts with every message of the previous one (an append), only the new messages are
 *   processed; the same list (or an equal one) with the same options returns the same result object.
 *
 * Rules (see `CollectCallRecordsOptions` and `CallRecordStats`):
 * - non-call messages are ignored, broken call records go to `errors`;
 * - a record whose id (client id, else server id) or server id was already seen is a duplicate: the first
 *   one is kept;
 * - completed records between the same two people (`senderId`/`receiverId`, either direction) whose
 *   timestamps are at most 2 s apart are one call reported twice: the row stays where the first report
 *   is (and keeps its key), showing the record with the most duration data (more entries, then more
 *   seconds; the first on a tie). Records without both parties and a timestamp are never merged this way.
 *
 * App callbacks never throw out of `collect`: a message whose `getRecordInput` throws, or whose record
 * the formatter throws on, is listed in `errors` with code `'invalid-field'` (and takes no part in dedupe).
 *
 * Messages are treated as immutable: a message object changed in place is not re-parsed.
 *
 * @example
 * ```ts
 * const collector = createCallRecordCollector<AppMessage>({ getRecordInput: (m) => m.payload });
 * const { items, errors, stats } = collector.collect(messages, { selfId: 'bob', locale: 'en' });
 * ```
 */
export function createCallRecordCollector<M = unknown>(
  config: CallRecordCollectorConfig<M> = {},
): CallRecordCollector<M> {
  const parse = config.parse ?? parseCallRecord;
  const parsedObjects = new WeakMap() as Cache;
  /** Parse results of primitive messages (strings): the current list's, and the previous list's during a pass. */
  let parsedPrimitives: Cache = new Map();
  let previousPrimitives: Cache;
  /**
   * Per view options: views per record, and the last item of a row: per record for a single row, per view
   * of its first record for a missed-call group (views are per record too, and never keys of single rows).
   */
  let views: WeakMap<CallRecord, CallRecordView>;
  let rows: WeakMap<object, CallRecordItem<M>>;
  /** The view options of the current views (none before the first pass); `messages` compared key by key. */
  let format: CallRecordOptions | undefined;
  /**
   * The input of the last completed pass, whose grouping is `grouped` and whose result is `result`;
   * undefined after a pass that threw (the next pass is then a full one, as after an options change).
   */
  let done: readonly M[] | undefined;
  let result: UseCallRecordsResult<M> | undefined;
  // What the current list gave so far (set by the first pass, a full one), kept so that an append only
  // processes the new messages.
  let grouped: boolean;
  let ids: Set<string>;
  /** Server ids seen (never `undefined`). */
  let serverIds: Set<string | undefined>;
  /** Completed-call slots by `time bucket + pair of people`, for the 2-second rule. */
  let buckets: Map<string, Slot<M>[]>;
  let items: CallRecordItem<M>[];
  let errors: CallRecordErrorEntry<M>[];
  /** The missed calls forming the last row, while more may join it. */
  let run: Slot<M>[];
  let counts: Counts;
  /** The pass's `getRecordInput`. */
  let getInput: ((message: M) => unknown) | undefined;

  /** The item of a row of these slots (one, or a missed-call group): the previous one while unchanged. */
  const itemOf = (slots: Slot<M>[]): CallRecordItem<M> => {
    const { key, record: first, view: head } = slots[0]!;
    const { record, message, view } = slots.at(-1)!;
    const records = slots.map((slot) => slot.record);
    const id = records[1] ? head : first;
    let item = rows.get(id);
    if (item?.key !== key || item.message !== message || !same(item.records, records))
      rows.set(
        id,
        (item = {
          key,
          record,
          records,
          count: records.length,
          view: records[1] ? formatMissedCallGroup(records, format) : view,
          message,
        }),
      );
    return item;
  };

  const count = ({ status, tone, seconds }: CallRecordView, delta: number): void => {
    counts.items += delta;
    counts.byStatus[status] += delta;
    if (tone == 'missed') counts.missed += delta;
    if (status == 'completed') counts.talkSeconds += delta * (seconds ?? 0);
  };

  /** Adds one message to the list so far; returns its error, if it is one. */
  const step = (message: M): CallRecordError | void => {
    const cache: Cache = Object(message) === message ? parsedObjects : parsedPrimitives;
    let parsed = cache.get(message) ?? previousPrimitives.get(message);
    if (!parsed) {
      let input: unknown = message;
      try {
        if (getInput) input = getInput(message);
      } catch {
        // Not cached, so that a fixed `getRecordInput` reads the message on the next full pass.
        return READ_FAILED;
      }
      parsed = parse(input);
    }
    cache.set(message, parsed);
    if (!parsed.ok) return parsed.error.code == 'not-a-call-record' ? void counts.ignored++ : parsed.error;
    const { record } = parsed;
    const { id, serverId, senderId: a, receiverId: b, timestamp: at = NaN } = record;
    const seen = ids.has(id) || serverIds.has(serverId);
    const pair =
      record.status == 'completed' && a !== undefined && b !== undefined && isFinite(at)
        ? JSON.stringify(a < b ? [a, b] : [b, a])
        : '';
    const bucket = Math.floor(at / WINDOW);
    let twin: Slot<M> | undefined;
    let view: CallRecordView | undefined;
    if (!seen) {
      if (pair)
        for (let k = -1; k < 2; k++)
          for (const slot of buckets.get(bucket + k + pair) ?? [])
            if (Math.abs(slot.at - at) <= WINDOW && !(twin && twin.i < slot.i)) twin = slot;
      // A twin with as much duration data (entries, then seconds) keeps its record.
      if (
        !twin ||
        (record.durations.length - twin.record.durations.length || seconds(record) - seconds(twin.record)) > 0
      ) {
        view = views.get(record);
        if (!view) {
          try {
            view = formatCallRecord(record, format);
          } catch {
            // A record the formatter throws on is not cached, nor remembered for dedupe.
            return FORMAT_FAILED;
          }
          views.set(record, view);
        }
      }
    }
    ids.add(id);
    if (serverId !== undefined) serverIds.add(serverId);
    if (seen || twin) {
      counts.duplicates++;
      if (twin && view) {
        // The richer report replaces the twin's record (completed calls are rows of their own).
        count(twin.view, -1);
        count((twin.view = view), 1);
        twin.record = record;
        twin.message = message;
        items[twin.i] = itemOf([twin]);
      }
      return;
    }
    const slot: Slot<M> = { key: id, at, record, message, view: view!, i: items.length };
    count(view!, 1);
    if (pair) buckets.set(bucket + pair, (buckets.get(bucket + pair) ?? []).concat(slot));
    const peer = grouped && view!.tone == 'missed' && record.status != 'completed' && view!.peerId;
    if (peer && run[0]?.view.peerId == peer) run.push(slot);
    else {
      // Materializes the open missed-call group (again, from the cache, if it did not grow).
      if (run[1]) items[run[0]!.i] = itemOf(run);
      items.push(itemOf([slot]));
      run = peer ? [slot] : [];
    }
  };

  const collect = (
    messages: readonly M[],
    options: CollectCallRecordsOptions<M> = {},
  ): UseCallRecordsResult<M> => {
    const { selfId, locale, messages: strings, pickDuration } = options;
    const kept =
      format &&
      format.selfId === selfId &&
      format.locale === locale &&
      format.pickDuration === pickDuration &&
      shallowEqual(format.messages, strings);
    if (!kept) {
      format = { selfId, locale, messages: strings, pickDuration };
      views = new WeakMap();
      rows = new WeakMap();
    }
    const grouping = !!options.groupMissed;
    let i = 0;
    if (kept && done && grouped == grouping && starts(done, messages)) {
      i = done.length;
      if (i == messages.length) return result!;
    } else {
      grouped = grouping;
      ids = new Set();
      serverIds = new Set();
      buckets = new Map();
      items = [];
      errors = [];
      run = [];
      counts = {
        items: 0,
        errors: 0,
        ignored: 0,
        duplicates: 0,
        byStatus: { completed: 0, cancelled: 0, rejected: 0, timeout: 0, busy: 0 },
        missed: 0,
        talkSeconds: 0,
      };
      previousPrimitives = parsedPrimitives;
      parsedPrimitives = new Map();
    }
    done = undefined;
    getInput = options.getRecordInput ?? config.getRecordInput;
    for (; i < messages.length; i++) {
      const message = messages[i]!;
      const error = step(message);
      if (error) counts.errors = errors.push({ message, index: i, error });
    }
    if (run[1]) items[run[0]!.i] = itemOf(run);
    previousPrimitives = parsedPrimitives;
    // Share what did not change with the previous result, so memoized consumers skip work.
    result = {
      items: keep(items, result?.items),
      errors: keep(errors, result?.errors),
      stats: { total: messages.length, ...counts, byStatus: { ...counts.byStatus } },
    };
    done = messages;
    return result;
  };

  return { collect };
}

/**
 * Collects one list once: a one-shot {@link createCallRecordCollector}. Use a collector (or
 * `useCallRecords`) when the list changes over time, to reuse earlier work.
 *
 * @example
 * ```ts
 * const { items, errors, stats } = collectCallRecords(messages, { selfId: 'bob', groupMissed: true });
 * ```
 */
export function collectCallRecords<M = unknown>(
  messages: readonly M[],
  options?: CollectCallRecordsOptions<M>,
): UseCallRecordsResult<M> {
  return createCallRecordCollector<M>().collect(messages, options);
}
