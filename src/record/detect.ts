import { parseCallRecord } from './parse';
import { detectShape } from './shapes';
import { isObject } from './values';

/**
 * Is `input` a call record, working or broken? Exactly when {@link parseCallRecord} would answer anything but
 * `'not-a-call-record'`, for every shape: use it to pick call records out of a mixed message list.
 *
 * For objects it is cheap: it reads only the keys that tell the shape (`messageType`, `msgType`, `type`,
 * `channelId`, …) and says `false` when one of them throws. A string is known only by its content, so a
 * string that looks like JSON is parsed; call {@link parseCallRecord} directly to avoid parsing it twice.
 *
 * @param input - anything: a message object, a JSON string, or junk.
 * @returns whether `input` is a call record.
 * @example
 * ```ts
 * const calls = messages.filter(isCallRecordMessage); // call records only, broken ones included
 * ```
 */
export function isCallRecordMessage(input: unknown): boolean {
  if (typeof input === 'string') {
    const result = parseCallRecord(input);
    return result.ok || result.error.code !== 'not-a-call-record';
  }
  try {
    return isObject(input) && detectShape(input) !== undefined;
  } catch {
    return false;
  }
}
