import type { CallRecordLocale, CallRecordMessages, CallRecordOptions, CallRecordView } from '../format';
import type { CallRecord, CallRecordError, CallStatus, ParseCallRecordResult } from '../record';

/**
 * One row of a call list: a call record (or a run of missed calls from one person, with
 * `groupMissed`) and its formatted view.
 *
 * - `key`: a stable, unique React key: the id of the call's first report (`record.id`, unless a
 *   later report of the same completed call replaced the record), or for a group the key of its first record.
 * - `record`: the record shown (for a group, the latest one).
 * - `records`: the records behind the row, in input order (length 1, or N for a group).
 * - `count`: `records.length`.
 * - `view`: `formatCallRecord(record)`, or `formatMissedCallGroup(records)` for a group.
 * - `message`: the app's message that carried `record`.
 *
 * @example
 * ```tsx
 * items.map((item) => <CallRecordBubble key={item.key} record={item} />);
 * ```
 */
export interface CallRecordItem<M = unknown> {
  readonly key: string;
  readonly record: CallRecord;
  readonly records: readonly CallRecord[];
  readonly count: number;
  readonly view: CallRecordView;
  readonly message: M;
}

/**
 * A message that is a call record but could not be read, with its position in the input.
 *
 * @example
 * ```ts
 * errors.forEach(({ index, error }) => console.warn(`message ${index}: ${error.message}`));
 * ```
 */
export interface CallRecordErrorEntry<M = unknown> {
  /** The input message, as given. */
  readonly message: M;
  /** Its index in the input array. */
  readonly index: number;
  /** Why it could not be read (never `'not-a-call-record'`). */
  readonly error: CallRecordError;
}

/**
 * Counts over one input list. Every input message is counted exactly once in
 * `items`, `errors`, `ignored` or `duplicates`, so
 * `items + errors + ignored + duplicates === total`, always.
 *
 * - `total`: the number of input messages.
 * - `items`: call records shown, counting every record inside a missed-call group
 *   (the sum of `item.count`; equals `items.length` without `groupMissed`).
 * - `errors`: broken call records, and messages whose `getRecordInput` or formatting threw (`errors.length`).
 * - `ignored`: messages that are not call records (text, images, …).
 * - `duplicates`: call records dropped as a repeat of an earlier one (same message id, or a second report
 *   of one completed call).
 * - `byStatus`: shown records per status (sums to `items`).
 * - `missed`: shown records the viewer missed (`view.tone === 'missed'`), per record, not per group.
 * - `talkSeconds`: the sum over shown completed records of the duration their view shows (`view.seconds`).
 *
 * @example
 * ```ts
 * const { stats } = useCallRecords(messages, { selfId: 'bob' });
 * stats.byStatus.completed; // 12
 * ```
 */
export interface CallRecordStats {
  readonly total: number;
  readonly items: number;
  readonly errors: number;
  readonly ignored: number;
  readonly duplicates: number;
  readonly byStatus: Readonly<Record<CallStatus, number>>;
  readonly missed: number;
  readonly talkSeconds: number;
}

/**
 * What `useCallRecords` and a collector return: the rows, the broken call records and the counts.
 *
 * @example
 * ```ts
 * const { items, errors, stats } = useCallRecords(messages);
 * ```
 */
export interface UseCallRecordsResult<M = unknown> {
  /** One entry per call (or missed-call group), in input order. */
  readonly items: readonly CallRecordItem<M>[];
  /** One entry per broken call record, in input order. */
  readonly errors: readonly CallRecordErrorEntry<M>[];
  readonly stats: CallRecordStats;
}

/**
 * The options that shape the views and the rows of a collected list.
 *
 * - `selfId`, `locale`, `messages`, `pickDuration`: passed to the formatter. Views are
 *   recomputed (records are not re-parsed) when one of them changes: `messages` is compared key by key,
 *   `pickDuration` by identity (pass a stable function).
 * - `groupMissed` (default `false`): collapse consecutive missed calls from the same person into one item.
 *   "Consecutive" is in the item list: text messages, broken records and dropped duplicates between them
 *   do not split a group; any other call does. A completed call is never grouped, and calls without a
 *   known peer (`view.peerId`) are never grouped.
 * - `getRecordInput` (default: the message itself): reads the call record out of an app's own message
 *   wrapper. It must be a pure function of the message: each message object is parsed once and the
 *   result is cached by identity, so a changed `getRecordInput` (an inline function is fine) is used for
 *   new messages only and never re-parses messages already seen. If it throws, the message is listed in
 *   `errors` with code `'invalid-field'` (message `'getRecordInput: threw while reading this message'`)
 *   instead of the throw escaping; that failure is not cached, so the message is read again (with the
 *   `getRecordInput` of that call) on the next pass that re-processes it: any change to the list other
 *   than an append, or a change of `selfId`, `locale`, `messages`, `pickDuration` or `groupMissed`.
 *   Likewise a record the formatter throws on (e.g. a `pickDuration` function that throws) is listed in
 *   `errors` with code `'invalid-field'` and message `'formatting failed'`.
 *
 * @example
 * ```ts
 * const options: CollectCallRecordsOptions<AppMessage> = {
 *   selfId: 'bob',
 *   locale: 'zh-CN',
 *   groupMissed: true,
 *   getRecordInput: (message) => message.payload,
 * };
 * ```
 */
export interface CollectCallRecordsOptions<M = unknown> {
  readonly selfId?: string | undefined;
  readonly locale?: string | CallRecordLocale | undefined;
  readonly messages?: Partial<CallRecordMessages> | undefined;
  readonly pickDuration?: CallRecordOptions['pickDuration'] | undefined;
  readonly groupMissed?: boolean | undefined;
  readonly getRecordInput?: ((message: M) => unknown) | undefined;
}

/**
 * Creation options of {@link createCallRecordCollector}.
 *
 * - `getRecordInput`: the default for every `collect` call (a `getRecordInput` passed to `collect` wins).
 * - `parse` (default `parseCallRecord`): the parser; injectable so a test can count calls.
 *
 * @example
 * ```ts
 * const collector = createCallRecordCollector({ getRecordInput: (m: AppMessage) => m.payload });
 * ```
 */
export interface CallRecordCollectorConfig<M = unknown> {
  readonly getRecordInput?: ((message: M) => unknown) | undefined;
  readonly parse?: ((input: unknown) => ParseCallRecordResult) | undefined;
}

/**
 * A stateful, React-free list collector (see {@link createCallRecordCollector}).
 *
 * @example
 * ```ts
 * const collector = createCallRecordCollector();
 * const first = collector.collect(messages, { selfId: 'bob' });
 * const next = collector.collect([...messages, incoming], { selfId: 'bob' }); // parses `incoming` only
 * ```
 */
export interface CallRecordCollector<M = unknown> {
  /** Turns a message list into items, errors and stats, reusing everything it can from earlier calls. */
  collect(messages: readonly M[], options?: CollectCallRecordsOptions<M>): UseCallRecordsResult<M>;
}
