import {
  formatAccessibleName,
  formatCallTime,
  getCallRecordMessages,
  resolveCallRecordLocale,
} from '../format';
import type { CallRecordView } from '../format';
import type { CallRecordOptions } from '../options';
import type { CallRecord } from '../record';
import type { CallRecordInput } from './readCallRecordInput';
import { viewOfCallRecordInput } from './viewOfCallRecordInput';
import type { CallRecordShown } from './viewOfCallRecordInput';

/**
 * Internal: everything one bubble renders, every word of it made by `src/format`. React-free and
 * never throwing, so the component only maps it to markup.
 */
export interface BubbleDescription {
  /** The formatted view; `undefined` for the fallback. */
  readonly view?: CallRecordView | undefined;
  /** Who a call-back reaches; `undefined` when the bubble offers none (see `onCallBack`). */
  readonly callBackTarget?: { readonly record: CallRecord; readonly peerId: string } | undefined;
  /** The visible label. */
  readonly text: string;
  /** The visible time of day, when asked for and known. */
  readonly time?: string | undefined;
  /** The `<time dateTime>` value (ISO 8601) matching `time`. */
  readonly dateTime?: string | undefined;
  /** The accessible name: the sentence, the time when shown, and the call-back action when offered. */
  readonly name: string;
  /** The `lang` of the bubble: the BCP 47 tag the words are in. */
  readonly lang: string;
  /** The writing direction of the words. */
  readonly dir: 'ltr' | 'rtl';
}

/** What the bubble is asked to show besides the record. */
export interface BubbleRequest {
  /** Show the time of day (the caller decides when a zone-less time may be shown: only in the browser). */
  readonly time: boolean;
  /** The app passed `onCallBack`. */
  readonly interactive: boolean;
}

/** A non-empty string, else `undefined`. */
function nonEmpty(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/**
 * The time of day of the call in the locale the view was formatted with (the options' locale: a
 * locale object gives its own clock), or `undefined` without a timestamp.
 */
function timeOf(record: CallRecord, options: CallRecordOptions): string | undefined {
  const { timestamp } = record;
  if (timestamp === undefined) return undefined;
  return nonEmpty(formatCallTime(timestamp, options));
}

/** The bubble of a call: its view's words, the time when asked for, the action when offered. */
function describeCall(shown: CallRecordShown, request: BubbleRequest): BubbleDescription {
  const { record, view, options } = shown;
  const peerId = nonEmpty(view.peerId);
  const callBackTarget = request.interactive && peerId !== undefined ? { record, peerId } : undefined;
  const time = request.time ? timeOf(record, options) : undefined;
  const action = callBackTarget !== undefined;
  // The locale's messages are needed only to add the time or the action to the view's sentence.
  const name =
    time === undefined && !action
      ? view.accessibleLabel
      : formatAccessibleName(view, { time, action }, getCallRecordMessages(options.locale, options.messages));
  return {
    view,
    callBackTarget,
    text: view.text,
    time,
    dateTime: time === undefined ? undefined : new Date(record.timestamp as number).toISOString(),
    name,
    lang: view.locale,
    dir: view.dir,
  };
}

/** The neutral bubble of an input that yields no record: "Call record" in the requested language. */
function describeFallback(options: CallRecordOptions): BubbleDescription {
  try {
    const locale = resolveCallRecordLocale(options.locale);
    const text = nonEmpty(getCallRecordMessages(locale, options.messages).callRecord) ?? 'Call record';
    return { text, name: text, lang: locale.code, dir: locale.dir };
  } catch {
    return { text: 'Call record', name: 'Call record', lang: 'en', dir: 'ltr' };
  }
}

/**
 * Internal: what a bubble shows for its recognised `record` prop (`readCallRecordInput`) under the
 * options it is shown with (`shownOptions`): its view chosen or formatted (`viewOfCallRecordInput`),
 * then the time and the accessible name formatted. Anything that fails gives the neutral fallback
 * labelled `messages.callRecord`. Never throws.
 *
 * @example
 * ```ts
 * describeBubble(readCallRecordInput(v2Message), { selfId: 'alice', locale: 'en' }, { time: false, interactive: true }).name;
 * // 'Outgoing video call, Call duration: 01:15 (1 minute 15 seconds). Call back'
 * ```
 */
export function describeBubble(
  input: CallRecordInput,
  options: CallRecordOptions,
  request: BubbleRequest,
): BubbleDescription {
  try {
    const shown = viewOfCallRecordInput(input, options);
    if (shown) return describeCall(shown, request);
  } catch {
    // A formatter threw (a hostile record or option): the fallback below.
  }
  return describeFallback(options);
}
