import { acceptedTimeZone, formatCallTime, getCallRecordMessages, resolveCallRecordLocale } from '../format';
import { fillTemplate } from '../format/fillTemplate';
import { remember } from '../format/memo';
import { formatPlural } from '../format/plural';
import { pickCallRecordOptions, readOption } from '../options';
import type { CallRecordOptions, CompleteCallRecordMessages } from '../options';
import type { CallType } from '../record';
import { DayReader, daysBetween, utcNoonOf } from './days';
import type { CallLogFilter, CallLogKind, CallLogRow } from './types';

/**
 * The options the words of a call log are written with: those of `CallRecordOptions` (`locale`,
 * `messages`, `timeZone`…) and `now`, the current time (epoch ms) relative days are counted from.
 * Without `now` there are no relative days: `formatCallLogDay` gives `undefined` and a row has no
 * `when`.
 *
 * @example
 * ```ts
 * const options: CallLogWordOptions = { locale: 'fr', timeZone: 'Europe/Paris', now: Date.now() };
 * ```
 */
export interface CallLogWordOptions extends CallRecordOptions {
  readonly now?: number | undefined;
}

/** How far back a day is from today, as a phone names it. */
type DayDistance = 'today' | 'yesterday' | 'this week' | 'earlier';

/** Per `tag`, the `Intl` formatters of days: relative ("yesterday"), weekday, date. */
const relativeFormats = new Map<string, Intl.RelativeTimeFormat>();
const weekdayFormats = new Map<string, Intl.DateTimeFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** The day `now` falls on in each zone: one reader per zone (`''` for the runtime's). */
const dayReaders = new Map<string, DayReader>();

function todayOf(now: number, timeZone: string | undefined): string | undefined {
  return remember(dayReaders, timeZone ?? '', () => new DayReader(timeZone)).dayOf(now);
}

function distanceOf(day: string, today: string): DayDistance {
  const days = daysBetween(day, today);
  if (days === 0) return 'today';
  if (days === 1) return 'yesterday';
  if (days > 1 && days < 7) return 'this week';
  return 'earlier';
}

/** "today" / "yesterday" as `Intl` writes them inside a sentence (`numeric: 'auto'`), "Monday", "Dec 3, 2026". */
function dayWord(day: string, distance: DayDistance, tag: string): string {
  if (distance === 'today' || distance === 'yesterday') {
    const format = remember(
      relativeFormats,
      tag,
      () => new Intl.RelativeTimeFormat(tag, { numeric: 'auto' }),
    );
    return format.format(distance === 'today' ? 0 : -1, 'day');
  }
  const formats = distance === 'this week' ? weekdayFormats : dateFormats;
  const style: Intl.DateTimeFormatOptions =
    distance === 'this week'
      ? { weekday: 'long', timeZone: 'UTC' }
      : { dateStyle: 'medium', timeZone: 'UTC' };
  return remember(formats, tag, () => new Intl.DateTimeFormat(tag, style)).format(utcNoonOf(day));
}

/** A word that starts a line ("Today", "Yesterday"), with its first letter in the locale's upper case. */
function standalone(word: string, tag: string): string {
  const first = word.codePointAt(0);
  if (first === undefined) return word;
  const letter = String.fromCodePoint(first);
  return letter.toLocaleUpperCase(tag) + word.slice(letter.length);
}

/** The locale tag, messages and zone of a set of options. */
interface Resolved {
  readonly tag: string;
  readonly dir: 'ltr' | 'rtl';
  readonly messages: CompleteCallRecordMessages;
  readonly timeZone: string | undefined;
  readonly now: number | undefined;
}

function resolve(options: CallLogWordOptions | undefined): Resolved {
  const readable = pickCallRecordOptions(options);
  const locale = resolveCallRecordLocale(readable.locale);
  const messages = getCallRecordMessages(locale, readable.messages);
  const now = readOption(options, 'now');
  return {
    tag: locale.code,
    dir: locale.dir,
    messages,
    timeZone: acceptedTimeZone(readable.timeZone),
    now: typeof now === 'number' && Number.isFinite(now) ? now : undefined,
  };
}

/**
 * The header of a day of a call log, as phones write it: "Today", "Yesterday", the weekday within
 * the last week ("Monday"), then the date ("Dec 3, 2026"), every word from `Intl` in the locale
 * (`Intl.RelativeTimeFormat` with `numeric: 'auto'`, `Intl.DateTimeFormat`), its first letter in
 * upper case. `day` is a row's `day` (`'YYYY-MM-DD'`); today is the day `now` falls on in `timeZone`
 * (default: the runtime's). `undefined` without `now`, or for a day that is not `'YYYY-MM-DD'`.
 *
 * @example
 * formatCallLogDay('2026-12-05', { locale: 'en', timeZone: 'UTC', now: Date.UTC(2026, 11, 6, 9) }); // 'Yesterday'
 */
export function formatCallLogDay(day: string, options?: CallLogWordOptions): string | undefined {
  const { tag, timeZone, now } = resolve(options);
  if (now === undefined || !/^\d{4,}-\d\d-\d\d$/.test(day)) return undefined;
  const today = todayOf(now, timeZone);
  if (today === undefined) return undefined;
  return standalone(dayWord(day, distanceOf(day, today), tag), tag);
}

/**
 * What a call-log row shows and says, every word from the locale.
 *
 * @example
 * ```ts
 * const { person, detail, when, name, callBackName } = describeCallLogRow(row, { now, timeZone }, 'Bob');
 * ```
 */
export interface CallLogRowDescription {
  /** The person's name as given, else their account id; for a row without a person, its call alone ("Voice call"). */
  readonly person: string;
  /** The kind and medium: "Missed voice call". */
  readonly call: string;
  /** The visible second line: the call and, for a folded row, the count ("Missed voice call, 3 times"). */
  readonly detail: string;
  /** The count of a folded row ("3 times"); `undefined` for one call. */
  readonly count: string | undefined;
  /** When, as the row shows it: the time today ("21:49"), else the day ("Yesterday", "Monday", "Dec 3, 2026"); `undefined` without `now` or a timestamp. */
  readonly when: string | undefined;
  /** The ISO 8601 instant of the latest call, for `<time dateTime>`; `undefined` without a timestamp. */
  readonly dateTime: string | undefined;
  /** The row's spoken name: "Missed voice call from Bob, 3 times, yesterday 21:49". */
  readonly name: string;
  /** The name of the call-back action: "Missed voice call from Bob, 3 times, yesterday 21:49. Call back". */
  readonly callBackName: string;
  /** The visible name of the call-back action: "Call back". */
  readonly callBack: string;
  /** The BCP 47 tag and writing direction of the words. */
  readonly lang: string;
  readonly dir: 'ltr' | 'rtl';
}

/**
 * The word of each filter's tab ("All", "Missed"), per filter of `CALL_LOG_FILTERS`: the compiler holds
 * the two lists to each other.
 * @internal
 *
 * @example
 * getCallRecordMessages('en')[CALL_LOG_FILTER_WORDS.missed]; // 'Missed'
 */
export const CALL_LOG_FILTER_WORDS = {
  all: 'allCallsFilter',
  missed: 'missedCallsFilter',
} as const satisfies Record<CallLogFilter, keyof CompleteCallRecordMessages>;

/** The words of each kind and medium: "Missed voice call", "Outgoing video call". */
const CALL_WORDS = {
  missed: { audio: 'missedAudioCall', video: 'missedVideoCall' },
  incoming: { audio: 'incomingAudioCall', video: 'incomingVideoCall' },
  outgoing: { audio: 'outgoingAudioCall', video: 'outgoingVideoCall' },
  unknown: { audio: 'audioCall', video: 'videoCall' },
} as const satisfies Record<CallLogKind, Record<CallType, keyof CompleteCallRecordMessages>>;

function callWord(kind: CallLogKind, callType: CallType, messages: CompleteCallRecordMessages): string {
  return messages[CALL_WORDS[kind][callType === 'video' ? 'video' : 'audio']];
}

/** The visible and spoken "when" of a timestamp, or nothing without `now`. */
function whenOf(
  timestamp: number | undefined,
  resolved: Resolved,
  options: CallLogWordOptions | undefined,
): { readonly shown: string; readonly spoken: string } | undefined {
  const { now, timeZone, tag, messages } = resolved;
  if (timestamp === undefined || now === undefined) return undefined;
  const time = formatCallTime(timestamp, pickCallRecordOptions(options));
  const day = todayOf(timestamp, timeZone);
  const today = todayOf(now, timeZone);
  if (time === '' || day === undefined || today === undefined) return undefined;
  const distance = distanceOf(day, today);
  const word = dayWord(day, distance, tag);
  const spoken = fillTemplate(messages.dayAtTime, { day: word, time });
  return { shown: distance === 'today' ? time : standalone(word, tag), spoken };
}

/**
 * What a call-log row shows and says in the options' locale: the person (`personName`, else the
 * row's `peerId`, else the call alone: "Voice call"), the call ("Missed voice call"), the count of a folded row ("3 times", plural-aware
 * through `Intl.PluralRules`), when (the time today, else "Yesterday", the weekday within the last
 * week, then the date, counted from `now` in `timeZone`), and one spoken sentence:
 * "Missed voice call from Bob, 3 times, yesterday 21:49", with ". Call back" for the call-back action.
 * Pass the options the rows were built with, plus `now`. Never throws because of options.
 *
 * @example
 * describeCallLogRow(row, { locale: 'en', timeZone: 'UTC', now }, 'Bob').callBackName;
 * // 'Missed voice call from Bob, 3 times, yesterday 21:49. Call back'
 */
export function describeCallLogRow(
  row: CallLogRow<unknown>,
  options?: CallLogWordOptions,
  personName?: string,
): CallLogRowDescription {
  const resolved = resolve(options);
  const { tag, messages } = resolved;
  const known = personName !== undefined && personName !== '' ? personName : (row.peerId ?? '');
  const call = callWord(row.kind, row.callType, messages);
  // Nobody known: the row shows its medium's noun ("Voice call") as its name; the sentence names nobody.
  const person = known === '' ? callWord('unknown', row.callType, messages) : known;
  const template = row.kind === 'outgoing' ? messages.callTo : messages.callFrom;
  const spokenCall = known === '' ? call : fillTemplate(template, { call, name: known });
  const count = row.count > 1 ? formatPlural(messages.callCount, row.count, tag) : undefined;
  const withCount = (label: string): string =>
    count === undefined ? label : fillTemplate(messages.withCount, { label, count });
  const when = whenOf(row.timestamp, resolved, options);
  const counted = withCount(spokenCall);
  const name =
    when === undefined ? counted : fillTemplate(messages.withTime, { label: counted, time: when.spoken });
  const timestamp = row.timestamp;
  return {
    person,
    call,
    detail: withCount(call),
    count,
    when: when?.shown,
    dateTime: timestamp === undefined || when === undefined ? undefined : new Date(timestamp).toISOString(),
    name,
    callBackName: fillTemplate(messages.withAction, { label: name, action: messages.callBack }),
    callBack: messages.callBack,
    lang: tag,
    dir: resolved.dir,
  };
}
