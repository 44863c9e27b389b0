import { fillTemplate } from './fillTemplate';
import { formatClockNumber, formatCount, formatUnit } from './intl';
import type { DurationUnit } from './intl';
import { resolveCallRecordLocale } from './resolveCallRecordLocale';
import { toSeconds } from './seconds';
import type { CallRecordLocale, CallRecordMessages } from '../options';

/** A duration split into clock parts. */
interface DurationParts {
  readonly hours: number;
  readonly minutes: number;
  readonly seconds: number;
}

const splitDuration = (totalSeconds: number): DurationParts => ({
  hours: Math.floor(totalSeconds / 3600),
  minutes: Math.floor(totalSeconds / 60) % 60,
  seconds: totalSeconds % 60,
});

/**
 * `mm:ss`, or `h:mm:ss` from one hour on, in the locale's digits.
 * @internal
 *
 * @example
 * clockDuration(75, 'ar-EG'); // '٠١:١٥'
 */
export function clockDuration(totalSeconds: number, tag: string): string {
  const { hours, minutes, seconds } = splitDuration(totalSeconds);
  const minutesAndSeconds = `${formatClockNumber(minutes, 2, tag)}:${formatClockNumber(seconds, 2, tag)}`;
  return hours > 0 ? `${formatClockNumber(hours, 1, tag)}:${minutesAndSeconds}` : minutesAndSeconds;
}

/** Which template of `units` speaks each unit. */
const UNIT_INDEX = { hour: 0, minute: 1, second: 2 } as const satisfies Record<DurationUnit, number>;

function spokenUnit(count: number, unit: DurationUnit, tag: string, messages: CallRecordMessages): string {
  const template = messages.units?.[UNIT_INDEX[unit]];
  if (template === undefined) return formatUnit(count, unit, tag);
  return fillTemplate(template, { count: formatCount(count, tag) });
}

/**
 * The spoken, plural-aware duration in a locale's words: zero units left out, "0 seconds" for 0.
 * @internal
 *
 * @example
 * spokenDuration(3605, 'en', en.messages); // '1 hour 5 seconds'
 */
export function spokenDuration(totalSeconds: number, tag: string, messages: CallRecordMessages): string {
  const { hours, minutes, seconds } = splitDuration(totalSeconds);
  const parts: string[] = [];
  if (hours > 0) parts.push(spokenUnit(hours, 'hour', tag, messages));
  if (minutes > 0) parts.push(spokenUnit(minutes, 'minute', tag, messages));
  if (seconds > 0 || totalSeconds === 0) parts.push(spokenUnit(seconds, 'second', tag, messages));
  return parts.join(messages.unitSeparator);
}

/**
 * Formats a call duration given in **seconds**, in the locale's digits.
 *
 * - `style: 'clock'` (default): `00:00` … `59:59`, then `1:00:00` …; 86,400 → `24:00:00` and hours
 *   keep counting beyond. Digits are the locale's (`ar-EG` → `٠١:١٥`; `en`, `zh-CN`, bare `ar` → `01:15`).
 * - `style: 'long'`: the spoken form in the locale's words, zero units left out, plural-aware
 *   through `Intl.NumberFormat` units: "1 hour 5 seconds", "1分钟2秒", "دقيقة وثانيتان"; 0 → "0 seconds".
 *
 * Fractions are floored (`59.9` → `00:59`); negative numbers, `NaN`, `±Infinity`, numbers above
 * `Number.MAX_SAFE_INTEGER` and non-numbers count as 0. `locale` is a tag or a locale object,
 * resolved with {@link resolveCallRecordLocale} (default English).
 *
 * @example
 * formatCallDuration(3661); // '1:01:01'
 * formatCallDuration(62, 'en', { style: 'long' }); // '1 minute 2 seconds'
 */
export function formatCallDuration(
  seconds: number,
  locale?: string | CallRecordLocale,
  options?: { readonly style?: 'clock' | 'long' | undefined },
): string {
  const totalSeconds = toSeconds(seconds) ?? 0;
  const resolved = resolveCallRecordLocale(locale);
  if (options?.style === 'long') return spokenDuration(totalSeconds, resolved.code, resolved.messages);
  return clockDuration(totalSeconds, resolved.code);
}
