import { cached, resolveCallRecordLocale } from './locale';

/** Formatters by what Intl resolved (emptied at 256), and by the raw `locale` then `timeZone` options. */
const formatters = new Map<string, Intl.DateTimeFormat>();
const byInput = new Map<string | undefined, Map<string | undefined, Intl.DateTimeFormat>>();
let inputs = 0;

const make = (tag: string, timeZone?: string) =>
  new Intl.DateTimeFormat(tag, { hour: 'numeric', minute: '2-digit', timeZone });

/** A new formatter for raw options, or the one already made for what Intl resolves them to. */
function create(locale: string | undefined, timeZone: string | undefined): Intl.DateTimeFormat {
  // A well-formed tag of the built-in language it resolves to, else that built-in locale.
  let tag = typeof locale == 'string' ? locale.replace(/_/g, '-') : '';
  const builtIn = resolveCallRecordLocale(tag);
  try {
    Intl.getCanonicalLocales(tag);
  } catch {
    tag = '';
  }
  if (tag.slice(0, 2).toLowerCase() != builtIn.slice(0, 2)) tag = builtIn;
  let format: Intl.DateTimeFormat;
  try {
    format = make(tag, timeZone);
  } catch {
    format = make(tag);
  }
  // Shared by every input that Intl resolves to the same locale and zone (a finite set).
  const resolved = format.resolvedOptions();
  return cached(formatters, resolved.locale + '|' + resolved.timeZone, () => format);
}

/** The formatter for raw options: two lookups, no key string built, 256 pairs in all at most. */
const formatterFor = (locale: string | undefined, timeZone: string | undefined): Intl.DateTimeFormat =>
  cached(
    cached(byInput, locale, () => new Map()),
    timeZone,
    () => {
      // However the pairs split between locales and zones (the maps alone would keep 256 × 256).
      if (++inputs > 256) {
        byInput.clear();
        inputs = 1;
      }
      return create(locale, timeZone);
    },
  );

/**
 * The time of day of a timestamp (epoch ms), short and locale-aware: "2:05 PM" (en), "14:05" (zh-CN,
 * en-GB), "下午2:05" (zh-TW). A well-formed tag of a built-in language is used as given, so `en-GB` keeps
 * its 24-hour clock and `ar-EG` its digits; anything else uses the built-in locale it resolves to
 * ({@link resolveCallRecordLocale}; default `en`). `timeZone` is an IANA name, default the device's; an
 * invalid one is ignored. A timestamp that is not a valid date gives `''`. The `Intl.DateTimeFormat`s
 * are cached per locale and time zone as `Intl` resolves them (and per raw input, in a memo that is
 * emptied at 256 entries), so the cache stays small whatever the input.
 *
 * @example
 * formatCallTime(Date.UTC(2024, 0, 1, 14, 5), { locale: 'en', timeZone: 'UTC' }); // '2:05 PM'
 */
export function formatCallTime(
  timestamp: number,
  options: { locale?: string; timeZone?: string } = {},
): string {
  const { locale, timeZone } = options;
  return typeof timestamp == 'number' && Math.abs(timestamp) <= 8.64e15
    ? formatterFor(locale, timeZone).format(timestamp)
    : '';
}
