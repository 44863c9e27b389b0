/**
 * The design tokens of a call-record bubble. Every colour is a CSS colour string,
 * every length a CSS length string. Each token is also published as a CSS custom
 * property (see {@link CALL_RECORD_THEME_VARS}), so apps can restyle bubbles with plain CSS.
 *
 * @example
 * ```ts
 * const brand: Partial<CallRecordTheme> = { selfBackground: '#d6e8ff', radius: '12px' };
 * ```
 */
export interface CallRecordTheme {
  /** Background of the viewer's own bubbles (outgoing calls). `--crb-self-bg`. */
  readonly selfBackground: string;
  /** Text colour on the viewer's own bubbles. `--crb-self-text`. */
  readonly selfText: string;
  /** Background of the other person's bubbles (incoming calls). `--crb-peer-bg`. */
  readonly peerBackground: string;
  /** Text colour on the other person's bubbles. `--crb-peer-text`. */
  readonly peerText: string;
  /** The 1px bubble border, drawn on both sides. `--crb-border`. */
  readonly border: string;
  /** Label and icon colour of a missed call; must read on both bubble backgrounds. `--crb-missed`. */
  readonly missedText: string;
  /** Colour of the audio/video icon of a call that was not missed. `--crb-icon`. */
  readonly icon: string;
  /** Colour of the (smaller) time of day; must read on both bubble backgrounds. `--crb-time`. */
  readonly timeText: string;
  /** Outline colour of the keyboard focus ring. `--crb-focus`. */
  readonly focusRing: string;
  /** Corner radius of the bubble. `--crb-radius`. */
  readonly radius: string;
  /** Base spacing unit: the gap between icon and text, and the block padding. `--crb-space`. */
  readonly spacing: string;
  /** Font size of the label (the time is 0.75em of it). `--crb-font-size`. */
  readonly fontSize: string;
}

/**
 * The default (light) tokens, used when no theme is provided. Every text colour
 * reaches a WCAG contrast of at least 4.5:1 on both bubble backgrounds.
 *
 * @example
 * ```tsx
 * <ThemeProvider theme={{ [CALL_RECORD_THEME_KEY]: lightTheme }}>…</ThemeProvider>
 * ```
 */
export const lightTheme: CallRecordTheme = {
  selfBackground: '#d9fdd3',
  selfText: '#111b21',
  peerBackground: '#ffffff',
  peerText: '#111b21',
  border: 'rgba(11, 20, 26, 0.12)',
  missedText: '#c5221f',
  icon: '#3b4a54',
  timeText: '#54656f',
  focusRing: '#0b57d0',
  radius: '16px',
  spacing: '8px',
  fontSize: '0.9375rem',
};

/**
 * Dark tokens. Every text colour reaches a WCAG contrast of at least 4.5:1 on
 * both bubble backgrounds.
 *
 * @example
 * ```tsx
 * <ThemeProvider theme={{ ...appTheme, [CALL_RECORD_THEME_KEY]: darkTheme }}>…</ThemeProvider>
 * ```
 */
export const darkTheme: CallRecordTheme = {
  selfBackground: '#004d40',
  selfText: '#e9edef',
  peerBackground: '#202c33',
  peerText: '#e9edef',
  border: 'rgba(255, 255, 255, 0.1)',
  missedText: '#ffb4ab',
  icon: '#c4cdd2',
  timeText: '#c4cdd2',
  focusRing: '#a8c7fa',
  radius: '16px',
  spacing: '8px',
  fontSize: '0.9375rem',
};

/**
 * The key under which the bubble reads its tokens from styled-components' theme, so
 * they never collide with an app's own theme. The object found there is a
 * `Partial<CallRecordTheme>` merged over {@link lightTheme}; a value that is not a non-empty string,
 * or that contains `;`, `{`, `}`, `\`, `<` or `>`, is ignored (that token keeps its default).
 *
 * @example
 * ```tsx
 * <ThemeProvider theme={{ ...appTheme, [CALL_RECORD_THEME_KEY]: darkTheme }}>
 *   <CallRecordBubble record={message} />
 * </ThemeProvider>
 * ```
 */
export const CALL_RECORD_THEME_KEY = 'callRecords';

/**
 * The CSS custom property behind each token (`selfBackground` → `--crb-self-bg`). The
 * bubble's CSS reads `var(--crb-…, <light default>)`, so setting a property on the bubble or on any
 * ancestor (for instance a `.dark` chat container) restyles it without a provider.
 *
 * @example
 * ```css
 * .chat.dark { --crb-self-bg: #004d40; --crb-self-text: #e9edef; }
 * ```
 */
export const CALL_RECORD_THEME_VARS: { readonly [K in keyof CallRecordTheme]: `--crb-${string}` } =
  /* @__PURE__ */ (() => {
    const names =
      'self-bg self-text peer-bg peer-text border missed icon time focus radius space font-size'.split(' ');
    const vars: Record<string, string> = {};
    Object.keys(lightTheme).forEach((token, i) => (vars[token] = '--crb-' + names[i]));
    return vars as { readonly [K in keyof CallRecordTheme]: `--crb-${string}` };
  })();
