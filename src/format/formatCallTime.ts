import { pickCallRecordOptions } from '../options';
import type { CallRecordOptions } from '../options';
import { timeFormat } from './intl';
import { acceptedTimeZone } from './timeZone';
import { resolveCallRecordLocale } from './resolveCallRecordLocale';

/** The largest distance from the epoch a `Date` can hold, in ms. */
const MAX_TIMESTAMP = 8.64e15;

/**
 * The time of day of a timestamp (epoch ms), in the locale's own short time style (`Intl`'s
 * `timeStyle: 'short'`) and digits: "2:05 PM" and "9:12 AM" (en), "14:05" and "09:12" (en-GB,
 * zh-CN, and an app's `fr` locale), "下午2:05" (zh-TW), "٢:٠٥ م" (ar-EG).
 * `locale` is a tag or a locale object, resolved with {@link resolveCallRecordLocale}: a tag of a
 * built-in language keeps its region (`en-GB` → 24-hour); a tag of any other language gives English
 * time, as it gives English words. `timeZone` is an IANA name, default the runtime's; one `Intl`
 * does not accept is ignored (the runtime's zone). A timestamp that is not a valid date gives `''`. Formatters are kept per locale tag
 * and zone, in a bounded memo.
 *
 * @example
 * formatCallTime(Date.UTC(2024, 0, 1, 14, 5), { locale: 'en', timeZone: 'UTC' }); // '2:05 PM'
 */
export function formatCallTime(
  timestamp: number,
  options?: Pick<CallRecordOptions, 'locale' | 'timeZone'>,
): string {
  if (typeof timestamp !== 'number' || !(Math.abs(timestamp) <= MAX_TIMESTAMP)) return '';
  const readable = pickCallRecordOptions(options);
  const { code } = resolveCallRecordLocale(readable.locale);
  return timeFormat(code, acceptedTimeZone(readable.timeZone)).format(timestamp);
}
