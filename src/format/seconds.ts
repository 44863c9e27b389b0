/** The largest duration read: `Number.MAX_SAFE_INTEGER` seconds. */
const MAX_SECONDS = Number.MAX_SAFE_INTEGER;

/**
 * Whole seconds, or `undefined` for anything that is not a number from 0 to
 * `Number.MAX_SAFE_INTEGER` (fractions are floored).
 * @internal
 *
 * @example
 * toSeconds(59.9); // 59
 * toSeconds(-1); // undefined
 * toSeconds(-0); // 0
 */
export function toSeconds(value: unknown): number | undefined {
  if (typeof value !== 'number' || !(value >= 0) || value > MAX_SECONDS) return undefined;
  const whole = Math.floor(value);
  // -0 passes `>= 0`, and Intl would write it with a minus sign ("-00:-00").
  return whole === 0 ? 0 : whole;
}
