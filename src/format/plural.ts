import { fillTemplate } from './fillTemplate';
import { formatCount, pluralCategory } from './intl';
import type { PluralMessage } from '../options';

/**
 * The form of `message` for `count` under the locale's plural rules (its own `other` when the
 * message has no string for that category), with `{count}` in the locale's digits.
 * @internal
 *
 * @example
 * formatPlural({ one: '{count} missed call', other: '{count} missed calls' }, 3, 'en'); // '3 missed calls'
 */
export function formatPlural(message: PluralMessage, count: number, tag: string): string {
  const category = pluralCategory(count, tag);
  const form: unknown = Object.hasOwn(message, category) ? message[category] : undefined;
  const template = typeof form === 'string' ? form : message.other;
  return fillTemplate(template, { count: formatCount(count, tag) });
}
