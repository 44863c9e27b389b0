import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { StateMatrix } from './StateMatrix';

/**
 * The all-states matrix: 5 statuses × audio/video × own/other side. The first story
 * follows the toolbar (locale, theme, direction); the others pin one locale each.
 */
const meta = {
  title: 'CallRecordBubble/All states',
  component: StateMatrix,
  args: { showTime: true },
  play: async ({ canvasElement }) => {
    // 20 bubbles, none interactive, each named by a full sentence.
    const groups = within(canvasElement).getAllByRole('group');
    await expect(groups).toHaveLength(20);
    for (const group of groups) await expect(group).toHaveAccessibleName(expect.stringMatching(/\S{2,}/));
  },
} satisfies Meta<typeof StateMatrix>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Locale, theme and direction from the toolbar. */
export const AllStates: Story = {};

export const SimplifiedChinese: Story = { name: 'zh-CN', globals: { locale: 'zh-CN' } };
export const TraditionalChinese: Story = { name: 'zh-TW', globals: { locale: 'zh-TW' } };
export const English: Story = { name: 'en', globals: { locale: 'en' } };
export const Japanese: Story = { name: 'ja', globals: { locale: 'ja' } };
export const Korean: Story = { name: 'ko', globals: { locale: 'ko' } };
/** Arabic on a right-to-left page: bubbles mirror (own records on the left). */
export const Arabic: Story = { name: 'ar (rtl)', globals: { locale: 'ar', direction: 'rtl' } };

/** Every state on the dark theme (page background matches, so axe checks real contrast). */
export const Dark: Story = { globals: { theme: 'dark' } };
