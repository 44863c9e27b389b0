import { useEffect, type CSSProperties, type ReactNode } from 'react';
import { ThemeProvider } from 'styled-components';
import { CALL_RECORD_THEME_KEY, CallRecordProvider, darkTheme, lightTheme } from '../src';
import type { CallRecordLocale } from '../src';

/** The page behind the stories, per theme: a chat screen's background, so axe sees the real contrast. */
export const PAGE = {
  light: { background: '#efeae2', color: '#111b21', muted: '#54656f' },
  dark: { background: '#0b141a', color: '#e9edef', muted: '#aebac1' },
} as const;

export type DemoTheme = keyof typeof PAGE;

/** styled-components themes carrying the library tokens under their namespaced key (stable objects). */
const SC_THEMES = {
  light: { [CALL_RECORD_THEME_KEY]: lightTheme },
  dark: { [CALL_RECORD_THEME_KEY]: darkTheme },
} as const;
export type DemoDirection = 'ltr' | 'rtl';

interface FrameProps {
  theme: DemoTheme;
  direction: DemoDirection;
  locale: CallRecordLocale;
  children: ReactNode;
}

/**
 * Applies the toolbar globals: the library theme under its namespaced key, a page
 * background matching it, `dir` and `lang` on a wrapper, and the viewer (alice) and
 * locale (the object: opt-in locales are not reachable by tag) through `CallRecordProvider`.
 */
export function StoryFrame({ theme, direction, locale, children }: FrameProps) {
  const page = PAGE[theme];
  useEffect(() => {
    // The canvas body too, so nothing white shows around the frame in dark mode.
    const { style } = document.body;
    style.background = page.background;
    style.color = page.color;
    style.colorScheme = theme;
    document.documentElement.lang = locale.code;
  }, [page, theme, locale]);
  return (
    <ThemeProvider theme={SC_THEMES[theme]}>
      <div
        dir={direction}
        lang={locale.code}
        data-theme={theme}
        style={
          {
            '--demo-page-bg': page.background,
            '--demo-text': page.color,
            '--demo-muted': page.muted,
            background: page.background,
            color: page.color,
            colorScheme: theme,
            minHeight: '100vh',
            boxSizing: 'border-box',
            padding: 16,
            fontFamily:
              'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif',
          } as CSSProperties
        }
      >
        <CallRecordProvider selfId="alice" locale={locale} timeZone="Asia/Shanghai">
          {children}
        </CallRecordProvider>
      </div>
    </ThemeProvider>
  );
}
