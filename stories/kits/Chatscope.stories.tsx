import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, within } from 'storybook/test';
import { AR_TEXTS, FR_TEXTS, makeKitConversation, ZH_CN_TEXTS } from '../data';
import { ChatscopeConversation } from './ChatscopeConversation';

/**
 * The bubble in content mode inside `@chatscope/chat-ui-kit-react`'s `MessageList` and
 * `Message.CustomContent`: chatscope draws the message bubble, ours its icon, label, time and
 * call-back button. Light is chatscope's default theme, dark the app's overrides of it; the toolbar's
 * theme picks one. Every story is an axe test.
 */
const meta = {
  title: 'Kits/Chatscope',
  component: ChatscopeConversation,
  args: {
    messages: makeKitConversation(),
    theme: 'light',
    onCallBack: fn(),
    label: 'Conversation with bob',
  },
  argTypes: { messages: { control: false }, theme: { control: false } },
  render: (args, { globals }) => (
    <ChatscopeConversation {...args} theme={globals['theme'] === 'dark' ? 'dark' : 'light'} />
  ),
  play: async ({ canvasElement }) => {
    const log = within(canvasElement).getByRole('log');
    // Bob's three missed calls are one row; the client and server reports of one call are one.
    await expect(log.querySelectorAll('[data-variant="content"]')).toHaveLength(6);
    await expect(log.querySelectorAll('.cs-message__custom-content [data-variant="content"]')).toHaveLength(
      6,
    );
  },
} satisfies Meta<typeof ChatscopeConversation>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Locale, theme and direction from the toolbar. */
export const Conversation: Story = {};

/** Simplified Chinese, chatscope's light theme. */
export const SimplifiedChinese: Story = {
  name: 'Simplified Chinese',
  args: { messages: makeKitConversation(ZH_CN_TEXTS), label: '与 bob 的对话' },
  globals: { locale: 'zh-CN' },
};

/** French (an opt-in locale), on the app's dark chatscope. */
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
