import type { CallRecordView } from '../format';
import type { CallRecordListOptions, CallRecordOptions } from '../options';
import type { CallRecord, CallRecordError, CallStatus, ParseCallRecordResult } from '../record';

/**
 * One row of a call list: a call record (or a run of missed calls from one person, with
 * `groupMissed`) and its formatted view.
 *
 * - `key`: a stable, unique React key: the id of the call's first report (`record.id`, unless a
 *   later report of the same call replaced the record), or for a group the key of its first record.
 * - `record`: the record shown (for a group, the latest one).
 * - `records`: the records behind the row, in input order (length 1, or N for a group).
 * - `count`: `records.length`.
 * - `view`: `formatCallRecord(record)`, or `formatMissedCallGroup(records)` for a group.
 * - `message`: the app's message that carried `record`.
 * - `options`: the options `view` was formatted with (those of `CallRecordOptions` that were set,
 *   `timeZone` included). A bubble given this item shows `view` as it is unless its own
 *   or its provider's options, merged over these, differ from them.
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
  readonly options: CallRecordOptions;
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
 * - `duplicates`: call records dropped as a repeat of an earlier one (the same message again, or another
 *   report of one call: the rules are those of `createCallRecordCollector`).
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
 * The options of a collected list: the {@link CallRecordOptions} its views are formatted with, plus
 * the {@link CallRecordListOptions} that shape the rows.
 *
 * - every option of `CallRecordOptions`: views are formatted again (records are not parsed again)
 *   when an option that changes the view changes (`messages` compared key by key, the others by
 *   identity: pass a stable `pickDuration` function); a change of `timeZone` alone keeps every view
 *   and gives new items carrying the new zone.
 * - `groupMissed` (default `false`): one row for missed calls from the same person with the same call
 *   type when no other message of the input comes between them. A text message, an ignored, broken
 *   or duplicate message, or any other call between two missed calls splits them; audio and video
 *   never share a row; a completed call, a call whose direction is not known and a call without a
 *   known peer (`view.peerId`) are never grouped.
 * - `getRecordInput` (default: the message itself): reads the call record out of an app's own message
 *   wrapper. It must be a pure function of the message: each message object is parsed once and the
 *   result is cached by identity, so a changed `getRecordInput` (an inline function is fine) is used for
 *   new messages only and never parses again messages already seen. If it throws, the message is listed
 *   in `errors` with code `'invalid-field'` (message `'getRecordInput: threw while reading this message'`)
 *   instead of the throw escaping; that failure is not cached, so the message is read again (with the
 *   `getRecordInput` of that call) on the next pass that reads the whole list: any change to the list
 *   other than an append, or a change of another option. Likewise a record the formatter throws on
 *   (e.g. a `pickDuration` function that throws) is listed in `errors` with code `'invalid-field'` and
 *   message `'formatting failed'`.
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
export interface CollectCallRecordsOptions<M = unknown> extends CallRecordOptions, CallRecordListOptions<M> {}

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
