import type { CallRecordTheme } from './CallRecordTheme';

/**
 * Dark tokens. Every text colour reaches a WCAG contrast of at least 4.5:1 on both bubble
 * backgrounds.
 *
 * @example
 * ```tsx
 * <ThemeProvider theme={{ ...appTheme, [CALL_RECORD_THEME_KEY]: darkTheme }}>…</ThemeProvider>
 * ```
 */
export const darkTheme: CallRecordTheme = {
  selfBackground: '#004d40',
  selfText: '#e9edef',
  selfTimeText: '#c4cdd2',
  peerBackground: '#202c33',
  peerText: '#e9edef',
  peerTimeText: '#c4cdd2',
  border: 'rgba(255, 255, 255, 0.1)',
  icon: '#c4cdd2',
  focusRing: '#a8c7fa',
  missedText: '#ffb4ab',
  timeText: '#c4cdd2',
  radius: '16px',
  padding: '8px',
  gap: '8px',
  spacing: '8px',
  fontSize: '0.9375em',
};
