import type { Decorator, Preview } from '@storybook/react-vite';
import { STORY_LOCALES, storyLocale } from '../stories/locales';
import { StoryFrame, type DemoTheme } from './decorators';

/** The page direction: as the toolbar says, or (`auto`, the default) the locale's own. */
function pageDirection(setting: unknown, localeDirection: 'ltr' | 'rtl'): 'ltr' | 'rtl' {
  if (setting === 'ltr' || setting === 'rtl') return setting;
  return localeDirection;
}

const withFrame: Decorator = (Story, context) => {
  const theme: DemoTheme = context.globals.theme === 'dark' ? 'dark' : 'light';
  const locale = storyLocale(context.globals.locale);
  const direction = pageDirection(context.globals.direction, locale.dir);
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
        // Every locale of the stories (the built-in ones and the opt-in imports), by its own name.
        items: STORY_LOCALES.map((locale) => ({
          value: locale.code,
          title: `${locale.name} (${locale.code})`,
        })),
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
          { value: 'auto', title: "The locale's direction" },
          { value: 'ltr', title: 'Left to right' },
          { value: 'rtl', title: 'Right to left' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en', theme: 'light', direction: 'auto' },
};

export default preview;
