import { remember } from './memo';

/** Per zone name, whether `Intl` accepts it. */
const acceptedZones = new Map<string, boolean>();

function isAcceptedByIntl(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/**
 * `timeZone` when it is a string `Intl` accepts as a time zone (an IANA name such as
 * `'Asia/Shanghai'`, or `'UTC'`), else `undefined`: a misspelled zone (`'Asia/Shangai'`) or
 * anything that is not a string. The one place that decides whether a zone counts: a time is formatted
 * in it, and a bubble renders it on the server, only when it does. Answers are kept in a bounded memo.
 * @internal
 *
 * @example
 * acceptedTimeZone('Asia/Shanghai'); // 'Asia/Shanghai'
 * acceptedTimeZone('Asia/Shangai'); // undefined
 */
export function acceptedTimeZone(timeZone: unknown): string | undefined {
  if (typeof timeZone !== 'string') return undefined;
  return remember(acceptedZones, timeZone, isAcceptedByIntl) ? timeZone : undefined;
}
