import type { CallRecordTheme } from './CallRecordTheme';
import { CALL_RECORD_THEME_VARS, themeVariableName } from './cssVariableNames';

/**
 * The key under which the bubble reads its tokens from styled-components' theme, so
 * they never collide with an app's own theme. The object found there is a
 * `Partial<CallRecordTheme>`; each token it sets replaces the light default, the others keep theirs.
 * An app's own `--crb-*` custom property, on the bubble or any ancestor, wins over the theme. A value that is not a non-empty string, or that contains `;`,
 * `{`, `}`, `\`, `<` or `>`, is ignored (that token keeps its default).
 *
 * @example
 * ```tsx
 * <ThemeProvider theme={{ ...appTheme, [CALL_RECORD_THEME_KEY]: darkTheme }}>
 *   <CallRecordBubble record={message} />
 * </ThemeProvider>
 * ```
 */
export const CALL_RECORD_THEME_KEY = 'callRecords';

/** An inline style holding CSS custom properties: `{ '--crb-theme-self-bg': '#d6e8ff' }`. */
export type ThemeVariablesStyle = Readonly<Record<string, string>>;

const TOKEN_NAMES = /* @__PURE__ */ Object.keys(CALL_RECORD_THEME_VARS) as (keyof CallRecordTheme)[];

/** Characters that could end the declaration or break out of the `style` attribute. */
const UNSAFE_CHARACTERS = /[;{}\\<>]/;

/** One inline style per `theme.callRecords` object, so every bubble of a list shares one instance. */
const styleCache = new WeakMap<object, ThemeVariablesStyle | undefined>();

/** Whether `value` may become the value of a custom property. */
function isSafeTokenValue(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '' && !UNSAFE_CHARACTERS.test(value);
}

/** The custom properties of the tokens that `tokens` sets safely, or `undefined` when none. */
function customPropertiesOf(
  tokens: Partial<Record<keyof CallRecordTheme, unknown>>,
): ThemeVariablesStyle | undefined {
  let style: Record<string, string> | undefined;
  for (const token of TOKEN_NAMES) {
    const value = tokens[token];
    if (isSafeTokenValue(value)) {
      style ??= {};
      style[themeVariableName(token)] = value;
    }
  }
  return style;
}

/**
 * Internal: the inline style holding the tokens that `theme.callRecords` overrides, or `undefined`
 * when it overrides nothing (or there is no theme). Each token goes under its theme property
 * (`--crb-theme-self-bg`, see `themeVariableName`), never under the app's `--crb-self-bg`: the CSS
 * reads the app's property first, then the theme's, then the light default, so an ancestor's
 * property still wins. Only non-empty strings without `;`, `{`, `}`, `\`, `<` or `>` count; any
 * other value is ignored, so that token keeps its default. The object is cached per
 * `theme.callRecords` object. Never throws.
 *
 * @example
 * ```ts
 * themeVariablesStyle({ callRecords: { selfBackground: '#d6e8ff' } }); // { '--crb-theme-self-bg': '#d6e8ff' }
 * ```
 */
export function themeVariablesStyle(theme: unknown): ThemeVariablesStyle | undefined {
  try {
    if (typeof theme !== 'object' || theme === null) return undefined;
    const tokens: unknown = (theme as Record<string, unknown>)[CALL_RECORD_THEME_KEY];
    if (typeof tokens !== 'object' || tokens === null) return undefined;
    if (!styleCache.has(tokens)) styleCache.set(tokens, customPropertiesOf(tokens));
    return styleCache.get(tokens);
  } catch {
    // A hostile theme (a throwing getter or proxy): no overrides.
    return undefined;
  }
}
