import { MAX_CALL_RECORD_INPUT_LENGTH } from './codes';
import { isObj, kind } from './parse';

/**
 * A cheap check for mixed message lists: is `input` a call record (working or broken)? Parses no JSON.
 *
 * For objects it is exact: true exactly when {@link parseCallRecord} would not answer `'not-a-call-record'`,
 * so also for a broken call record (false when reading the input throws). For strings it picks the same
 * candidates as parseCallRecord (a string whose first character after `trimStart()` whitespace, which
 * includes a BOM and NBSP, is `{`, or any string over {@link MAX_CALL_RECORD_INPUT_LENGTH}; so
 * `"\u0001{…}"` is none) and then applies a heuristic: true for a candidate that mentions `NRTC_NETCALL`,
 * `channelId`/`channelID` or `callStatus`. It can therefore be true for a text message whose JSON mentions
 * those words, and false for a call-record string that mentions none of them (both of which
 * parseCallRecord reports as broken); parseCallRecord has the last word.
 *
 * @param input - anything: a message object, a JSON string, or junk.
 * @returns whether `input` is (for strings: probably) a call record.
 * @example
 * ```ts
 * const calls = messages.filter(isCallRecordMessage).map(parseCallRecord);
 * ```
 */
export function isCallRecordMessage(input: unknown): boolean {
  try {
    if (typeof input == 'string') {
      // The candidate rule of parseCallRecord, word for word.
      return (
        (input.length > MAX_CALL_RECORD_INPUT_LENGTH || input.trimStart()[0] == '{') &&
        (input.includes('NRTC_NETCALL') || input.includes('channelI') || input.includes('callStatus'))
      );
    }
    return isObj(input) && !!kind(input);
  } catch {
    return false;
  }
}
