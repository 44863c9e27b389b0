import type { CallRecordTheme } from './CallRecordTheme';

/**
 * The default (light) tokens, used when no theme is provided: the bubble's CSS falls back to
 * these values. Every text colour reaches a WCAG contrast of at least 4.5:1 on both bubble
 * backgrounds.
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
