import type { Decorator, Preview } from '@storybook/react-vite';
import { StoryFrame, type DemoDirection, type DemoTheme } from './decorators';

const withFrame: Decorator = (Story, context) => {
  const theme: DemoTheme = context.globals.theme === 'dark' ? 'dark' : 'light';
  const direction: DemoDirection = context.globals.direction === 'rtl' ? 'rtl' : 'ltr';
  const locale = typeof context.globals.locale === 'string' ? context.globals.locale : 'en';
  return (
    <StoryFrame theme={theme} direction={direction} locale={locale}>
      <Story />
    </StoryFrame>
  );
};

const preview: Preview = {
  decorators: [withFrame],
  parameters: {
    layout: 'fullscreen',
    // Every story is a test (addon-vitest): an axe violation fails it. No rule is disabled, including
    // label-content-name-mismatch (WCAG 2.5.3): a completed call's button shows "Call duration 22:34" and
    // is named "Outgoing video call, call duration 22:34 (22 minutes 34 seconds), 10:13 AM. Call back".
    a11y: { test: 'error' },
    controls: { expanded: true },
  },
  globalTypes: {
    locale: {
      description: 'Locale of the call records',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: [
          { value: 'zh-CN', title: '简体中文 (zh-CN)' },
          { value: 'zh-TW', title: '繁體中文 (zh-TW)' },
          { value: 'en', title: 'English (en)' },
          { value: 'ja', title: '日本語 (ja)' },
          { value: 'ko', title: '한국어 (ko)' },
          { value: 'ar', title: 'العربية (ar)' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Light or dark theme',
      toolbar: {
        title: 'Theme',
        icon: 'mirror',
        items: [
          { value: 'light', title: 'Light', icon: 'sun' },
          { value: 'dark', title: 'Dark', icon: 'moon' },
        ],
        dynamicTitle: true,
      },
    },
    direction: {
      description: 'Writing direction of the page',
      toolbar: {
        title: 'Direction',
        icon: 'transfer',
        items: [
          { value: 'ltr', title: 'Left to right' },
          { value: 'rtl', title: 'Right to left' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en', theme: 'light', direction: 'ltr' },
};

export default preview;
