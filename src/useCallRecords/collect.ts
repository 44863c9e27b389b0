import { formatCallRecord, formatMissedCallGroup } from '../format';
import type { CallRecordMessages, CallRecordView, FormatCallRecordOptions } from '../format';
import { parseCallRecord } from '../record';
import type { CallRecord, CallStatus, ParseCallRecordResult } from '../record';
import type {
  CallRecordCollector,
  CallRecordCollectorConfig,
  CallRecordErrorEntry,
  CallRecordItem,
  CollectCallRecordsOptions,
  UseCallRecordsResult,
} from './types';

/** Two completed records between the same two people at most this far apart are one call. */
const WINDOW = 2000;

type Failure = Extract<ParseCallRecordResult, { ok: false }>;

/** A row's call: the first report of it (its anchor) and the record currently kept for it. */
interface Slot<M> {
  /** The anchor's id: the row key. */
  readonly key: string;
  /** The anchor's timestamp. */
  readonly at: number;
  record: CallRecord;
  message: M;
  view: CallRecordView;
  item: CallRecordItem<M>;
  /** Position of the slot's row in `items`. */
  index: number;
}

interface ViewOptions {
  readonly selfId: string | undefined;
  readonly locale: string | undefined;
  readonly messages: Partial<CallRecordMessages> | undefined;
  readonly pickDuration: FormatCallRecordOptions['pickDuration'] | undefined;
}

const sameMessages = (a: object | undefined, b: object | undefined): boolean => {
  if (a === b) return true;
  if (!a || !b) return false;
  const ka = Object.keys(a);
  return (
    ka.length === Object.keys(b).length &&
    ka.every(
      (k) => Object.hasOwn(b, k) && (a as Record<string, unknown>)[k] === (b as Record<string, unknown>)[k],
    )
  );
};

/** Whether `next` starts with every element of `prev` (and, with `exact`, has no more). */
const startsWith = <T>(prev: readonly T[], next: readonly T[], exact?: boolean): boolean => {
  if (prev === next) return true;
  if (next.length < prev.length || (exact && next.length !== prev.length)) return false;
  for (let i = 0; i < prev.length; i++) if (prev[i] !== next[i]) return false;
  return true;
};

/** The unordered pair of parties of a completed, timestamped call, as an unambiguous string; else undefined. */
const pairKey = ({ senderId: a, receiverId: b, timestamp, status }: CallRecord): string | undefined =>
  status === 'completed' &&
  a !== undefined &&
  b !== undefined &&
  timestamp !== undefined &&
  Number.isFinite(timestamp)
    ? JSON.stringify(a < b ? [a, b] : [b, a])
    : undefined;

const totalSeconds = (record: CallRecord): number => record.durations.reduce((sum, d) => sum + d.seconds, 0);

/** Whether `a` carries more duration data than `b`: more entries, then more seconds in total. */
const richer = (a: CallRecord, b: CallRecord): boolean => {
  const diff = a.durations.length - b.durations.length;
  return diff > 0 || (diff === 0 && totalSeconds(a) > totalSeconds(b));
};

