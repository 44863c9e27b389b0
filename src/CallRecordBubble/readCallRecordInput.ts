import type { CallRecordItem } from '../collect/types';
import type { CallRecordView } from '../format';
import { isCallRecord, isObject, parseCallRecord } from '../record';
import type { CallRecord } from '../record';

/**
 * Internal: what a bubble was given, once recognised: a list item of the collector (shown as its
 * `view` unless options differ), one record, or nothing that reads as a call record.
 */
export type CallRecordInput =
  | { readonly kind: 'item'; readonly item: CallRecordItem }
  | { readonly kind: 'record'; readonly record: CallRecord }
  | { readonly kind: 'none' };

const NOTHING: CallRecordInput = { kind: 'none' };

/** A view as `formatCallRecord` / `formatMissedCallGroup` return it (enough of it to render). */
export function isCallRecordView(value: unknown): value is CallRecordView {
  return (
    isObject(value) &&
    typeof value.text === 'string' &&
    typeof value.accessibleLabel === 'string' &&
    typeof value.locale === 'string' &&
    (value.dir === 'ltr' || value.dir === 'rtl') &&
    typeof value.count === 'number'
  );
}

/** A row of `useCallRecords` / the collector: its record, the records behind it and its view. */
function isCallRecordItem(value: unknown): value is CallRecordItem {
  return (
    isObject(value) &&
    Array.isArray(value.records) &&
    typeof value.count === 'number' &&
    isCallRecord(value.record) &&
    isObject(value.view)
  );
}

/** A `ParseCallRecordResult`: `{ ok: true, record }` or `{ ok: false, error }`. */
function isParseResult(value: unknown): value is { readonly ok: boolean; readonly record?: unknown } {
  return isObject(value) && typeof value.ok === 'boolean';
}

/** A record from a parse result, a record as is, else nothing. */
function recordInput(record: unknown): CallRecordInput {
  return isCallRecord(record) ? { kind: 'record', record } : NOTHING;
}

/**
 * Internal: recognises the `record` prop of a bubble, in this order: a `CallRecordItem`, a
 * `ParseCallRecordResult` (`ok` → its record), a normalized `CallRecord`, else a raw NIM message or
 * attach (object or JSON string), parsed with `parseCallRecord`. Whatever yields no record is
 * `{ kind: 'none' }`. Never throws (a hostile object reads as nothing).
 *
 * @example
 * ```ts
 * readCallRecordInput(v2Message); // { kind: 'record', record: { callType: 'video', … } }
 * readCallRecordInput('hello'); // { kind: 'none' }
 * ```
 */
export function readCallRecordInput(input: unknown): CallRecordInput {
  try {
    if (isCallRecordItem(input)) return { kind: 'item', item: input };
    if (isParseResult(input)) return input.ok ? recordInput(input.record) : NOTHING;
    if (isCallRecord(input)) return { kind: 'record', record: input };
    const parsed = parseCallRecord(input);
    return parsed.ok ? { kind: 'record', record: parsed.record } : NOTHING;
  } catch {
    return NOTHING;
  }
}
