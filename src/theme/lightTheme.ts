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
  selfTimeText: '#54656f',
  peerBackground: '#ffffff',
  peerText: '#111b21',
  peerTimeText: '#54656f',
  border: 'rgba(11, 20, 26, 0.12)',
  icon: '#3b4a54',
  focusRing: '#0b57d0',
  missedText: '#b3261e',
  timeText: '#54656f',
  radius: '16px',
  padding: '8px',
  gap: '8px',
  spacing: '8px',
  fontSize: '0.9375em',
};
