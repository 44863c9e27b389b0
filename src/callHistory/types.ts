import type { CallRecordErrorEntry, CallRecordItem, CallRecordStats } from '../collect';
import type { CallRecordView } from '../format';
import type { CallRecordOptions } from '../options';
import type { CallRecord, CallType } from '../record';

/**
 * What a call-log row shows about its calls, as a phone's Recents does: `'missed'` (the viewer
 * received the calls and did not take them: `view.tone === 'missed'`), else the direction the
 * viewer sees (`'incoming'`, declined calls included; `'outgoing'`, unanswered ones included), or
 * `'unknown'` when nobody can tell whose call it was.
 *
 * @example
 * const kind: CallLogKind = row.kind; // 'missed'
 */
export type CallLogKind = 'incoming' | 'outgoing' | 'missed' | 'unknown';

/**
 * The filters of a call log, the one list of them: every row (`'all'`), or the missed calls only
 * (`'missed'`, folded again among themselves, as a phone's "Missed" tab shows them).
 *
 * @example
 * CALL_LOG_FILTERS; // ['all', 'missed']
 */
export const CALL_LOG_FILTERS = ['all', 'missed'] as const;

/**
 * One of {@link CALL_LOG_FILTERS}.
 *
 * @example
 * const filter: CallLogFilter = 'missed';
 */
export type CallLogFilter = (typeof CALL_LOG_FILTERS)[number];

/**
 * One row of a call log: one call, or consecutive calls (newest first) folded into one row with a
 * count (see `createCallLog` for the rule).
 *
 * - `key`: a stable, unique React key: the key of the row's oldest call (`item.key`), so a newer call
 *   joining the row keeps it.
 * - `kind`: the newest call's (`'missed'`, `'incoming'`, `'outgoing'`, `'unknown'`); the calls of a
 *   folded row are all missed or all not missed (an incoming and an outgoing call may share a row, as
 *   in a phone's Recents), and an `'unknown'` row is never folded, even with a person.
 * - `callType`, `peerId`: what every call of the row shares (`peerId` is `view.peerId`, the person a
 *   call-back reaches, `undefined` when nobody knows it).
 * - `count`: how many calls (`items.length`).
 * - `timestamp`: the latest call's time (epoch ms), `undefined` when its record has none.
 * - `day`: the latest call's day, `'YYYY-MM-DD'` in the options' `timeZone` (the runtime's without
 *   one), for section headers; `undefined` without a timestamp.
 * - `seconds`: the duration a single completed call shows (`view.seconds`); `undefined` for a folded row.
 * - `items`, `records`, `messages`: the calls behind the row, newest first (the collector's items, their
 *   records and the app's messages that carried them).
 * - `view`: the latest call's view (`items[0].view`); `options`: the options the views were formatted with.
 *
 * @example
 * ```ts
 * rows.map((row) => `${row.peerId} ${row.kind} ×${row.count} on ${row.day}`);
 * ```
 */
export interface CallLogRow<Message = unknown> {
  readonly key: string;
  readonly kind: CallLogKind;
  readonly callType: CallType;
  readonly peerId: string | undefined;
  readonly count: number;
  readonly timestamp: number | undefined;
  readonly day: string | undefined;
  readonly seconds: number | undefined;
  readonly items: readonly CallRecordItem<Message>[];
  readonly records: readonly CallRecord[];
  readonly messages: readonly Message[];
  readonly view: CallRecordView;
  readonly options: CallRecordOptions;
}

/**
 * The options of a call log: every option of `CallRecordOptions` (how each call reads; `timeZone`
 * also decides the day of each row), plus:
 *
 * - `filter` (default `'all'`): which rows `rows` holds (see {@link CALL_LOG_FILTERS}); an unknown
 *   value reads as `'all'`.
 * - `now` (default: none): the current time (epoch ms) that relative days ("Today", "Yesterday") are
 *   counted from by `describeCallLogRow` and `formatCallLogDay`. Folding never reads it. Pass the
 *   same `now` and `timeZone` to the server and to the hydrating client so both write the same words.
 * - `getRecordInput` (default: the message itself): reads the call record out of an app's own message
 *   wrapper, as in the collector.
 *
 * @example
 * ```ts
 * const options: CallLogOptions<AppMessage> = { selfId: 'bob', timeZone: 'Europe/Paris', filter: 'missed' };
 * ```
 */
export interface CallLogOptions<Message = unknown> extends CallRecordOptions {
  readonly filter?: CallLogFilter | undefined;
  readonly now?: number | undefined;
  readonly getRecordInput?: ((message: Message) => unknown) | undefined;
}

/**
 * What a call log holds: the rows of the chosen filter, how many rows each filter has, and, from the
 * collector, the broken call records and the counts of every message.
 *
 * @example
 * ```ts
 * const { rows, counts } = buildCallLog(messages, { selfId: 'bob' });
 * counts.missed; // 2
 * ```
 */
export interface CallLogResult<Message = unknown> {
  /** The rows of `filter`, newest first. */
  readonly rows: readonly CallLogRow<Message>[];
  /** The filter `rows` follows. */
  readonly filter: CallLogFilter;
  /** How many rows each filter shows. */
  readonly counts: Readonly<Record<CallLogFilter, number>>;
  /** Broken call records, as the collector lists them. */
  readonly errors: readonly CallRecordErrorEntry<Message>[];
  /** Counts of every input message, as the collector makes them. */
  readonly stats: CallRecordStats;
}

/**
 * An incremental, React-free call-log builder (see {@link createCallLog}).
 *
 * @example
 * ```ts
 * const log = createCallLog();
 * log.build(messages, { selfId: 'bob' }).rows;
 * ```
 */
export interface CallLogBuilder<Message = unknown> {
  /** Folds `messages` (from any number of conversations, in any order) into rows, reusing earlier work. */
  build(messages: readonly Message[], options?: CallLogOptions<Message>): CallLogResult<Message>;
}
