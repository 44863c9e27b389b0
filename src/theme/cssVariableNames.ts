import type { CallRecordTheme } from './CallRecordTheme';
import { lightTheme } from './lightTheme';

/**
 * The CSS custom property behind each token (`selfBackground` → `--crb-self-bg`). The bubble's CSS
 * reads `var(--crb-…, …)`, so setting a property on the bubble or on any ancestor (for instance a
 * `.dark` chat container) restyles it without a provider, and wins over a `ThemeProvider` theme.
 *
 * @example
 * ```css
 * .chat.dark {
 *   --crb-self-bg: #004d40;
 *   --crb-self-text: #e9edef;
 *   --crb-peer-bg: #202c33;
 *   --crb-peer-text: #e9edef;
 *   --crb-border: rgba(255, 255, 255, 0.1);
 *   --crb-icon: #c4cdd2;
 *   --crb-focus: #a8c7fa;
 *   --crb-missed: #ffb4ab;
 *   --crb-time: #c4cdd2;
 * }
 * ```
 */
export const CALL_RECORD_THEME_VARS = {
  selfBackground: '--crb-self-bg',
  selfText: '--crb-self-text',
  selfTimeText: '--crb-self-time',
  peerBackground: '--crb-peer-bg',
  peerText: '--crb-peer-text',
  peerTimeText: '--crb-peer-time',
  border: '--crb-border',
  icon: '--crb-icon',
  focusRing: '--crb-focus',
  missedText: '--crb-missed',
  timeText: '--crb-time',
  radius: '--crb-radius',
  padding: '--crb-padding',
  gap: '--crb-gap',
  spacing: '--crb-space',
  fontSize: '--crb-font-size',
} as const satisfies { readonly [Token in keyof CallRecordTheme]: `--crb-${string}` };

/**
 * Internal: the older token each narrower token falls back to, in CSS and in a `ThemeProvider`
 * theme alike: `--crb-padding` unset reads `--crb-space`, a theme without `padding` gives its
 * `spacing`.
 *
 * @example
 * ```ts
 * TOKEN_FALLBACKS.padding; // 'spacing'
 * ```
 */
export const TOKEN_FALLBACKS = {
  selfTimeText: 'timeText',
  peerTimeText: 'timeText',
  padding: 'spacing',
  gap: 'spacing',
} as const satisfies { readonly [Token in keyof CallRecordTheme]?: keyof CallRecordTheme };

/**
 * Internal: the custom property under which the bubble holds a token of the `ThemeProvider` theme
 * (`selfBackground` → `--crb-theme-self-bg`). The bubble writes it inline, and its CSS reads it only
 * after the app's own `--crb-*` property, so an ancestor's property wins over the theme.
 *
 * @example
 * ```ts
 * themeVariableName('selfBackground'); // '--crb-theme-self-bg'
 * ```
 */
export function themeVariableName(token: keyof CallRecordTheme): `--crb-theme-${string}` {
  return `--crb-theme-${CALL_RECORD_THEME_VARS[token].slice('--crb-'.length)}`;
}

/** The token and the older one it falls back to (`padding`, `spacing`), or the token alone. */
function tokenAndFallback(name: keyof CallRecordTheme): (keyof CallRecordTheme)[] {
  const fallback: keyof CallRecordTheme | undefined = (
    TOKEN_FALLBACKS as Partial<Record<keyof CallRecordTheme, keyof CallRecordTheme>>
  )[name];
  return fallback ? [name, fallback] : [name];
}

/** `var(--a, var(--b, … last))`: the first of `variables` that is set, else `last`. */
function firstSet(variables: readonly string[], last: string): string {
  return variables.reduceRight((fallback, variable) => `var(${variable}, ${fallback})`, last);
}

/**
 * Internal: a token's value in CSS, as a plain string so a component's CSS stays one static text,
 * read in layers: the app's custom properties first (`--crb-padding`, then the older `--crb-space`),
 * then the `ThemeProvider` theme's (`--crb-theme-padding`, `--crb-theme-space`, written inline by the
 * component, see `themeVariablesStyle`), then the light default. So an ancestor's property wins over
 * the theme, and the theme over the light default. The bubble and the call log both read their
 * tokens through this.
 *
 * @example
 * ```ts
 * tokenValue('padding');
 * // 'var(--crb-padding, var(--crb-space, var(--crb-theme-padding, var(--crb-theme-space, 8px))))'
 * ```
 */
export function tokenValue(name: keyof CallRecordTheme): string {
  const names = tokenAndFallback(name);
  return firstSet(
    [...names.map((each) => CALL_RECORD_THEME_VARS[each]), ...names.map(themeVariableName)],
    lightTheme[name],
  );
}

/**
 * Internal: a token's value in CSS from the app's custom properties only (`--crb-self-time`, then the
 * older `--crb-time`), else `last`; the `ThemeProvider` theme is skipped. For colours drawn on a
 * background that is not the library's own.
 *
 * @example
 * ```ts
 * appTokenValue('icon', 'currentColor'); // 'var(--crb-icon, currentColor)'
 * ```
 */
export function appTokenValue(name: keyof CallRecordTheme, last: string): string {
  return firstSet(
    tokenAndFallback(name).map((each) => CALL_RECORD_THEME_VARS[each]),
    last,
  );
}
