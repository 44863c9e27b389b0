import { remember } from './memo';

/** Templates split once into `[text, name, text, name, …, text]`. */
const splitTemplates = new Map<string, readonly string[]>();

const PLACEHOLDER = /\{(\w+)\}/;

/**
 * Fills the `{name}` placeholders of a template with `values`. Only the values' own keys are read:
 * a placeholder of any other name (`{constructor}`, `{toString}`, a typo) stays as written. Values
 * are inserted as they are; nothing inserted is read again for placeholders.
 * @internal
 *
 * @example
 * fillTemplate('Call duration {duration}', { duration: '01:15' }); // 'Call duration 01:15'
 */
export function fillTemplate(template: string, values: Readonly<Record<string, string>>): string {
  const parts = remember(splitTemplates, template, () => template.split(PLACEHOLDER));
  let filled = parts[0] ?? '';
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i] ?? '';
    const value = Object.hasOwn(values, name) ? values[name] : undefined;
    filled += (value ?? `{${name}}`) + (parts[i + 1] ?? '');
  }
  return filled;
}
