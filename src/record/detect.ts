import { isObj, kind } from './parse';

/**
 * A cheap check for mixed message lists: is `input` a call record (working or broken)? Parses no JSON.
 *
 * For objects it is exact: true exactly when {@link parseCallRecord} would not answer `'not-a-call-record'`,
 * so also for a broken call record (false when reading the input throws). For strings it is a heuristic: true
 * for a string that starts with `{` and mentions `NRTC_NETCALL`, `channelId`/`channelID` or `callStatus`.
 * It can therefore be true for a text message whose text mentions those words, and false for a call-record
 * string without a channel id or a string over {@link MAX_CALL_RECORD_INPUT_LENGTH} that mentions none of
 * them (both of which parseCallRecord reports as broken); parseCallRecord has the last word.
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
      let i = 0;
      while (input.charCodeAt(i) < 33) i++;
      return (
        input.charCodeAt(i) == 123 &&
        (input.includes('NRTC_NETCALL') || input.includes('channelI') || input.includes('callStatus'))
      );
    }
    return isObj(input) && !!kind(input);
  } catch {
    return false;
  }
}
