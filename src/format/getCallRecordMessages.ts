import { isValidMessage } from './messageKinds';
import { resolveCallRecordLocale } from './resolveCallRecordLocale';
import type { CallRecordLocale, CallRecordMessages, CompleteCallRecordMessages } from '../options';

/** The own keys of `overrides` that hold a valid value for a message key, with that value. */
function validOverrides(overrides: object): [string, unknown][] {
  const entries: [string, unknown][] = [];
  for (const key of Object.keys(overrides)) {
    const value: unknown = (overrides as Record<string, unknown>)[key];
    if (isValidMessage(key, value)) entries.push([key, value]);
  }
  return entries;
}

/**
 * `messages` with the valid `overrides` merged over them, as {@link getCallRecordMessages} merges
 * them; `messages` itself without usable overrides. For a formatter that has its locale resolved
 * already, so the locale object is read once per call.
 * @internal
 *
 * @example
 * withMessageOverrides(en.messages, { callBack: 'Ring back' }).callBack; // 'Ring back'
 */
export function withMessageOverrides(
  messages: CompleteCallRecordMessages,
  overrides: Partial<CallRecordMessages> | undefined,
): CompleteCallRecordMessages {
  if (typeof overrides !== 'object' || overrides === null) return messages;
  let entries: [string, unknown][];
  try {
    entries = validOverrides(overrides);
  } catch {
    return messages;
  }
  if (entries.length === 0) return messages;
  // fromEntries defines own properties: a "__proto__" entry could never reach the prototype setter.
  return { ...messages, ...Object.fromEntries(entries) } as CompleteCallRecordMessages;
}

/**
 * Every message of a locale (a tag or a locale object, resolved with
 * {@link resolveCallRecordLocale}; default English), with `overrides` merged over them key by key.
 *
 * An override is used only when it is an own key of `overrides` naming a message and holds the
 * right type: a string for words and templates, an object with a string `other` for
 * `missedCalls` and `callCount` (it replaces the built-in plural object whole), `null` or three strings for
 * `units`. Anything else (`undefined`, `missedCalls: 'text'`, `units: 5`, `completed: 42`,
 * inherited or unknown keys, a JSON-parsed `"__proto__"`) keeps the locale's own value, and an
 * `overrides` object that throws when read is ignored. The result is always a plain object; without
 * usable overrides it is the locale's own `messages` object.
 *
 * @example
 * getCallRecordMessages('en-GB', { callBack: 'Ring back' }).callBack; // 'Ring back'
 */
export function getCallRecordMessages(
  locale?: string | CallRecordLocale,
  overrides?: Partial<CallRecordMessages>,
): CompleteCallRecordMessages {
  return withMessageOverrides(resolveCallRecordLocale(locale).messages, overrides);
}
