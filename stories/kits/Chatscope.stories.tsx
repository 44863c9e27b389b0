import type { Meta, StoryObj } from '@storybook/react-vite';
import { ChatscopeConversation } from './ChatscopeConversation';
import { KIT_ARGS, KIT_STORIES, kitTheme, playKitConversation } from './kitStories';

/**
 * The bubble in content mode inside `@chatscope/chat-ui-kit-react`'s `MessageList` and
 * `Message.CustomContent`: chatscope draws the message bubble, ours its icon, label, time and
 * call-back button. Light is chatscope's default theme, dark the app's overrides of it; the toolbar's
 * theme picks one. Every story is an axe test.
 */
const meta = {
  title: 'Kits/Chatscope',
  component: ChatscopeConversation,
  args: KIT_ARGS,
  argTypes: { messages: { control: false }, theme: { control: false } },
  render: (args, { globals }) => <ChatscopeConversation {...args} theme={kitTheme(globals)} />,
  play: playKitConversation('.cs-message__custom-content'),
} satisfies Meta<typeof ChatscopeConversation>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Locale, theme and direction from the toolbar. */
export const Conversation: Story = {};

/** Simplified Chinese, chatscope's light theme. */
export const SimplifiedChinese: Story = { name: 'Simplified Chinese', ...KIT_STORIES.SimplifiedChinese };

/** French (an opt-in locale), on the app's dark chatscope. */
export const FrenchDark: Story = { name: 'French dark', ...KIT_STORIES.FrenchDark };

/** Arabic on a right-to-left page, light. */
export const ArabicRtl: Story = { name: 'Arabic RTL', ...KIT_STORIES.ArabicRtl };

/** Arabic on a right-to-left page, dark. */
export const ArabicRtlDark: Story = { name: 'Arabic RTL dark', ...KIT_STORIES.ArabicRtlDark };
