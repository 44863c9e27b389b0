import { CALL_RECORD_THEME_KEY, CALL_RECORD_THEME_VARS, lightTheme } from './tokens';
import type { CallRecordTheme } from './tokens';

const TOKEN_NAMES = /* @__PURE__ */ Object.keys(lightTheme) as (keyof CallRecordTheme)[];
/** Characters that could end the declaration or break out of the `style` attribute. */
const UNSAFE = /[;{}\\<>]/;
const styleCache = new WeakMap<object, Readonly<Record<string, string>> | undefined>();

/**
 * Internal: the inline style declaring the CSS custom properties of the tokens that
 * `theme.callRecords` overrides, or `undefined` when it overrides nothing. Only non-empty strings
 * without `;`, `{`, `}`, `\`, `<` or `>` count; any other value is ignored, so that token keeps
 * its default (`var(--crb-…, <light default>)`). The object is cached per `theme.callRecords`
 * object, so every bubble of a list shares one instance. Never throws.
 *
 * @example
 * ```ts
 * themeVariablesStyle({ callRecords: { selfBackground: '#d6e8ff' } }); // { '--crb-self-bg': '#d6e8ff' }
 * ```
 */
export function themeVariablesStyle(theme: unknown): Readonly<Record<string, string>> | undefined {
  try {
    const partial = (theme as Record<string, unknown> | undefined)?.[CALL_RECORD_THEME_KEY];
    if (typeof partial != 'object' || !partial) return;
    if (!styleCache.has(partial)) {
      let vars: Record<string, string> | undefined;
      for (const name of TOKEN_NAMES) {
        const value: unknown = (partial as Record<string, unknown>)[name];
        if (typeof value == 'string' && value.trim() && !UNSAFE.test(value))
          (vars ??= {})[CALL_RECORD_THEME_VARS[name]] = value;
      }
      styleCache.set(partial, vars);
    }
    return styleCache.get(partial);
  } catch {
    return undefined;
  }
}
