import { pickCallRecordOptions, sameCallRecordOptions, sameViewOptions } from '../options';
import type { CallRecordOptions } from '../options';
import { parseCallRecord } from '../record';
import { startsWith } from './arrays';
import { CollectedList } from './CollectedList';
import type { ListCaches } from './CollectedList';
import { ItemCache } from './ItemCache';
import { ParseCache } from './ParseCache';
import type {
  CallRecordCollector,
  CallRecordCollectorConfig,
  CollectCallRecordsOptions,
  UseCallRecordsResult,
} from './types';
import { ViewFormatter } from './ViewFormatter';

/**
 * Creates a React-free, incremental collector: it turns a list of mixed messages into formatted call
 * items, broken-record errors and stats, the logic behind `useCallRecords`.
 *
 * What it reuses between `collect` calls:
 * - parse results: a message object is parsed once for the collector's lifetime; a primitive message
 *   (a string) once while it stays in the list;
 * - views, per record, while the options that change a view are the same (`sameViewOptions`: `messages`
 *   compared key by key, the rest by identity); other such options re-format every record without
 *   parsing it again; a new `timeZone` alone keeps every view and makes new items carrying it;
 * - items: while the options are the same, a row showing the same records from the same message keeps
 *   the same item object, wherever its messages moved in the list (a missed-call group too, as long as
 *   it has the same records in the same order);
 * - when the new list starts with every message of the previous one (an append), only the new messages
 *   are read; the same list (or an equal one) with the same options returns the same result object.
 *
 * Rules (see `CollectCallRecordsOptions` and `CallRecordStats`):
 * - non-call messages are ignored, broken call records go to `errors`;
 * - same message id (client id, else server id) or server id as an earlier message: a duplicate;
 * - same non-empty channel id and status as an earlier report, or a completed call between the same
 *   two people with the same call type within 2 s of an earlier one: another report of that call. The
 *   row stays where the first report is (and keeps its key), showing the report with more duration
 *   data (more entries, then more seconds; the first on a tie);
 * - with `groupMissed`, missed calls from one person with one call type, with no other message of the
 *   input between them, share one row.
 *
 * Nothing thrown by an app callback or caused by options escapes `collect`: a message whose
 * `getRecordInput` throws, or whose record the formatter throws on, is listed in `errors` with code
 * `'invalid-field'` (and takes no part in dedupe).
 *
 * @example
 * ```ts
 * const collector = createCallRecordCollector<AppMessage>({ getRecordInput: (m) => m.payload });
 * const { items, errors, stats } = collector.collect(messages, { selfId: 'bob', locale: 'en' });
 * ```
 */
export function createCallRecordCollector<Message = unknown>(
  config: CallRecordCollectorConfig<Message> = {},
): CallRecordCollector<Message> {
  const collector = new IncrementalCollector<Message>(config);
  return { collect: (messages, options) => collector.collect(messages, options) };
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
export function collectCallRecords<Message = unknown>(
  messages: readonly Message[],
  options?: CollectCallRecordsOptions<Message>,
): UseCallRecordsResult<Message> {
  return createCallRecordCollector<Message>().collect(messages, options);
}

/** The input and output of the last completed `collect`. */
interface LastPass<Message> {
  readonly messages: readonly Message[];
  readonly list: CollectedList<Message>;
  readonly result: UseCallRecordsResult<Message>;
}

/** The views and items of one set of options. */
interface Formatting<Message> {
  readonly formatter: ViewFormatter;
  readonly items: ItemCache<Message>;
}

/** The collector behind {@link createCallRecordCollector}: decides what each `collect` call can reuse. */
class IncrementalCollector<Message> {
  readonly #parser: ParseCache<Message>;
  readonly #defaultGetRecordInput: ((message: Message) => unknown) | undefined;
  #formatting: Formatting<Message> | undefined;
  #last: LastPass<Message> | undefined;

  constructor(config: CallRecordCollectorConfig<Message>) {
    this.#parser = new ParseCache(config.parse ?? parseCallRecord);
    this.#defaultGetRecordInput = functionOrUndefined(config.getRecordInput);
  }

  collect(
    messages: readonly Message[],
    options: CollectCallRecordsOptions<Message> | undefined,
  ): UseCallRecordsResult<Message> {
    const givenOptions = options ?? {};
    const groupMissed = Boolean(givenOptions.groupMissed);
    const getRecordInput = functionOrUndefined(givenOptions.getRecordInput) ?? this.#defaultGetRecordInput;
    const previousFormatting = this.#formatting;
    const formatting = this.#formattingFor(pickCallRecordOptions(givenOptions));
    const last = this.#last;
    // Cleared while reading, so that a pass that throws (an injected `parse`) leaves a full pass next.
    this.#last = undefined;
    const continues =
      formatting === previousFormatting &&
      last !== undefined &&
      last.list.groupMissed === groupMissed &&
      startsWith(messages, last.messages);
    if (continues && last.messages.length === messages.length) {
      this.#last = { ...last, messages };
      return last.result;
    }
    if (continues) return this.#append(last, messages, getRecordInput);
    const caches: ListCaches<Message> = { parser: this.#parser, ...formatting };
    return this.#readAll(messages, caches, groupMissed, getRecordInput, last?.result);
  }

  /** Reads the messages after `last.messages` into the last list. */
  #append(
    last: LastPass<Message>,
    messages: readonly Message[],
    getRecordInput: ((message: Message) => unknown) | undefined,
  ): UseCallRecordsResult<Message> {
    const { list } = last;
    for (let index = last.messages.length; index < messages.length; index++) {
      list.add(messages[index]!, index, getRecordInput);
    }
    const result = list.result(last.result);
    this.#last = { messages, list, result };
    return result;
  }

  /** Reads every message into a new list, keeping only the cache entries this list uses. */
  #readAll(
    messages: readonly Message[],
    caches: ListCaches<Message>,
    groupMissed: boolean,
    getRecordInput: ((message: Message) => unknown) | undefined,
    previous: UseCallRecordsResult<Message> | undefined,
  ): UseCallRecordsResult<Message> {
    const generational = [caches.parser, caches.formatter, caches.items];
    generational.forEach((cache) => cache.beginPass());
    const list = new CollectedList(caches, { groupMissed });
    for (let index = 0; index < messages.length; index++) {
      list.add(messages[index]!, index, getRecordInput);
    }
    const result = list.result(previous);
    generational.forEach((cache) => cache.endPass());
    this.#last = { messages, list, result };
    return result;
  }

  /**
   * The views and items of these options: the current ones when the options are the same; else new
   * items, over the current views when only options that do not change a view (a time zone) differ.
   */
  #formattingFor(options: CallRecordOptions): Formatting<Message> {
    const current = this.#formatting;
    if (current !== undefined && sameCallRecordOptions(current.items.options, options)) return current;
    const formatter =
      current !== undefined && sameViewOptions(current.formatter.options, options)
        ? current.formatter
        : new ViewFormatter(options);
    this.#formatting = { formatter, items: new ItemCache<Message>(formatter, options) };
    return this.#formatting;
  }
}

/** `value` when it is a function (a `getRecordInput` from plain JavaScript may be anything). */
function functionOrUndefined<Message>(
  value: ((message: Message) => unknown) | undefined,
): ((message: Message) => unknown) | undefined {
  return typeof value === 'function' ? value : undefined;
}
