import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, within } from 'storybook/test';
import { AR_TEXTS, FR_TEXTS, makeKitConversation, ZH_CN_TEXTS } from '../data';
import { storyLocale } from '../locales';
import { AntDesignXConversation } from './AntDesignXConversation';

/** The page direction the preview applies: the toolbar's, or (`auto`) the locale's own. */
function storyDirection(globals: Record<string, unknown>): 'ltr' | 'rtl' {
  if (globals['direction'] === 'ltr' || globals['direction'] === 'rtl') return globals['direction'];
  return storyLocale(globals['locale']).dir;
}

/**
 * The bubble in content mode inside Ant Design X's `Bubble.List`: Ant Design X draws the message
 * bubble (default `filled` variant, `corner` shape), ours its icon, label, time and call-back button.
 * Light and dark are antd's own algorithms, picked by the toolbar's theme; antd's `direction` follows
 * the page's. Every story is an axe test.
 */
const meta = {
  title: 'Kits/Ant Design X',
  component: AntDesignXConversation,
  args: {
    messages: makeKitConversation(),
    theme: 'light',
    direction: 'ltr',
    onCallBack: fn(),
    label: 'Conversation with bob',
  },
  argTypes: { messages: { control: false }, theme: { control: false }, direction: { control: false } },
  render: (args, { globals }) => (
    <AntDesignXConversation
      {...args}
      theme={globals['theme'] === 'dark' ? 'dark' : 'light'}
      direction={storyDirection(globals)}
    />
  ),
  play: async ({ canvasElement }) => {
    const log = within(canvasElement).getByRole('log');
    // Bob's three missed calls are one row; the client and server reports of one call are one.
    await expect(log.querySelectorAll('.ant-bubble-content [data-variant="content"]')).toHaveLength(6);
  },
} satisfies Meta<typeof AntDesignXConversation>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Locale, theme and direction from the toolbar. */
export const Conversation: Story = {};

/** Simplified Chinese, antd's light algorithm. */
export const SimplifiedChinese: Story = {
  name: 'Simplified Chinese',
  args: { messages: makeKitConversation(ZH_CN_TEXTS), label: '与 bob 的对话' },
  globals: { locale: 'zh-CN' },
};

/** French (an opt-in locale), antd's dark algorithm. */
export const FrenchDark: Story = {
  name: 'French dark',
  args: { messages: makeKitConversation(FR_TEXTS), label: 'Conversation avec bob' },
  globals: { locale: 'fr', theme: 'dark' },
};

/** Arabic on a right-to-left page, light. */
export const ArabicRtl: Story = {
  name: 'Arabic RTL',
  args: { messages: makeKitConversation(AR_TEXTS), label: 'محادثة مع bob' },
  globals: { locale: 'ar', direction: 'rtl' },
};

/** Arabic on a right-to-left page, dark. */
export const ArabicRtlDark: Story = {
  name: 'Arabic RTL dark',
  args: { messages: makeKitConversation(AR_TEXTS), label: 'محادثة مع bob' },
  globals: { locale: 'ar', direction: 'rtl', theme: 'dark' },
};
