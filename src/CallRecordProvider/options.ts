import type { CallRecordLocale, CallRecordMessages } from '../format/types';
import type { CallRecord } from '../record';

/**
 * The options every formatter, the collector, the hook, the provider and the bubble take; declared
 * once. Every field is optional.
 *
 * - `selfId`: the viewer's NIM account id; decides whose side each call is on and whose duration
 *   is shown. Without it (and without a caller flag or `isSelf`/`flow` in the record) the direction
 *   is `'unknown'`.
 * - `locale`: a BCP 47 tag (resolved among the built-in locales) or a locale object
 *   (`import { fr } from 'react-call-records/locales'`); default English. See `resolveCallRecordLocale`.
 * - `messages`: wording overrides merged over the locale's, key by key.
 * - `pickDuration`: which member's duration a completed call shows: `'viewer'` (default: the
 *   viewer's own entry, else the longest), `'longest'`, `'first'` (`durations[0]`, what NetEase's
 *   kits show), or a function returning seconds (a result that is not a number from 0 to
 *   `Number.MAX_SAFE_INTEGER`, or a throw, counts as no duration: "Call ended").
 * - `timeZone`: IANA zone of the time of day shown by the bubble (default the runtime's); ignored
 *   by `formatCallRecord`.
 *
 * @example
 * const options: CallRecordOptions = { selfId: 'acc01', locale: 'zh-CN', pickDuration: 'longest' };
 */
export interface CallRecordOptions {
  readonly selfId?: string | undefined;
  readonly locale?: string | CallRecordLocale | undefined;
  readonly messages?: Partial<CallRecordMessages> | undefined;
  readonly pickDuration?:
    | 'viewer'
    | 'longest'
    | 'first'
    | ((record: CallRecord, selfId: string | undefined) => number | undefined)
    | undefined;
  readonly timeZone?: string | undefined;
}

/** The option keys compared by identity (everything but `messages`). */
const PLAIN_KEYS = [
  'selfId',
  'locale',
  'pickDuration',
  'timeZone',
] as const satisfies readonly (keyof CallRecordOptions)[];

const EMPTY_OPTIONS: CallRecordOptions = Object.freeze({});

/** The own keys of a messages object whose value is not `undefined`; none for a hostile object. */
function definedEntries(messages: object | undefined): [string, unknown][] {
  if (typeof messages !== 'object' || messages === null) return [];
  try {
    return Object.entries(messages).filter(([, value]) => value !== undefined);
  } catch {
    return [];
  }
}

function hasDefinedOption(options: CallRecordOptions | undefined): boolean {
  if (!options) return false;
  return PLAIN_KEYS.some((key) => options[key] !== undefined) || definedEntries(options.messages).length > 0;
}

/** `override`'s messages over `base`'s, key by key; either object itself when the other adds nothing. */
function mergeMessages(
  base: Partial<CallRecordMessages> | undefined,
  override: Partial<CallRecordMessages> | undefined,
): Partial<CallRecordMessages> | undefined {
  const overrideEntries = definedEntries(override);
  if (overrideEntries.length === 0) return base;
  if (definedEntries(base).length === 0) return override;
  // fromEntries defines own properties: a "__proto__" key cannot reach the prototype setter.
  return Object.fromEntries([...definedEntries(base), ...overrideEntries]) as Partial<CallRecordMessages>;
}

/**
 * `override` over `base`: each option of `override` that is not `undefined` wins; `messages` are
 * merged key by key (an `undefined` message keeps `base`'s). When one side sets nothing, the other
 * side's object itself is returned (an empty object when neither sets anything), so unchanged
 * options keep their identity. Never throws.
 *
 * @example
 * mergeCallRecordOptions({ locale: 'en', messages: { callBack: 'Ring' } }, { selfId: 'me', messages: { ended: 'Done' } });
 * // { locale: 'en', selfId: 'me', messages: { callBack: 'Ring', ended: 'Done' } }
 */
export function mergeCallRecordOptions(
  base: CallRecordOptions | undefined,
  override: CallRecordOptions | undefined,
): CallRecordOptions {
  if (!hasDefinedOption(override)) return base ?? EMPTY_OPTIONS;
  if (!hasDefinedOption(base) || !base || !override) return override ?? EMPTY_OPTIONS;
  return {
    selfId: override.selfId ?? base.selfId,
    locale: override.locale ?? base.locale,
    messages: mergeMessages(base.messages, override.messages),
    pickDuration: override.pickDuration ?? base.pickDuration,
    timeZone: override.timeZone ?? base.timeZone,
  };
}

function sameMessages(
  first: Partial<CallRecordMessages> | undefined,
  second: Partial<CallRecordMessages> | undefined,
): boolean {
  if (first === second) return true;
  const firstEntries = definedEntries(first);
  const secondEntries = new Map(definedEntries(second));
  return (
    firstEntries.length === secondEntries.size &&
    firstEntries.every(([key, value]) => secondEntries.has(key) && Object.is(secondEntries.get(key), value))
  );
}

/**
 * Whether two options format alike: `selfId`, `locale`, `pickDuration` and `timeZone` compared by
 * identity (`undefined` and a missing key are equal), `messages` key by key (values by identity,
 * `undefined` values ignored). `undefined` options equal empty ones. Never throws.
 *
 * @example
 * sameCallRecordOptions({ locale: 'en', messages: { ended: 'Done' } }, { locale: 'en', messages: { ended: 'Done' } }); // true
 */
export function sameCallRecordOptions(
  first: CallRecordOptions | undefined,
  second: CallRecordOptions | undefined,
): boolean {
  if (first === second) return true;
  const one = first ?? EMPTY_OPTIONS;
  const other = second ?? EMPTY_OPTIONS;
  return (
    PLAIN_KEYS.every((key) => Object.is(one[key], other[key])) && sameMessages(one.messages, other.messages)
  );
}
