import { CALL_STATUS_CODES, CALL_TYPE_CODES } from './codes';
import type { CallRecord } from './types';
import { isObject } from './values';

const CALL_TYPES: readonly unknown[] = /* @__PURE__ */ Object.values(CALL_TYPE_CODES);
const CALL_STATUSES: readonly unknown[] = /* @__PURE__ */ Object.values(CALL_STATUS_CODES);

const CONVERSATION_TYPES: readonly unknown[] = [undefined, 'p2p', 'team', 'superTeam'];

function isOptionalString(value: unknown): boolean {
  return value === undefined || typeof value === 'string';
}

/**
 * Whether `value` is a normalized `CallRecord` (as `parseCallRecord` returns it), not a raw NIM shape.
 * Only strict comparisons and `typeof` checks: nothing of a hand-made object is coerced (no
 * `toString` runs). May throw what a hostile getter throws.
 * @internal
 *
 * @example
 * isCallRecord(parseCallRecord(attach).record); // true
 * isCallRecord(attach); // false
 */
export function isCallRecord(value: unknown): value is CallRecord {
  return (
    isObject(value) &&
    typeof value.id === 'string' &&
    isOptionalString(value.channelId) &&
    CALL_TYPES.includes(value.callType) &&
    CALL_STATUSES.includes(value.status) &&
    isOptionalString(value.senderId) &&
    isOptionalString(value.receiverId) &&
    CONVERSATION_TYPES.includes(value.conversationType) &&
    isOptionalString(value.conversationId) &&
    (value.timestamp === undefined || Number.isFinite(value.timestamp)) &&
    typeof value.source === 'string' &&
    Array.isArray(value.durations)
  );
}
