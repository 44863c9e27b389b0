import type { CallRecordLocale, CallRecordMessages } from '../format/types';
import type { CallRecord } from '../record';

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
}

/** The options that set nothing (shared, frozen). */
const NO_OPTIONS: CallRecordOptions = Object.freeze({});

/** The names of the options, in one list, so merging and comparing never forget one. */
const OPTION_NAMES = [
  'selfId',
  'locale',
  'messages',
  'pickDuration',
  'timeZone',
] as const satisfies readonly (keyof CallRecordOptions)[];

/** The options that shape a view: `timeZone` only moves a bubble's time of day, which the bubble formats. */
const VIEW_OPTION_NAMES = OPTION_NAMES.filter((name) => name !== 'timeZone');

type Messages = Partial<CallRecordMessages>;

/**
 * The own messages of `messages` whose value is set, as entries read once; none when `messages` is
 * not an object or cannot be read (a hostile proxy or getter), so such an object sets no message.
 */
function setMessages(messages: Messages | undefined): [string, unknown][] {
  if (typeof messages !== 'object' || messages === null) return [];
  try {
    return Object.entries(messages).filter(([, value]) => value !== undefined);
  } catch {
    return [];
  }
}

/** Whether `options` sets nothing (missing, every option `undefined`, messages without a set key). */
function setsNothing(options: CallRecordOptions | undefined): boolean {
  return (
    options === undefined ||
    OPTION_NAMES.every((name) =>
      name === 'messages' ? setMessages(options.messages).length === 0 : options[name] === undefined,
    )
  );
}

/**
 * `override`'s set messages over `base`'s; either one as is when the other sets none. Built with
 * `Object.fromEntries`, so a JSON-parsed `"__proto__"` key stays an own key and never becomes the
 * prototype.
 */
function mergeMessages(base: Messages | undefined, override: Messages | undefined): Messages | undefined {
  const overrideEntries = setMessages(override);
  if (overrideEntries.length === 0) return base;
  const baseEntries = setMessages(base);
  if (baseEntries.length === 0) return override;
  return Object.fromEntries([...baseEntries, ...overrideEntries]) as Messages;
}

/**
 * The one resolver of options: `override` merged over `base`, used by the provider (its own props
 * over its parent's), the bubble (its props over the provider's) and the list collector. Each option
 * set in `override` wins; `messages` are merged key by key (a message set to `undefined` keeps the
 * base's). When one side sets nothing, the other is returned as is (its identity kept, so memos
 * hold); when both set nothing, one shared empty object. Never throws (unreadable messages count as none).
 *
 * @example
 * ```ts
 * mergeCallRecordOptions({ locale: 'en', messages: { callBack: 'Ring back' } }, { selfId: 'me', messages: { ended: 'Done' } });
 * // { selfId: 'me', locale: 'en', messages: { callBack: 'Ring back', ended: 'Done' }, pickDuration: undefined, timeZone: undefined }
 * ```
 */
export function mergeCallRecordOptions(
  base: CallRecordOptions | undefined,
  override: CallRecordOptions | undefined,
): CallRecordOptions {
  if (setsNothing(override)) return base ?? NO_OPTIONS;
  if (setsNothing(base)) return override ?? NO_OPTIONS;
  return {
    selfId: override?.selfId ?? base?.selfId,
    locale: override?.locale ?? base?.locale,
    messages: mergeMessages(base?.messages, override?.messages),
    pickDuration: override?.pickDuration ?? base?.pickDuration,
    timeZone: override?.timeZone ?? base?.timeZone,
  };
}

/** Same set messages: the same keys set, each value `Object.is`-equal. */
function sameMessages(first: Messages | undefined, second: Messages | undefined): boolean {
  if (first === second) return true;
  const firstEntries = setMessages(first);
  const secondValues = new Map(setMessages(second));
  return (
    firstEntries.length === secondValues.size &&
    firstEntries.every(([key, value]) => secondValues.has(key) && Object.is(secondValues.get(key), value))
  );
}

/**
 * Whether two sets of options format a record the same way: `messages` compared key by key (each
 * value by identity; unset and `undefined` alike), every other option by identity. A missing options
 * object equals one that sets nothing. Never throws (unreadable messages count as none).
 *
 * @example
 * ```ts
 * sameCallRecordOptions({ locale: 'en', messages: { callBack: 'Ring back' } }, { locale: 'en', messages: { callBack: 'Ring back' } }); // true
 * sameCallRecordOptions({ locale: 'en' }, { locale: 'en', selfId: 'me' }); // false
 * ```
 */
export function sameCallRecordOptions(
  first: CallRecordOptions | undefined,
  second: CallRecordOptions | undefined,
): boolean {
  return sameOptionsNamed(OPTION_NAMES, first, second);
}

/**
 * Whether two sets of options give the same view: {@link sameCallRecordOptions} without `timeZone`, so a
 * provider's time zone alone never re-formats a list item.
 * @internal
 *
 * @example
 * sameViewOptions({ locale: 'en', timeZone: 'UTC' }, { locale: 'en' }); // true
 */
export function sameViewOptions(
  first: CallRecordOptions | undefined,
  second: CallRecordOptions | undefined,
): boolean {
  return sameOptionsNamed(VIEW_OPTION_NAMES, first, second);
}

/** Whether two sets of options agree on the options `names` (see {@link sameCallRecordOptions}). */
function sameOptionsNamed(
  names: readonly (keyof CallRecordOptions)[],
  first: CallRecordOptions | undefined,
  second: CallRecordOptions | undefined,
): boolean {
  if (first === second) return true;
  return names.every((name) =>
    name === 'messages'
      ? sameMessages(first?.messages, second?.messages)
      : Object.is(first?.[name], second?.[name]),
  );
}
