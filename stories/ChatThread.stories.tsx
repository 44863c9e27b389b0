import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, within } from 'storybook/test';
import { ChatThread } from './ChatThread';
import { arabicChatThreadMessages, chatThreadMessages } from './data';

/**
 * Call records in a conversation, fed by a mixed list (V2 and v9 SDK messages, server
 * copies, text messages) through `useCallRecords` with `groupMissed: true`.
 */
const meta = {
  title: 'Chat/ChatThread',
  component: ChatThread,
  args: { messages: chatThreadMessages, onCallBack: fn(), showTime: true, label: 'Conversation with bob' },
  argTypes: { messages: { control: false } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const log = canvas.getByRole('log');
    // 13 messages: 5 texts; bob's 3 missed calls collapse into one bubble; the client+server
    // pair of one completed call shows once; 3 more calls. 5 call bubbles in all.
    await expect(within(log).getAllByRole('button')).toHaveLength(5);
    await expect(log.querySelectorAll('[data-count="3"][data-tone="missed"]')).toHaveLength(1);
    await expect(log.querySelectorAll('[data-status="completed"]')).toHaveLength(1);
  },
} satisfies Meta<typeof ChatThread>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Locale, theme and direction from the toolbar. */
export const Thread: Story = { name: 'ChatThread' };

/** The same conversation in Arabic on a right-to-left page: the whole chat mirrors. */
export const ArabicRtl: Story = {
  name: 'Arabic RTL',
  args: { messages: arabicChatThreadMessages, label: 'محادثة مع bob' },
  globals: { locale: 'ar', direction: 'rtl' },
};

/** The conversation on the dark theme. */
export const DarkThread: Story = { name: 'ChatThread dark', globals: { theme: 'dark' } };
