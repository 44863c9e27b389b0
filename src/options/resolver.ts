import { CALL_RECORD_OPTION_NAMES, VIEW_OPTION_NAMES } from './CallRecordOptions';
import type { CallRecordOptionName, CallRecordOptions } from './CallRecordOptions';
import type { CallRecordMessages } from './CallRecordLocale';

/** The options that set nothing (shared, frozen). */
const NO_OPTIONS: CallRecordOptions = Object.freeze({});

type Messages = Partial<CallRecordMessages>;

const OPTION_NAME_SET: ReadonlySet<string> = /* @__PURE__ */ new Set(CALL_RECORD_OPTION_NAMES);

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

/**
 * The option `name` of `options`, read once; `undefined` when `options` is not an object or reading
 * it throws (a hostile getter or proxy), so such an option counts as unset.
 * @internal
 *
 * @example
 * readOption({ get selfId() { throw new Error('no'); } }, 'selfId'); // undefined
 */
export function readOption(options: unknown, name: string): unknown {
  if (typeof options !== 'object' || options === null) return undefined;
  try {
    return (options as Readonly<Record<string, unknown>>)[name];
  } catch {
    return undefined;
  }
}

/** Whether `options` sets nothing (missing, every option `undefined`, messages without a set key). */
function setsNothing(options: CallRecordOptions | undefined): boolean {
  return CALL_RECORD_OPTION_NAMES.every((name) =>
    name === 'messages'
      ? setMessages(readOption(options, 'messages') as Messages | undefined).length === 0
      : readOption(options, name) === undefined,
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
 * over its parent's), the bubble (its props over the provider's), the hook (its options over the
 * provider's) and the list collector. Each option set in `override` wins; `messages` are merged key
 * by key (a message set to `undefined` keeps the base's). The result holds the options either side
 * sets, every one of `CallRecordOptions` (they are read from the one declaration of the options, so
 * a new option is never dropped). When one side sets nothing, the other is returned as is (its
 * identity kept, so memos hold); when both set nothing, one shared empty object. Never throws
 * (unreadable messages count as none).
 *
 * @example
 * ```ts
 * mergeCallRecordOptions({ locale: 'en', messages: { callBack: 'Ring back' } }, { selfId: 'me', messages: { ended: 'Done' } });
 * // { selfId: 'me', locale: 'en', messages: { callBack: 'Ring back', ended: 'Done' } }
 * ```
 */
export function mergeCallRecordOptions(
  base: CallRecordOptions | undefined,
  override: CallRecordOptions | undefined,
): CallRecordOptions {
  if (setsNothing(override)) return base ?? NO_OPTIONS;
  if (setsNothing(base)) return override ?? NO_OPTIONS;
  const merged: { [Name in CallRecordOptionName]?: unknown } = {};
  for (const name of CALL_RECORD_OPTION_NAMES) {
    const value =
      name === 'messages'
        ? mergeMessages(readOption(base, name) as Messages, readOption(override, name) as Messages)
        : (readOption(override, name) ?? readOption(base, name));
    if (value !== undefined) merged[name] = value;
  }
  return merged as CallRecordOptions;
}

/**
 * The options of `props` (a bubble's or a provider's props, a hook's options, what an app passed to
 * a formatter): those of `CallRecordOptions` that are set, each read once, in a new plain object,
 * and nothing else. Never throws: an option whose getter throws, or anything that is not an object,
 * counts as unset. Every function documented as never throwing reads its options through this.
 * @internal
 *
 * @example
 * pickCallRecordOptions({ selfId: 'me', showTime: true, locale: undefined }); // { selfId: 'me' }
 */
export function pickCallRecordOptions(props: CallRecordOptions | undefined): CallRecordOptions {
  const picked: { [Name in CallRecordOptionName]?: unknown } = {};
  for (const name of CALL_RECORD_OPTION_NAMES) {
    const value = readOption(props, name);
    if (value !== undefined) picked[name] = value;
  }
  return picked as CallRecordOptions;
}

/**
 * `props` without the options of `CallRecordOptions` (what a bubble passes on to its root element).
 * @internal
 *
 * @example
 * withoutCallRecordOptions({ selfId: 'me', id: 'call-1' }); // { id: 'call-1' }
 */
export function withoutCallRecordOptions<Props extends CallRecordOptions>(
  props: Props,
): Omit<Props, CallRecordOptionName> {
  const rest = Object.entries(props).filter(([name]) => !OPTION_NAME_SET.has(name));
  return Object.fromEntries(rest) as Omit<Props, CallRecordOptionName>;
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
  return sameOptionsNamed(CALL_RECORD_OPTION_NAMES, first, second);
}

/**
 * Whether two sets of options give the same view: {@link sameCallRecordOptions} over the options whose
 * effect is `'view'` only, so a time zone alone never re-formats a list item.
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
      ? sameMessages(readOption(first, name) as Messages, readOption(second, name) as Messages)
      : Object.is(readOption(first, name), readOption(second, name)),
  );
}
