/** One hour, in ms. */
const HOUR_MS = 3_600_000;

/** Longer than any calendar day of any zone (25 h on a day that turns the clocks back), in ms. */
const MORE_THAN_A_DAY_MS = 27 * HOUR_MS;

/** A calendar day as one zone reads an instant, with the wall-clock time that has gone by since its midnight. */
interface WallClock {
  /** `'YYYY-MM-DD'`. */
  readonly day: string;
  /** Wall-clock ms since the day's midnight (off by the shift of a day that moves the clocks). */
  readonly sinceMidnight: number;
}

/** The instants `[start, end)` that one zone reads as `day`. */
interface DaySpan {
  readonly day: string;
  readonly start: number;
  readonly end: number;
}

/** Per zone (`''` for the runtime's), the formatter that reads a calendar day and a wall-clock time. */
const wallClockFormats = new Map<string, Intl.DateTimeFormat>();

function wallClockFormat(timeZone: string | undefined): Intl.DateTimeFormat {
  const key = timeZone ?? '';
  let format = wallClockFormats.get(key);
  if (format === undefined) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      calendar: 'gregory',
      numberingSystem: 'latn',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    });
    if (wallClockFormats.size >= 64) wallClockFormats.clear();
    wallClockFormats.set(key, format);
  }
  return format;
}

/** The calendar day and wall-clock time of `timestamp` in `timeZone`. */
function readWallClock(timestamp: number, timeZone: string | undefined): WallClock {
  const parts: Partial<Record<Intl.DateTimeFormatPartTypes, string>> = {};
  for (const part of wallClockFormat(timeZone).formatToParts(timestamp)) parts[part.type] = part.value;
  const year = (parts.year ?? '').padStart(4, '0');
  const clock = (Number(parts.hour) * 60 + Number(parts.minute)) * 60 + Number(parts.second);
  const milliseconds = ((timestamp % 1000) + 1000) % 1000;
  return { day: `${year}-${parts.month}-${parts.day}`, sinceMidnight: clock * 1000 + milliseconds };
}

/**
 * The first instant in `(before, atOrAfter]` that `belongs` accepts, given that `before` is not
 * accepted, `atOrAfter` is, and the accepted instants come last: a binary search, to the millisecond.
 */
function firstAccepted(before: number, atOrAfter: number, belongs: (instant: number) => boolean): number {
  let low = before;
  let high = atOrAfter;
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (belongs(middle)) high = middle;
    else low = middle;
  }
  return high;
}

/**
 * The calendar day of instants in one time zone, as `'YYYY-MM-DD'`, for a call log's section headers
 * and folding. Reading a day through `Intl` costs a few microseconds, and a call log reads thousands:
 * so the span of instants of the latest day read is kept, and an instant inside it costs a comparison.
 * A span is found from the wall-clock time since midnight (two reads of `Intl` to confirm it), and by
 * a binary search on the days that move the clocks (where that time is off by the shift).
 *
 * @example
 * const days = new DayReader('Asia/Shanghai');
 * days.dayOf(Date.UTC(2026, 0, 1, 16, 30)); // '2026-01-02'
 */
export class DayReader {
  readonly #timeZone: string | undefined;
  #latest: DaySpan | undefined;

  /** `timeZone`: an IANA zone `Intl` accepts, or `undefined` for the runtime's. */
  constructor(timeZone: string | undefined) {
    this.#timeZone = timeZone;
  }

  /** The day of `timestamp` (epoch ms), or `undefined` for a timestamp that is not a valid date. */
  dayOf(timestamp: number | undefined): string | undefined {
    if (typeof timestamp !== 'number' || !(Math.abs(timestamp) <= 8.64e15 - MORE_THAN_A_DAY_MS))
      return undefined;
    const latest = this.#latest;
    if (latest !== undefined && timestamp >= latest.start && timestamp < latest.end) return latest.day;
    const span = this.#spanOf(timestamp);
    this.#latest = span;
    return span.day;
  }

  #spanOf(timestamp: number): DaySpan {
    const { day, sinceMidnight } = readWallClock(timestamp, this.#timeZone);
    const isDay = (instant: number): boolean => readWallClock(instant, this.#timeZone).day === day;
    const guessedStart = timestamp - sinceMidnight;
    const start =
      isDay(guessedStart) && !isDay(guessedStart - 1)
        ? guessedStart
        : firstAccepted(timestamp - MORE_THAN_A_DAY_MS, timestamp, isDay);
    const guessedEnd = start + 24 * HOUR_MS;
    const end =
      isDay(guessedEnd - 1) && !isDay(guessedEnd)
        ? guessedEnd
        : firstAccepted(start, start + MORE_THAN_A_DAY_MS, (instant) => !isDay(instant));
    return { day, start, end };
  }
}

/**
 * How many calendar days `later` comes after `earlier` (both `'YYYY-MM-DD'`): 1 from a day to the next,
 * whatever their zone did to its clocks.
 *
 * @example
 * daysBetween('2026-03-28', '2026-03-30'); // 2
 */
export function daysBetween(earlier: string, later: string): number {
  return Math.round((utcNoonOf(later) - utcNoonOf(earlier)) / (24 * HOUR_MS));
}

/**
 * Noon UTC of a `'YYYY-MM-DD'` day: an instant every zone's formatter of that day in UTC reads as that
 * day, to write its weekday or date without a zone.
 *
 * @example
 * new Date(utcNoonOf('2026-03-29')).toISOString(); // '2026-03-29T12:00:00.000Z'
 */
export function utcNoonOf(day: string): number {
  const [year = 0, month = 1, date = 1] = day.split('-').map(Number);
  // setUTCFullYear takes the year as it is: Date.UTC would read the years 0-99 as 1900-1999.
  const noon = new Date(0);
  noon.setUTCFullYear(year, month - 1, date);
  noon.setUTCHours(12);
  return noon.getTime();
}
