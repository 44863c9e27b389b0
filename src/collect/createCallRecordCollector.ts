import { pickCallRecordOptions, readOption, sameCallRecordOptions, sameViewOptions } from '../options';
import type { CallRecordOptions } from '../options';
import { parseCallRecord } from '../record';
import type { CallRecordError } from '../record';
import { sameElements, startsWith } from './arrays';
import { CollectedList } from './CollectedList';
import type { ListCaches } from './CollectedList';
import { ItemCache } from './ItemCache';
import { ParseCache } from './ParseCache';
import { StatsCounter } from './StatsCounter';
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
 * - same message id (client id, else server id; a record without either is identified by all its
 *   fields, so only an exact repeat matches) or server id as an earlier message: a duplicate;
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

/** The views and items of one set of options. */
interface Formatting<Message> {
  readonly formatter: ViewFormatter;
  readonly items: ItemCache<Message>;
}

/** A completed `collect`: what it read, with what, and what it returned. */
interface Pass<Message> {
  readonly messages: readonly Message[];
  readonly formatting: Formatting<Message>;
  readonly groupMissed: boolean;
  readonly result: UseCallRecordsResult<Message>;
}

/** The latest pass, with the list it read, which an append continues in place. */
interface LatestPass<Message> extends Pass<Message> {
  readonly list: CollectedList<Message>;
}

/** How many sets of options keep their views and items: the committed ones and one a transition tried. */
const KEPT_FORMATTINGS = 2;

/**
 * The collector behind {@link createCallRecordCollector}: decides what each `collect` call can reuse.
 *
 * React may render with a list or options and then throw the render away (a transition that
 * suspends, a render interrupted by a more urgent one). So nothing a discarded `collect` does may
 * cost the committed one its result or its identities: the two latest sets of options keep their
 * views and items, the pass before the latest keeps its result (an append continues the latest
 * pass's list in place, so that one is the only pass an append may change), and the caches drop an
 * entry only once two full passes in a row have not used it.
 */
class IncrementalCollector<Message> {
  readonly #parser: ParseCache<Message>;
  readonly #defaultGetRecordInput: ((message: Message) => unknown) | undefined;
  /** The latest sets of options used, most recent first. */
  #formattings: readonly Formatting<Message>[] = [];
  #latest: LatestPass<Message> | undefined;
  #beforeLatest: Pass<Message> | undefined;

  constructor(config: CallRecordCollectorConfig<Message>) {
    this.#parser = new ParseCache(config.parse ?? parseCallRecord);
    this.#defaultGetRecordInput = functionOrUndefined(config.getRecordInput);
  }

  collect(
    messages: readonly Message[],
    options: CollectCallRecordsOptions<Message> | undefined,
  ): UseCallRecordsResult<Message> {
    if (!Array.isArray(messages)) return notAList(messages);
    const groupMissed = Boolean(readOption(options, 'groupMissed'));
    const getRecordInput =
      functionOrUndefined(readOption(options, 'getRecordInput') as (message: Message) => unknown) ??
      this.#defaultGetRecordInput;
    const formatting = this.#formattingFor(pickCallRecordOptions(options));
    const readsLike = (pass: Pass<Message> | undefined): pass is Pass<Message> =>
      pass !== undefined && pass.formatting === formatting && pass.groupMissed === groupMissed;
    const latest = this.#latest;
    for (const pass of [latest, this.#beforeLatest]) {
      if (readsLike(pass) && sameElements(messages, pass.messages)) return pass.result;
    }
    // Cleared while reading, so that a pass that throws (an injected `parse`) leaves a full pass next.
    this.#latest = undefined;
    if (latest !== undefined) this.#beforeLatest = withoutList(latest);
    if (readsLike(latest) && startsWith(messages, latest.messages)) {
      return this.#append(latest, messages, getRecordInput);
    }
    return this.#readAll(messages, formatting, groupMissed, getRecordInput, latest?.result);
  }

  /** Reads the messages after `latest.messages` into the latest list. */
  #append(
    latest: LatestPass<Message>,
    messages: readonly Message[],
    getRecordInput: ((message: Message) => unknown) | undefined,
  ): UseCallRecordsResult<Message> {
    const { list } = latest;
    for (let index = latest.messages.length; index < messages.length; index++) {
      list.add(messages[index]!, index, getRecordInput);
    }
    const result = list.result(latest.result);
    this.#latest = { ...latest, messages, result };
    return result;
  }

  /** Reads every message into a new list, keeping the cache entries this list uses. */
  #readAll(
    messages: readonly Message[],
    formatting: Formatting<Message>,
    groupMissed: boolean,
    getRecordInput: ((message: Message) => unknown) | undefined,
    previous: UseCallRecordsResult<Message> | undefined,
  ): UseCallRecordsResult<Message> {
    const caches: ListCaches<Message> = { parser: this.#parser, ...formatting };
    [caches.parser, caches.formatter, caches.items].forEach((cache) => cache.beginPass());
    const list = new CollectedList(caches, { groupMissed });
    for (let index = 0; index < messages.length; index++) {
      list.add(messages[index]!, index, getRecordInput);
    }
    const result = list.result(previous);
    this.#latest = { messages, formatting, groupMissed, result, list };
    return result;
  }

  /**
   * The views and items of these options: those kept for the same options; else new items, over the
   * views kept for options that differ only in what does not change a view (a time zone), or new views.
   */
  #formattingFor(options: CallRecordOptions): Formatting<Message> {
    const kept = this.#formattings;
    const same = kept.find((formatting) => sameCallRecordOptions(formatting.items.options, options));
    const formatter =
      same?.formatter ??
      kept.find((formatting) => sameViewOptions(formatting.formatter.options, options))?.formatter ??
      new ViewFormatter(options);
    const formatting = same ?? { formatter, items: new ItemCache<Message>(formatter, options) };
    this.#formattings = [formatting, ...kept.filter((other) => other !== formatting)].slice(
      0,
      KEPT_FORMATTINGS,
    );
    return formatting;
  }
}

/** What `messages` is when it is not an array: the one input, read as a broken list. */
const NOT_A_LIST: CallRecordError = { code: 'invalid-field', message: 'messages: expected an array' };

/**
 * The result of a `collect` given something other than an array (`null`, an object, a string):
 * no items, and that input listed as one error, so the counts still add up and nothing throws.
 */
function notAList<Message>(input: unknown): UseCallRecordsResult<Message> {
  const stats = new StatsCounter();
  stats.addError();
  return {
    items: [],
    errors: [{ message: input as Message, index: 0, error: NOT_A_LIST }],
    stats: stats.snapshot(1),
  };
}

/** A pass without its list: its result stays valid, but no append may continue it. */
function withoutList<Message>({
  messages,
  formatting,
  groupMissed,
  result,
}: LatestPass<Message>): Pass<Message> {
  return { messages, formatting, groupMissed, result };
}

/** `value` when it is a function (a `getRecordInput` from plain JavaScript may be anything). */
function functionOrUndefined<Message>(
  value: ((message: Message) => unknown) | undefined,
): ((message: Message) => unknown) | undefined {
  return typeof value === 'function' ? value : undefined;
}
