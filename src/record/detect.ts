import { readStringInput } from './json';
import { recognizeShape } from './shapes';

/**
 * Is `input` a call record, working or broken? Exactly when {@link parseCallRecord} would answer anything but
 * `'not-a-call-record'`, for every input: use it to pick call records out of a mixed message list.
 *
 * It is cheap: it reads only the keys that tell the shape (`messageType`, `msgType`, `type`,
 * `channelId`, …), through the same reader as the parser, and says `false` when one of them throws (the
 * parser then says `'not-a-call-record'` too). A string is known only by its content, so a string that
 * looks like JSON is parsed first (JSON text that cannot be read is a broken call record); call
 * {@link parseCallRecord} directly to avoid parsing it twice.
 *
 * @param input - anything: a message object, a JSON string, or junk.
 * @returns whether `input` is a call record.
 * @example
 * ```ts
 * const calls = messages.filter(isCallRecordMessage); // call records only, broken ones included
 * ```
 */
export function isCallRecordMessage(input: unknown): boolean {
  if (typeof input !== 'string') return recognizeShape(input) !== undefined;
  try {
    return recognizeShape(readStringInput(input)) !== undefined;
  } catch {
    // JSON text that cannot be read (broken, too large) is a broken call record, as parseCallRecord says.
    return true;
  }
}
