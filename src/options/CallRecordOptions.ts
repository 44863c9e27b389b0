import type { CallRecord } from '../record';
import type { CallRecordLocale, CallRecordMessages } from './CallRecordLocale';

/**
 * The settings that decide how a call record reads, declared once and used everywhere: the props
 * of `CallRecordProvider` and `CallRecordBubble`, the options of `useCallRecords`, the collector and
 * `formatCallRecord`, and the value of the provider's context. Every field is optional.
 *
 * - `selfId`: the viewer's NIM account id; decides whose side a call is on and whose duration shows.
 * - `locale`: a BCP 47 tag (`'zh-CN'`, `'fr-FR'`) or a locale object (`fr`, or your own); default English.
 * - `messages`: wording overrides merged key by key over the locale's strings.
 * - `pickDuration`: which duration a completed call shows: `'viewer'` (default: the viewer's own
 *   entry, else the longest), `'longest'`, `'first'`, or a function returning seconds.
 * - `timeZone`: IANA zone of the time of day a bubble shows with `showTime` (default: the runtime's);
 *   set it when rendering on a server. `formatCallRecord` ignores it.
 * - `conversationId`: the V2 conversation id of the one-to-one conversation the app is showing
 *   (`'me|1|bob'`, as `V2NIMConversationIdUtil.p2pConversationId('bob')` builds it); whom a call-back
 *   reaches for a record that names nobody itself (a message `createCallMessage` made, a bare attach).
 *   A team id (`'me|2|team'`) never names anyone. Default: none.
 *
 * Adding an option: a field here and its entry in {@link CALL_RECORD_OPTION_EFFECTS}; merging,
 * comparing and the props of the provider and the bubble follow from that table.
 *
 * @example
 * ```ts
 * const options: CallRecordOptions = { selfId: 'acc01', locale: 'zh-CN', timeZone: 'Asia/Shanghai' };
 * ```
 */
export interface CallRecordOptions {
  /** The viewer's NIM account id: decides outgoing vs incoming, the wording and the duration shown. */
  readonly selfId?: string | undefined;
  /** A BCP 47 tag or a locale object. Default: English. */
  readonly locale?: string | CallRecordLocale | undefined;
  /** Wording overrides, merged key by key over the locale's strings. */
  readonly messages?: Partial<CallRecordMessages> | undefined;
  /** Which duration a completed call shows. Default `'viewer'`. */
  readonly pickDuration?:
    | 'viewer'
    | 'longest'
    | 'first'
    | ((record: CallRecord, selfId: string | undefined) => number | undefined)
    | undefined;
  /** IANA time zone of a bubble's time of day. Default: the runtime's zone. */
  readonly timeZone?: string | undefined;
  /**
   * The V2 conversation id the app is showing (`'me|1|bob'`): the other person of a one-to-one view, for
   * records that do not name them (a message `createCallMessage` made, a bare attach). Default: none.
   */
  readonly conversationId?: string | undefined;
}

/**
 * What an option changes: `'view'`, the words, tone and duration of a record's view (a change formats
 * views again); `'time'`, only the time of day a bubble shows beside the view.
 */
export type CallRecordOptionEffect = 'view' | 'time';

/**
 * Every option of {@link CallRecordOptions}, once, with what it changes. The compiler holds this table
 * to the interface: an option missing here, or named here but not there, does not compile.
 * @internal
 *
 * @example
 * CALL_RECORD_OPTION_EFFECTS.timeZone; // 'time'
 */
export const CALL_RECORD_OPTION_EFFECTS = {
  selfId: 'view',
  locale: 'view',
  messages: 'view',
  pickDuration: 'view',
  timeZone: 'time',
  conversationId: 'view',
} as const satisfies { readonly [Name in keyof CallRecordOptions]-?: CallRecordOptionEffect };

/** The name of an option of {@link CallRecordOptions}. */
export type CallRecordOptionName = keyof typeof CALL_RECORD_OPTION_EFFECTS;

/**
 * The names of every option of {@link CallRecordOptions}, in the order of {@link CALL_RECORD_OPTION_EFFECTS}.
 * @internal
 *
 * @example
 * CALL_RECORD_OPTION_NAMES; // ['selfId', 'locale', 'messages', 'pickDuration', 'timeZone', 'conversationId']
 */
export const CALL_RECORD_OPTION_NAMES = /* @__PURE__ */ Object.keys(
  CALL_RECORD_OPTION_EFFECTS,
) as readonly CallRecordOptionName[];

/**
 * The names of the options that change a view (all but those that change only the time of day).
 * @internal
 *
 * @example
 * VIEW_OPTION_NAMES; // ['selfId', 'locale', 'messages', 'pickDuration', 'conversationId']
 */
export const VIEW_OPTION_NAMES = /* @__PURE__ */ CALL_RECORD_OPTION_NAMES.filter(
  (name) => CALL_RECORD_OPTION_EFFECTS[name] === 'view',
);

/**
 * The options that shape a collected list's rows rather than the words of each row (see
 * `CollectCallRecordsOptions` for what each does).
 *
 * - `groupMissed` (default `false`): one row for a run of missed calls from one person with one call type.
 * - `getRecordInput` (default: the message itself): reads the call record out of an app's message wrapper.
 *
 * @example
 * ```ts
 * const listOptions: CallRecordListOptions<AppMessage> = { groupMissed: true, getRecordInput: (m) => m.payload };
 * ```
 */
export interface CallRecordListOptions<Message = unknown> {
  readonly groupMissed?: boolean | undefined;
  readonly getRecordInput?: ((message: Message) => unknown) | undefined;
}
