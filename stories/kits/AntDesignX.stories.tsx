import type { Meta, StoryObj } from '@storybook/react-vite';
import { storyLocale } from '../locales';
import { AntDesignXConversation } from './AntDesignXConversation';
import { KIT_ARGS, KIT_STORIES, kitTheme, playKitConversation } from './kitStories';

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
  args: { ...KIT_ARGS, direction: 'ltr' },
  argTypes: { messages: { control: false }, theme: { control: false }, direction: { control: false } },
  render: (args, { globals }) => (
    <AntDesignXConversation {...args} theme={kitTheme(globals)} direction={storyDirection(globals)} />
  ),
  play: playKitConversation('.ant-bubble-content'),
} satisfies Meta<typeof AntDesignXConversation>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Locale, theme and direction from the toolbar. */
export const Conversation: Story = {};

/** Simplified Chinese, antd's light algorithm. */
export const SimplifiedChinese: Story = { name: 'Simplified Chinese', ...KIT_STORIES.SimplifiedChinese };

/** French (an opt-in locale), antd's dark algorithm. */
export const FrenchDark: Story = { name: 'French dark', ...KIT_STORIES.FrenchDark };

/** Arabic on a right-to-left page, light. */
export const ArabicRtl: Story = { name: 'Arabic RTL', ...KIT_STORIES.ArabicRtl };

/** Arabic on a right-to-left page, dark. */
export const ArabicRtlDark: Story = { name: 'Arabic RTL dark', ...KIT_STORIES.ArabicRtlDark };