/**
 * Creates a React-free, incremental collector: it turns a list of mixed messages into formatted call
 * items, broken-record errors and stats, the logic behind `useCallRecords`.
 *
 * What it reuses between `collect` calls:
 * - parse results, per message object (a `WeakMap`; strings and other primitives in a map that only keeps
 *   the current list's), so a message is parsed once for the collector's lifetime;
 * - views, per record, until `selfId`, `locale`, `messages` or `pickDuration` change (then views are
 *   recomputed, records are not re-parsed);
 * - items: an unchanged message keeps the same item object;
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
  const objectResults = new WeakMap<object, ParseCallRecordResult>();
  const singles = new WeakMap<CallRecord, CallRecordItem<M>>();
  const errorEntries = new WeakMap<Failure, CallRecordErrorEntry<M>>();
  let groups = new WeakMap<CallRecord, CallRecordItem<M>>();
  let views = new WeakMap<CallRecord, CallRecordView>();
  let viewOptions: ViewOptions | undefined;
  let formatOptions: FormatCallRecordOptions = {};
  /** Parse results of primitive messages (strings): only the current list's are kept. */
  let primitives = new Map<unknown, ParseCallRecordResult>();
  let previousPrimitives: Map<unknown, ParseCallRecordResult> | undefined;
  let result: UseCallRecordsResult<M> | undefined;

  // What was derived from `input`, kept so that an append only processes the new messages.
  // `valid` is false until a pass completes (a throwing `getRecordInput` leaves it half-done).
  let valid = false;
  let input: readonly M[] = [];
  let groupMissed = false;
  let ids = new Set<string>();
  let serverIds = new Set<string>();
  /** Completed-call slots by `time bucket + pair`, for the 2-second rule. */
  let buckets = new Map<string, Slot<M>[]>();
  let items: CallRecordItem<M>[] = [];
  let errors: CallRecordErrorEntry<M>[] = [];
  /** The missed calls forming the last row, while more may join it. */
  let run: Slot<M>[] = [];
  let runDirty = false;
  let records = 0;
  let ignored = 0;
  let duplicates = 0;
  let missed = 0;
  let talkSeconds = 0;
  let byStatus: Record<CallStatus, number> = { completed: 0, cancelled: 0, rejected: 0, timeout: 0, busy: 0 };

  const viewOf = (record: CallRecord): CallRecordView => {
    let view = views.get(record);
    if (!view) views.set(record, (view = formatCallRecord(record, formatOptions)));
    return view;
  };

  const single = (key: string, record: CallRecord, message: M, view: CallRecordView): CallRecordItem<M> => {
    let item = singles.get(record);
    if (!item || item.key !== key || item.message !== message || item.view !== view) {
      singles.set(record, (item = { key, record, records: [record], count: 1, view, message }));
    }
    return item;
  };

  /** Materializes the open missed-call group, if it changed. */
  const flushRun = (): void => {
    if (!runDirty) return;
    runDirty = false;
    const first = run[0]!;
    const last = run[run.length - 1]!;
    const list = run.map((slot) => slot.record);
    let item = groups.get(first.record);
    if (
      !item ||
      item.key !== first.key ||
      item.message !== last.message ||
      !startsWith(item.records, list, true)
    ) {
      item = {
        key: first.key,
        record: last.record,
        records: list,
        count: list.length,
        view: formatMissedCallGroup(list, formatOptions),
        message: last.message,
      };
      groups.set(first.record, item);
    }
    items[first.index] = item;
  };

  const count = (record: CallRecord, view: CallRecordView, delta: number): void => {
    records += delta;
    byStatus[record.status] += delta;
    if (view.tone === 'missed') missed += delta;
    if (record.status === 'completed') talkSeconds += delta * (view.seconds ?? 0);
  };

  const place = (slot: Slot<M>): void => {
    const peer = slot.view.peerId;
    const groupable =
      groupMissed && slot.view.tone === 'missed' && slot.record.status !== 'completed' && peer;
    const head = run[0];
    if (groupable && head && head.view.peerId === peer) {
      slot.index = head.index;
      run.push(slot);
      runDirty = true;
      return;
    }
    flushRun();
    slot.index = items.push(slot.item) - 1;
    run = groupable ? [slot] : [];
  };

  /** The earliest completed-call slot between the same people within the window, if any. */
  const findTwin = (pair: string, at: number): Slot<M> | undefined => {
    const bucket = Math.floor(at / WINDOW);
    let found: Slot<M> | undefined;
    for (let b = bucket - 1; b <= bucket + 1; b++) {
      for (const slot of buckets.get(b + pair) ?? []) {
        if (Math.abs(slot.at - at) <= WINDOW && (!found || slot.index < found.index)) found = slot;
      }
    }
    return found;
  };

  const lookup = (message: M, getInput: ((message: M) => unknown) | undefined): ParseCallRecordResult => {
    const isObject = (typeof message === 'object' && message !== null) || typeof message === 'function';
    let parsed = isObject
      ? objectResults.get(message)
      : (primitives.get(message) ?? previousPrimitives?.get(message));
    if (!parsed) parsed = parse(getInput ? getInput(message) : message);
    if (isObject) objectResults.set(message, parsed);
    else primitives.set(message, parsed);
    return parsed;
  };

  const step = (message: M, index: number, getInput: ((message: M) => unknown) | undefined): void => {
    const parsed = lookup(message, getInput);
    if (!parsed.ok) {
      if (parsed.error.code === 'not-a-call-record') {
        ignored++;
        return;
      }
      let entry = errorEntries.get(parsed);
      if (!entry || entry.index !== index || entry.message !== message) {
        errorEntries.set(parsed, (entry = { message, index, error: parsed.error }));
      }
      errors.push(entry);
      return;
    }
    const { record } = parsed;
    const { id, serverId } = record;
    const seen = ids.has(id) || (serverId !== undefined && serverIds.has(serverId));
    ids.add(id);
    if (serverId !== undefined) serverIds.add(serverId);
    if (seen) {
      duplicates++;
      return;
    }
    const pair = pairKey(record);
    const at = record.timestamp ?? 0;
    const twin = pair && findTwin(pair, at);
    if (twin) {
      duplicates++;
      if (richer(record, twin.record)) {
        // Completed calls are never grouped: the twin is a row of its own at `twin.index`.
        const view = viewOf(record);
        count(twin.record, twin.view, -1);
        count(record, view, 1);
        twin.record = record;
        twin.message = message;
        twin.view = view;
        items[twin.index] = twin.item = single(twin.key, record, message, view);
      }
      return;
    }
    const view = viewOf(record);
    const slot: Slot<M> = {
      key: id,
      at,
      record,
      message,
      view,
      item: single(id, record, message, view),
      index: 0,
    };
    count(record, view, 1);
    place(slot);
    if (pair) {
      const key = Math.floor(at / WINDOW) + pair;
      const slots = buckets.get(key);
      if (slots) slots.push(slot);
      else buckets.set(key, [slot]);
    }
  };

  const collect = (
    messages: readonly M[],
    options: CollectCallRecordsOptions<M> = {},
  ): UseCallRecordsResult<M> => {
    const nextView: ViewOptions = {
      selfId: options.selfId,
      locale: options.locale,
      messages: options.messages,
      pickDuration: options.pickDuration,
    };
    if (
      !viewOptions ||
      viewOptions.selfId !== nextView.selfId ||
      viewOptions.locale !== nextView.locale ||
      viewOptions.pickDuration !== nextView.pickDuration ||
      !sameMessages(viewOptions.messages, nextView.messages)
    ) {
      viewOptions = nextView;
      formatOptions = { ...nextView };
      views = new WeakMap();
      groups = new WeakMap();
      valid = false;
    }
    const grouping = options.groupMissed === true;
    let from = 0;
    if (valid && result && groupMissed === grouping && startsWith(input, messages)) {
      from = input.length;
      input = messages;
      if (from === messages.length) return result;
    } else {
      groupMissed = grouping;
      ids = new Set();
      serverIds = new Set();
      buckets = new Map();
      items = [];
      errors = [];
      run = [];
      runDirty = false;
      records = ignored = duplicates = missed = talkSeconds = 0;
      byStatus = { completed: 0, cancelled: 0, rejected: 0, timeout: 0, busy: 0 };
      previousPrimitives = primitives;
      primitives = new Map();
    }
    valid = false;
    const getInput = options.getRecordInput ?? config.getRecordInput;
    for (let i = from; i < messages.length; i++) step(messages[i]!, i, getInput);
    flushRun();
    previousPrimitives = undefined;
    input = messages;
    valid = true;
    // Share what did not change with the previous result, so memoized consumers skip work.
    const prev = result;
    result = {
      items: prev && startsWith(prev.items, items, true) ? prev.items : items.slice(),
      errors: prev && startsWith(prev.errors, errors, true) ? prev.errors : errors.slice(),
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
