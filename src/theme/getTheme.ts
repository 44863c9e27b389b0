import { CALL_RECORD_THEME_KEY, CALL_RECORD_THEME_VARS, lightTheme } from './tokens';
import type { CallRecordTheme } from './tokens';

type TokenName = keyof CallRecordTheme;
type Overrides = Partial<Record<TokenName, string>>;

const TOKEN_NAMES = /* @__PURE__ */ Object.keys(lightTheme) as TokenName[];
const overrideCache = new WeakMap<object, Overrides>();

/** Reads the valid (non-empty string) tokens of `theme[CALL_RECORD_THEME_KEY]`; never throws. */
function readOverrides(theme: unknown): Overrides | undefined {
  try {
    if (typeof theme !== 'object' || theme === null) return undefined;
    const partial: unknown = (theme as Record<string, unknown>)[CALL_RECORD_THEME_KEY];
    if (typeof partial !== 'object' || partial === null) return undefined;
    let out = overrideCache.get(partial);
    if (!out) {
      out = {};
      for (const name of TOKEN_NAMES) {
        const value: unknown = (partial as Record<string, unknown>)[name];
        if (typeof value === 'string' && value.trim() !== '') out[name] = value;
      }
      overrideCache.set(partial, out);
    }
    return out;
  } catch {
    return undefined;
  }
}

/**
 * Resolves the bubble tokens from a styled-components theme: the partial object at
 * `theme.callRecords` ({@link CALL_RECORD_THEME_KEY}) merged over {@link lightTheme}.
 * Works without any theme (returns the light tokens); ignores values that are not
 * non-empty strings; never throws.
 *
 * @param theme - the styled-components theme (for instance from `useTheme()`), or nothing.
 * @example
 * ```ts
 * getCallRecordTheme({ callRecords: { selfBackground: '#d6e8ff' } }).selfBackground; // '#d6e8ff'
 * getCallRecordTheme().peerBackground; // '#ffffff'
 * ```
 */
export function getCallRecordTheme(theme?: unknown): CallRecordTheme {
  const overrides = readOverrides(theme);
  return overrides ? { ...lightTheme, ...overrides } : lightTheme;
}

/**
 * A Primer-style token getter for an app's own styled components: returns a
 * function of the styled props that yields the token from `theme.callRecords`,
 * falling back to {@link lightTheme} when there is no provider.
 *
 * @param name - the token to read.
 * @example
 * ```ts
 * const Badge = styled.span`color: ${callRecordToken('missedText')};`;
 * ```
 */
export function callRecordToken(name: TokenName): (props: { theme?: unknown }) => string {
  return (props) => readOverrides(props.theme)?.[name] ?? lightTheme[name];
}

const styleCache = new WeakMap<object, Readonly<Record<string, string>> | undefined>();

/**
 * Internal: the inline style declaring the CSS custom properties of the tokens that
 * `theme.callRecords` overrides (non-empty strings only), or `undefined` when it overrides nothing.
 * The object is cached per `theme.callRecords` object, so every bubble of a list shares one instance.
 * Never throws.
 */
export function themeVariablesStyle(theme: unknown): Readonly<Record<string, string>> | undefined {
  try {
    const partial = (theme as Record<string, unknown> | undefined)?.[CALL_RECORD_THEME_KEY];
    if (typeof partial != 'object' || !partial) return;
    if (!styleCache.has(partial)) {
      let vars: Record<string, string> | undefined;
      for (const name of TOKEN_NAMES) {
        const value: unknown = (partial as Record<string, unknown>)[name];
        if (typeof value == 'string' && value.trim()) (vars ??= {})[CALL_RECORD_THEME_VARS[name]] = value;
      }
      styleCache.set(partial, vars);
    }
    return styleCache.get(partial);
  } catch {
    return undefined;
  }
}
