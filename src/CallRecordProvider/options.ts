import type { CallRecordMessages } from '../format';
import type { CallRecordLocale } from '../format/types';
import type { CallRecord } from '../record';

/**
 * The options that decide how a call record reads to one viewer, shared by the bubble, the
 * provider, `useCallRecords` and the collector (declared once, here).
 *
 * - `selfId`: the viewer's NIM account id.
 * - `locale`: a BCP 47 tag or a locale object (default `'en'`).
 * - `messages`: wording overrides merged key by key over the locale's.
 * - `pickDuration`: which duration a completed call shows (default `'viewer'`).
 * - `timeZone`: IANA zone of the time of day the bubble shows (the runtime's by default).
 *
 * @example
 * const options: CallRecordOptions = { selfId: 'me', locale: 'zh-CN', pickDuration: 'longest' };
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

/** Whether an options object has no key set to a value. */
const isEmpty = (options: CallRecordOptions | undefined): boolean =>
  options === undefined || Object.values(options).every((value) => value === undefined);

/**
 * `override` over `base`: each key of `override` that is not `undefined` wins; `messages` are merged
 * key by key. When one side is empty, the other is returned as it is (its identity kept).
 *
 * @example
 * mergeCallRecordOptions({ selfId: 'me', locale: 'en' }, { locale: 'fr' }); // { selfId: 'me', locale: 'fr' }
 */
export function mergeCallRecordOptions(
  base: CallRecordOptions | undefined,
  override: CallRecordOptions | undefined,
): CallRecordOptions {
  if (isEmpty(override)) return base ?? {};
  if (isEmpty(base) || override === undefined) return override ?? {};
  const baseOptions = base ?? {};
  const messages =
    baseOptions.messages !== undefined && override.messages !== undefined
      ? { ...baseOptions.messages, ...override.messages }
      : (override.messages ?? baseOptions.messages);
  return {
    selfId: override.selfId ?? baseOptions.selfId,
    locale: override.locale ?? baseOptions.locale,
    messages,
    pickDuration: override.pickDuration ?? baseOptions.pickDuration,
    timeZone: override.timeZone ?? baseOptions.timeZone,
  };
}

/** Same own keys, each value `Object.is`-equal. */
function sameMessages(
  first: Partial<CallRecordMessages> | undefined,
  second: Partial<CallRecordMessages> | undefined,
): boolean {
  if (first === second) return true;
  if (first === undefined || second === undefined) return false;
  const keys = Object.keys(first);
  return (
    keys.length === Object.keys(second).length &&
    keys.every(
      (key) =>
        Object.hasOwn(second, key) &&
        Object.is((first as Record<string, unknown>)[key], (second as Record<string, unknown>)[key]),
    )
  );
}

/**
 * Whether two options format every record alike: `messages` compared key by key, the other keys
 * by identity (pass a stable `pickDuration` function).
 *
 * @example
 * sameCallRecordOptions({ messages: { callBack: 'Ring' } }, { messages: { callBack: 'Ring' } }); // true
 */
export function sameCallRecordOptions(
  first: CallRecordOptions | undefined,
  second: CallRecordOptions | undefined,
): boolean {
  const one = first ?? {};
  const other = second ?? {};
  return (
    one.selfId === other.selfId &&
    one.locale === other.locale &&
    one.pickDuration === other.pickDuration &&
    one.timeZone === other.timeZone &&
    sameMessages(one.messages, other.messages)
  );
}
