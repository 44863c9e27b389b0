import { remember } from './memo';

/**
 * `Intl` formatters, made once per locale tag (and option) and kept in bounded memos: making one
 * costs far more than using it (bench/run.mjs, render row). Tags come canonical from
 * `resolveCallRecordLocale`, so none of these constructors throws on them.
 */

const countFormats = new Map<string, Intl.NumberFormat>();
/** Per `tag minimumDigits`: the formatter of clock numbers. */
const clockFormats = new Map<string, Intl.NumberFormat>();
const pluralRules = new Map<string, Intl.PluralRules>();
const latinDigits = new Map<string, boolean>();
/** Per `tag unit`: its long unit formatter and the strings of counts under 60, made as needed. */
const unitFormats = new Map<string, { format: Intl.NumberFormat; underSixty: string[] }>();
const timeFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * A count as the locale writes it, grouping included.
 * @internal
 *
 * @example
 * formatCount(1234, 'ar-EG'); // '١٬٢٣٤'
 */
export const formatCount = (count: number, tag: string): string => countFormat(tag).format(count);

/** The locale's plain number formatter, made once per tag. */
const countFormat = (tag: string): Intl.NumberFormat =>
  remember(countFormats, tag, () => new Intl.NumberFormat(tag));

/** Whether the locale writes numbers with ASCII digits 0-9. */
const usesLatinDigits = (tag: string): boolean =>
  remember(latinDigits, tag, () => countFormat(tag).resolvedOptions().numberingSystem === 'latn');

/**
 * A number of a clock reading in the locale's digits, without grouping, at least `minimumDigits` long.
 * @internal
 *
 * @example
 * formatClockNumber(5, 2, 'ar-EG'); // '٠٥'
 */
export function formatClockNumber(value: number, minimumDigits: 1 | 2, tag: string): string {
  if (usesLatinDigits(tag)) return String(value).padStart(minimumDigits, '0');
  const format = remember(
    clockFormats,
    `${tag} ${minimumDigits}`,
    () => new Intl.NumberFormat(tag, { minimumIntegerDigits: minimumDigits, useGrouping: false }),
  );
  return format.format(value);
}

/**
 * The spoken units of a duration, as `Intl.NumberFormat` names them.
 * @internal
 *
 * @example
 * const unit: DurationUnit = 'minute';
 */
export type DurationUnit = 'hour' | 'minute' | 'second';

/**
 * A count with its long, plural-aware unit name. The strings of counts under 60 are kept (every
 * minute and second value).
 * @internal
 *
 * @example
 * formatUnit(2, 'minute', 'ar'); // 'دقيقتان'
 */
export function formatUnit(count: number, unit: DurationUnit, tag: string): string {
  const entry = remember(unitFormats, `${tag} ${unit}`, () => ({
    format: new Intl.NumberFormat(tag, { style: 'unit', unit, unitDisplay: 'long' }),
    underSixty: [],
  }));
  if (count >= 60) return entry.format.format(count);
  entry.underSixty[count] ??= entry.format.format(count);
  return entry.underSixty[count];
}

/**
 * The `Intl.PluralRules` category of a count in the locale.
 * @internal
 *
 * @example
 * pluralCategory(3, 'ru'); // 'few'
 */
export const pluralCategory = (count: number, tag: string): Intl.LDMLPluralRule =>
  remember(pluralRules, tag, () => new Intl.PluralRules(tag)).select(count);

/** The locale's own short time style: "9:12 AM" in English, "09:12" in French. */
function makeTimeFormat(tag: string, timeZone: string | undefined): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(tag, { timeStyle: 'short', timeZone });
}

/**
 * The short time-of-day formatter of a locale in a time zone `Intl` accepts (see `acceptedTimeZone`),
 * or in the runtime's zone for `undefined`.
 * @internal
 *
 * @example
 * timeFormat('en-GB', 'UTC').format(Date.UTC(2024, 0, 1, 14, 5)); // '14:05'
 */
export const timeFormat = (tag: string, timeZone: string | undefined): Intl.DateTimeFormat =>
  remember(timeFormats, `${tag} ${timeZone ?? ''}`, () => makeTimeFormat(tag, timeZone));
