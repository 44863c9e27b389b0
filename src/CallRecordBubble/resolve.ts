import {
  formatCallRecord,
  formatCallTime,
  formatAccessibleName,
  formatMissedCallGroup,
  getCallRecordMessages,
  resolveCallRecordLocale,
} from '../format';
import type { CallRecordOptions, CallRecordView } from '../format';
import { CALL_STATUS_CODES, CALL_TYPE_CODES, parseCallRecord } from '../record';
import type { CallRecord } from '../record';

/** Internal: everything a bubble renders, derived from its `record` prop without throwing. */
export interface ResolvedBubble {
  /** The record to call back; `undefined` for the fallback. */
  readonly record?: CallRecord | undefined;
  /** The formatted view; `undefined` for the fallback. */
  readonly view?: CallRecordView | undefined;
  /** The visible label. */
  readonly text: string;
  /** The visible time of day, when asked for and known. */
  readonly time?: string | undefined;
  /** The `<time dateTime>` value (ISO 8601) matching `time`. */
  readonly dateTime?: string | undefined;
  /** The accessible name: the full sentence, the time when shown, and the call-back action when interactive. */
  readonly name: string;
  /** The BCP 47 tag of the words (for `lang`). */
  readonly locale: string;
  /** The text direction of `locale`. */
  readonly dir: 'ltr' | 'rtl';
}

/** Internal: the options of {@link resolveBubble}. */
export interface ResolveBubbleOptions extends CallRecordOptions {
  readonly showTime?: boolean | undefined;
  /** Append the localized call-back action to the accessible name. */
  readonly interactive?: boolean | undefined;
}

type Obj = Record<string, unknown>;
const isObject = (value: unknown): value is Obj => typeof value == 'object' && value !== null;

const optionalString = (v: unknown): boolean => v === undefined || typeof v == 'string';
const TYPES: unknown[] = /* @__PURE__ */ Object.values(CALL_TYPE_CODES);
const STATUSES: unknown[] = /* @__PURE__ */ Object.values(CALL_STATUS_CODES);

/**
 * A normalized `CallRecord` (as returned by `parseCallRecord`), not a raw NIM shape. Only strict
 * comparisons and `typeof` checks: nothing of a hand-made object is coerced (no `toString` runs).
 */
const isRecord = (v: unknown): v is CallRecord =>
  isObject(v) &&
  typeof v.id == 'string' &&
  typeof v.channelId == 'string' &&
  TYPES.includes(v.callType) &&
  STATUSES.includes(v.status) &&
  optionalString(v.senderId) &&
  optionalString(v.receiverId) &&
  (v.timestamp === undefined || Number.isFinite(v.timestamp)) &&
  typeof v.source == 'string' &&
  Array.isArray(v.durations);

/** A view as `formatCallRecord` / `formatMissedCallGroup` return it (enough of it to render). */
const isView = (v: unknown): v is CallRecordView =>
  isObject(v) &&
  typeof v.text == 'string' &&
  typeof v.accessibleLabel == 'string' &&
  typeof v.locale == 'string' &&
  (v.dir === 'ltr' || v.dir === 'rtl') &&
  typeof v.count == 'number';

/** A non-empty string, else undefined. */
const str = (v: unknown): string | undefined => (typeof v == 'string' && v ? v : undefined);

/**
 * Internal: turns whatever the `record` prop holds into what the bubble renders.
 * Accepts a `CallRecordItem` (its own `view` when no formatting option is set, else re-formatted;
 * grouped when `count > 1`), a `ParseCallRecordResult`,
 * a normalized `CallRecord`, or any raw NIM message / attach (object or JSON string),
 * which it parses. Anything that does not yield a record, and any error while
 * deriving, gives the neutral fallback labelled `messages.callRecord`. Never throws.
 *
 * The accessible name joins the view's sentence, the time and the action with the locale's
 * punctuation: "Outgoing video call, declined, 14:05. Call back" / "…，14:05。回拨".
 */
export function resolveBubble(input: unknown, options: ResolveBubbleOptions): ResolvedBubble {
  const { selfId, locale: tag, messages, pickDuration } = options;
  const format: CallRecordOptions = { selfId, locale: tag, messages, pickDuration };
  try {
    let record: unknown = input;
    let view: CallRecordView | undefined;
    let known = false;
    if (isObject(input) && Array.isArray(input.records) && typeof input.count == 'number') {
      // A CallRecordItem from useCallRecords.
      record = input.record;
      const records = input.records as unknown[];
      const custom =
        selfId !== undefined || tag !== undefined || messages !== undefined || pickDuration !== undefined;
      if (!custom && isView(input.view)) view = input.view;
      else if (input.count > 1 && records.length > 1 && records.every(isRecord))
        view = formatMissedCallGroup(records, format);
    } else if (isObject(input) && typeof input.ok == 'boolean') {
      // A ParseCallRecordResult.
      record = input.ok && input.record;
    } else if (!(known = isRecord(input))) {
      const parsed = parseCallRecord(input);
      record = parsed.ok && parsed.record;
    }
    if (known || isRecord(record)) {
      const call = record as CallRecord;
      view ??= formatCallRecord(call, format);
      const { text, locale, accessibleLabel } = view;
      if (typeof text == 'string') {
        const { timestamp } = call;
        const time = options.showTime
          ? str(formatCallTime(timestamp as number, { locale: tag ?? locale, timeZone: options.timeZone }))
          : undefined;
        // "sentence, time. Call back" with the locale's punctuation ("…，14:05。回拨", "…、14:05。かけ直す").
        const name = formatAccessibleName(
          { accessibleLabel },
          { time, action: options.interactive === true },
          getCallRecordMessages(tag ?? locale, messages),
        );
        return {
          record: call,
          view,
          text,
          time,
          dateTime: time && new Date(timestamp as number).toISOString(),
          name,
          locale,
          dir: view.dir === 'rtl' ? 'rtl' : 'ltr',
        };
      }
    }
  } catch {
    // the fallback below
  }
  const fallbackLocale = resolveCallRecordLocale(tag);
  const text = str(getCallRecordMessages(fallbackLocale, messages).callRecord) ?? 'Call record';
  return { text, name: text, locale: fallbackLocale.code, dir: fallbackLocale.dir };
}
