import { cached, getCallRecordMessages, resolveCallRecordLocale } from './locale';
import type { CallRecordLocale, CallRecordMessages } from './messages';

/** Whole seconds, or `undefined` for anything that is not a number from 0 to `Number.MAX_SAFE_INTEGER`. @internal */
export const toSeconds = (value: unknown): number | undefined =>
  typeof value == 'number' && value >= 0 && value < 2 ** 53 ? Math.floor(value) : undefined;

/**
 * "5 minutes" in a locale's words, through a cached `Intl.NumberFormat`. The strings themselves are cached
 * for counts under 60 only (every minute and second value, at most 180 per locale; larger hour counts are
 * formatted each time): Intl formatting was the largest cost of a bubble's first render (bench/run.mjs).
 */
type UnitCache = Partial<Record<string, { format: Intl.NumberFormat; text: string[] }>>;
/** Per locale, per unit: its NumberFormat and the strings of counts under 60. */
const units = new Map<CallRecordLocale, UnitCache>();

const unitText = (unit: string, locale: CallRecordLocale, n: number): string => {
  const cache = (cached(units, locale, (): UnitCache => ({}))[unit] ??= {
    format: new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }),
    text: [],
  });
  return n < 60 ? (cache.text[n] ??= cache.format.format(n)) : cache.format.format(n);
};

const pad = (n: number) => (n < 10 ? '0' : '') + n;

/** The spoken, plural-aware duration in a locale's words. @internal */
export const longDuration = (
  seconds: number,
  locale: CallRecordLocale,
  messages: CallRecordMessages,
): string =>
  (['hour', 'minute', 'second'] as const)
    .flatMap((unit, i) => {
      const n = Math.floor(seconds / 60 ** (2 - i)) % (i ? 60 : Infinity);
      return n || (i > 1 && !seconds)
        ? [messages.units?.[i]?.replace('{count}', '' + n) ?? unitText(unit, locale, n)]
        : [];
    })
    .join(messages.unitSeparator);

/**
 * Formats a call duration given in **seconds**.
 *
 * - `style: 'clock'` (default): `00:00` … `59:59`, then `1:00:00` …; 86,400 → `24:00:00` and hours keep
 *   counting beyond. The same ASCII digits in every locale.
 * - `style: 'long'`: the spoken form in the locale's words, zero units left out, plural-aware through
 *   `Intl.NumberFormat` units: "1 hour 5 seconds", "1分钟2秒", "دقيقة وثانيتان"; 0 → "0 seconds".
 *
 * Fractions are floored (`59.9` → `00:59`); negative numbers, `NaN`, `±Infinity`, numbers above
 * `Number.MAX_SAFE_INTEGER` and non-numbers count as 0 (`00:00`, "0 seconds"). `locale` defaults to
 * English and resolves like {@link resolveCallRecordLocale}.
 *
 * @example
 * formatCallDuration(3661); // '1:01:01'
 * formatCallDuration(62, 'en', { style: 'long' }); // '1 minute 2 seconds'
 */
export function formatCallDuration(
  seconds: number,
  locale?: string,
  options?: { style?: 'clock' | 'long' },
): string {
  const s = toSeconds(seconds) ?? 0;
  const hours = Math.floor(s / 3600);
  return options?.style === 'long'
    ? longDuration(s, resolveCallRecordLocale(locale), getCallRecordMessages(locale))
    : (hours ? hours + ':' : '') + pad(Math.floor(s / 60) % 60) + ':' + pad(s % 60);
}
