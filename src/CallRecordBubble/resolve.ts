import {
  formatCallRecord,
  formatCallTime,
  formatMissedCallGroup,
  getCallRecordMessages,
  resolveCallRecordLocale,
} from '../format';
import type { CallRecordLocale, CallRecordView, FormatCallRecordOptions } from '../format';
import { parseCallRecord } from '../record';
import type { CallRecord } from '../record';

/** Internal: everything a bubble renders, derived from its `record` prop without throwing. */
export interface ResolvedBubble {
  /** The record to call back; `undefined` for the fallback. */
  readonly record: CallRecord | undefined;
  /** The formatted view; `undefined` for the fallback. */
  readonly view: CallRecordView | undefined;
  /** The visible label. */
  readonly text: string;
  /** The visible time of day, when asked for and known. */
  readonly time: string | undefined;
  /** The `<time dateTime>` value (ISO 8601) matching `time`. */
  readonly dateTime: string | undefined;
  /** The accessible name: the full sentence, the time when shown, and the call-back action when interactive. */
  readonly accessibleName: string;
  readonly locale: CallRecordLocale;
  readonly dir: 'ltr' | 'rtl';
}

/** Internal: the options of {@link resolveBubble}. */
export interface ResolveBubbleOptions extends FormatCallRecordOptions {
  readonly showTime?: boolean | undefined;
  readonly timeZone?: string | undefined;
  /** Append the localized call-back action to the accessible name. */
  readonly interactive?: boolean | undefined;
}

const TYPES = new Set(['audio', 'video']);
const STATUSES = new Set(['completed', 'cancelled', 'rejected', 'timeout', 'busy']);
const SOURCES = new Set(['attach', 'server-copy', 'v2-message', 'v9-message', 'ios-object']);

type Obj = Record<string, unknown>;
const isObject = (value: unknown): value is Obj => typeof value === 'object' && value !== null;

/** A normalized `CallRecord` (as returned by `parseCallRecord`), not a raw NIM shape. */
function isCallRecord(value: unknown): value is CallRecord {
  return (
    isObject(value) &&
    typeof value.id === 'string' &&
    typeof value.channelId === 'string' &&
    TYPES.has(value.callType as string) &&
    STATUSES.has(value.status as string) &&
    SOURCES.has(value.source as string) &&
    Array.isArray(value.durations)
  );
}

/** Sentence punctuation per locale: [list comma, full stop]. */
const PUNCTUATION: Record<CallRecordLocale, readonly [string, string]> = {
  'zh-CN': ['，', '。'],
  'zh-TW': ['，', '。'],
  ja: ['、', '。'],
  ko: [', ', '. '],
  en: [', ', '. '],
  ar: ['، ', '. '],
};

/**
 * Joins the view's sentence, the time and the action with the locale's punctuation:
 * "Outgoing video call, declined, 14:05. Call back" / "…，14:05。回拨".
 */
function composeName(
  sentence: string,
  time: string | undefined,
  action: string | undefined,
  locale: CallRecordLocale,
): string {
  const [comma, stop] = PUNCTUATION[locale] ?? PUNCTUATION.en;
  const trailing = /[.。]\s*$/.exec(sentence);
  let name = trailing ? sentence.slice(0, trailing.index) : sentence;
  if (time) name += comma + time;
  if (action) name += stop + action;
  else if (trailing) name += trailing[0].trim();
  return name;
}

const dirOf = (locale: CallRecordLocale): 'ltr' | 'rtl' => (locale === 'ar' ? 'rtl' : 'ltr');

function fallback(options: ResolveBubbleOptions): ResolvedBubble {
  let locale: CallRecordLocale = 'en';
  let text = 'Call record';
  try {
    locale = resolveCallRecordLocale(options.locale);
    const label: unknown = getCallRecordMessages(options.locale, options.messages).callRecord;
    if (typeof label === 'string' && label !== '') text = label;
  } catch {
    // keep the English defaults
  }
  return {
    record: undefined,
    view: undefined,
    text,
    time: undefined,
    dateTime: undefined,
    accessibleName: text,
    locale,
    dir: dirOf(locale),
  };
}

/**
 * Internal: turns whatever the `record` prop holds into what the bubble renders.
 * Accepts a `CallRecordItem` (grouped when `count > 1`), a `ParseCallRecordResult`,
 * a normalized `CallRecord`, or any raw NIM message / attach (object or JSON string),
 * which it parses. Anything that does not yield a record, and any error while
 * deriving, gives the neutral fallback. Never throws.
 */
export function resolveBubble(input: unknown, options: ResolveBubbleOptions = {}): ResolvedBubble {
  try {
    const format: FormatCallRecordOptions = {
      selfId: options.selfId,
      locale: options.locale,
      messages: options.messages,
      pickDuration: options.pickDuration,
    };
    let record: CallRecord | undefined;
    let view: CallRecordView | undefined;

    if (
      isObject(input) &&
      Array.isArray(input.records) &&
      typeof input.count === 'number' &&
      isCallRecord(input.record)
    ) {
      // A CallRecordItem from useCallRecords.
      record = input.record;
      const records = input.records as unknown[];
      view =
        input.count > 1 && records.length > 1 && records.every(isCallRecord)
          ? formatMissedCallGroup(records, format)
          : formatCallRecord(record, format);
    } else if (isObject(input) && typeof input.ok === 'boolean' && ('record' in input || 'error' in input)) {
      // A ParseCallRecordResult.
      if (input.ok === true && isCallRecord(input.record)) record = input.record;
    } else if (isCallRecord(input)) {
      record = input;
    } else {
      const parsed = parseCallRecord(input);
      if (parsed.ok) record = parsed.record;
    }
    if (!record) return fallback(options);
    view ??= formatCallRecord(record, format);
    if (typeof view.text !== 'string' || typeof view.accessibleLabel !== 'string') return fallback(options);

    const locale = view.locale;
    let time: string | undefined;
    let dateTime: string | undefined;
    const timestamp = record.timestamp;
    if (options.showTime && typeof timestamp === 'number' && Number.isFinite(timestamp)) {
      try {
        const formatted: unknown = formatCallTime(timestamp, {
          locale: options.locale ?? locale,
          timeZone: options.timeZone,
        });
        if (typeof formatted === 'string' && formatted !== '') {
          dateTime = new Date(timestamp).toISOString();
          time = formatted;
        }
      } catch {
        // an out-of-range date: show the bubble without the time
      }
    }
    let action: string | undefined;
    if (options.interactive) {
      const callBack: unknown = getCallRecordMessages(locale, options.messages).callBack;
      if (typeof callBack === 'string' && callBack !== '') action = callBack;
    }
    return {
      record,
      view,
      text: view.text,
      time,
      dateTime,
      accessibleName: composeName(view.accessibleLabel, time, action, locale),
      locale,
      dir: view.dir === 'rtl' ? 'rtl' : 'ltr',
    };
  } catch {
    return fallback(options);
  }
}
