import { formatCallRecord, formatMissedCallGroup } from '../format';
import type { CallRecordView, FormatCallRecordOptions } from '../format';
import { parseCallRecord } from '../record';
import { shallowEqual } from '../shared';
import type { CallRecord, CallRecordError, CallStatus, ParseCallRecordResult } from '../record';
import type {
  CallRecordCollector,
  CallRecordCollectorConfig,
  CallRecordErrorEntry,
  CallRecordItem,
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
  /** Position of the row in `items`. */
  i: number;
}

/** Whether `b` starts with the first `n` elements of `a` (default: all of them). */
const starts = (a: readonly unknown[], b: readonly unknown[], n = a.length): boolean => {
  if (n > b.length) return false;
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return false;
  return true;
};

const same = (a: readonly unknown[], b: readonly unknown[]): boolean => a.length == b.length && starts(a, b);

/** [number of duration entries, total seconds]: how much duration data a record carries. */
const data = ({ durations }: CallRecord): [number, number] => [
  durations.length,
  durations.reduce((sum, d) => sum + d.seconds, 0),
];

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
  const parsedObjects = new WeakMap<object, ParseCallRecordResult>();
  const singles = new WeakMap<CallRecord, CallRecordItem<M>>();
  /** The last group item per first record (its head), reused while its records and message are the same. */
  let groups = new WeakMap<CallRecord, CallRecordItem<M>>();
  /** Parse results of primitive messages (strings): the current list's, and the previous list's during a pass. */
  let parsedPrimitives = new Map<unknown, ParseCallRecordResult>();
  let previousPrimitives = parsedPrimitives;
  let views = new WeakMap<CallRecord, CallRecordView>();
  /** The view options of the current views; `messages` compared key by key. */
  let format: FormatCallRecordOptions = {};
  /**
   * The input of the last completed pass, whose grouping is `grouped` and whose result is `result`;
   * undefined after a pass that threw or an options change (the next pass is then a full one).
   */
  let done: readonly M[] | undefined;
  let result: UseCallRecordsResult<M> | undefined;
  // What the current list gave so far, kept so that an append only processes the new messages.
  let grouped = false;
  let ids = new Set<string>();
  let serverIds = new Set<string>();
  /** Completed-call slots by `time bucket + pair of people`, for the 2-second rule. */
  let buckets = new Map<string, Slot<M>[]>();
  let items: CallRecordItem<M>[] = [];
  let errors: CallRecordErrorEntry<M>[] = [];
  /** The missed calls forming the last row, while more may join it; `grew` when its item is stale. */
  let run: Slot<M>[] = [];
  let grew = 0;
  let records = 0;
  let ignored = 0;
  let duplicates = 0;
  let missed = 0;
  let talkSeconds = 0;
  let byStatus: Record<CallStatus, number>;

  /** The record's view, or undefined when the formatter throws (not cached: tried again on the next pass). */
  const viewOf = (record: CallRecord): CallRecordView | undefined => {
    let view = views.get(record);
    if (!view) {
      try {
        view = formatCallRecord(record, format);
      } catch {
        return undefined;
      }
      views.set(record, view);
    }
    return view;
  };

  /** The row's item: the previous one while its record, message and view are unchanged. */
  const single = ({ key, record, message, view }: Slot<M>): CallRecordItem<M> => {
    let item = singles.get(record);
    if (item?.key !== key || item.message !== message || item.view !== view)
      singles.set(record, (item = { key, record, records: [record], count: 1, view, message }));
    return item;
  };

  /** Marks the record's ids as seen. */
  const remember = ({ id, serverId }: CallRecord): void => {
    ids.add(id);
    if (serverId !== undefined) serverIds.add(serverId);
  };

  const count = (record: CallRecord, view: CallRecordView, delta: number): void => {
    records += delta;
    byStatus[record.status] += delta;
    if (view.tone == 'missed') missed += delta;
    if (record.status == 'completed') talkSeconds += delta * (view.seconds ?? 0);
  };

  const step = (message: M, index: number, getInput: ((message: M) => unknown) | undefined): void => {
    const isObject = (typeof message == 'object' && message !== null) || typeof message == 'function';
    let parsed = isObject
      ? parsedObjects.get(message)
      : (parsedPrimitives.get(message) ?? previousPrimitives.get(message));
    if (!parsed) {
      let input: unknown = message;
      try {
        if (getInput) input = getInput(message);
      } catch {
        // Not cached, so that a fixed `getRecordInput` reads the message on the next full pass.
        return void errors.push({ message, index, error: READ_FAILED });
      }
      parsed = parse(input);
    }
    if (isObject) parsedObjects.set(message, parsed);
    else parsedPrimitives.set(message, parsed);
    if (!parsed.ok) {
      if (parsed.error.code == 'not-a-call-record') ignored++;
      else errors.push({ message, index, error: parsed.error });
      return;
    }
    const { record } = parsed;
    const { id, serverId, senderId: a, receiverId: b, timestamp: at = 0 } = record;
    if (ids.has(id) || (serverId !== undefined && serverIds.has(serverId))) {
      remember(record);
      return void duplicates++;
    }
    const pair =
      record.status == 'completed' && a !== undefined && b !== undefined && isFinite(record.timestamp!)
        ? JSON.stringify(a < b ? [a, b] : [b, a])
        : '';
    const bucket = Math.floor(at / WINDOW);
    let twin: Slot<M> | undefined;
    if (pair)
      for (let k = bucket - 1; k <= bucket + 1; k++)
        for (const slot of buckets.get(k + pair) ?? [])
          if (Math.abs(slot.at - at) <= WINDOW && !(twin && twin.i < slot.i)) twin = slot;
    let replaces = false;
    if (twin) {
      const [n, s] = data(record);
      const [m, t] = data(twin.record);
      replaces = n > m || (n == m && s > t);
    }
    // A record the formatter throws on is an error, and is not remembered for dedupe.
    const view = twin && !replaces ? twin.view : viewOf(record);
    if (!view) return void errors.push({ message, index, error: FORMAT_FAILED });
    remember(record);
    if (twin) {
      duplicates++;
      if (replaces) {
        // Completed calls are never grouped: the twin is a row of its own.
        count(twin.record, twin.view, -1);
        count(record, (twin.view = view), 1);
        twin.record = record;
        twin.message = message;
        items[twin.i] = single(twin);
      }
      return;
    }
    const slot: Slot<M> = { key: id, at, record, message, view, i: items.length };
    count(record, view, 1);
    if (pair) {
      const list = buckets.get(bucket + pair);
      if (list) list.push(slot);
      else buckets.set(bucket + pair, [slot]);
    }
    const head = run[0];
    const groupable = grouped && view.tone == 'missed' && record.status != 'completed' && view.peerId;
    if (groupable && head && head.view.peerId == view.peerId) {
      slot.i = head.i;
      grew = run.push(slot);
    } else {
      flush();
      items.push(single(slot));
      run = groupable ? [slot] : [];
    }
  };

  /** Materializes the open missed-call group once it grew (once per pass, not per member). */
  const flush = (): void => {
    if (!grew) return;
    grew = 0;
    const [head] = run as [Slot<M>];
    const { record, message } = run[run.length - 1]!;
    const list = run.map((r) => r.record);
    let item = groups.get(head.record);
    if (item?.key !== head.key || item.message !== message || !same(item.records, list)) {
      item = {
        key: head.key,
        record,
        records: list,
        count: list.length,
        view: formatMissedCallGroup(list, format),
        message,
      };
      groups.set(head.record, item);
    }
    items[head.i] = item;
  };

  const collect = (
    messages: readonly M[],
    options: CollectCallRecordsOptions<M> = {},
  ): UseCallRecordsResult<M> => {
    const { selfId, locale, messages: strings, pickDuration } = options;
    if (
      format.selfId !== selfId ||
      format.locale !== locale ||
      format.pickDuration !== pickDuration ||
      !shallowEqual(format.messages, strings)
    ) {
      format = { selfId, locale, messages: strings, pickDuration };
      views = new WeakMap();
      groups = new WeakMap();
      done = undefined;
    }
    const grouping = !!options.groupMissed;
    let from = 0;
    if (done && result && grouped == grouping && starts(done, messages)) {
      from = done.length;
      if (from == messages.length) return result;
    } else {
      grouped = grouping;
      ids = new Set();
      serverIds = new Set();
      buckets = new Map();
      items = [];
      errors = [];
      run = [];
      grew = 0;
      records = ignored = duplicates = missed = talkSeconds = 0;
      byStatus = { completed: 0, cancelled: 0, rejected: 0, timeout: 0, busy: 0 };
      previousPrimitives = parsedPrimitives;
      parsedPrimitives = new Map();
    }
    done = undefined;
    const getInput = options.getRecordInput ?? config.getRecordInput;
    for (let i = from; i < messages.length; i++) step(messages[i]!, i, getInput);
    flush();
    previousPrimitives = parsedPrimitives;
    // Share what did not change with the previous result, so memoized consumers skip work.
    result = {
      items: result && same(result.items, items) ? result.items : items.slice(),
      errors: result && same(result.errors, errors) ? result.errors : errors.slice(),
      stats: {
        total: messages.length,
        items: records,
        errors: errors.length,
        ignored,
        duplicates,
        byStatus: { ...byStatus },
        missed,
        talkSeconds,
      },
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
