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
 */
export function toSeconds(value: unknown): number | undefined {
  if (typeof value !== 'number' || !(value >= 0) || value > MAX_SECONDS) return undefined;
  return Math.floor(value);
}
