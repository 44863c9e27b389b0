/**
 * What the chat-kit stories (`*.stories.tsx` in this folder) share: the args they start from, the
 * toolbar's theme as the kit's, the story set past the toolbar's own conversation (locale, theme and
 * direction per story), and the play check. Each kit's file keeps its meta (title, component, how it
 * renders), its story exports (Storybook reads their names from the source) and their notes.
 */
import type { StoryContext } from '@storybook/react-vite';
import { expect, fn, within } from 'storybook/test';
import { AR_TEXTS, FR_TEXTS, makeKitConversation, ZH_CN_TEXTS } from '../data';

/** The args of every kit story: the English demo conversation with bob, light, a spy as call back. */
export const KIT_ARGS = {
  messages: makeKitConversation(),
  theme: 'light',
  onCallBack: fn(),
  label: 'Conversation with bob',
} as const;

/** The toolbar's theme as a kit's `theme` prop. */
export function kitTheme(globals: StoryContext['globals']): 'light' | 'dark' {
  return globals['theme'] === 'dark' ? 'dark' : 'light';
}

/**
 * The stories every kit shows after its `Conversation` (the toolbar's locale, theme and direction),
 * by export name: the demo conversation's text messages and the log's name in the story's language.
 */
export const KIT_STORIES = {
  SimplifiedChinese: {
    args: { messages: makeKitConversation(ZH_CN_TEXTS), label: '与 bob 的对话' },
    globals: { locale: 'zh-CN' },
  },
  FrenchDark: {
    args: { messages: makeKitConversation(FR_TEXTS), label: 'Conversation avec bob' },
    globals: { locale: 'fr', theme: 'dark' },
  },
  ArabicRtl: {
    args: { messages: makeKitConversation(AR_TEXTS), label: 'محادثة مع bob' },
    globals: { locale: 'ar', direction: 'rtl' },
  },
  ArabicRtlDark: {
    args: { messages: makeKitConversation(AR_TEXTS), label: 'محادثة مع bob' },
    globals: { locale: 'ar', direction: 'rtl', theme: 'dark' },
  },
} as const;

/**
 * The play check of every kit story: the log shows the demo conversation's six call rows (bob's
 * three missed calls are one row; the client and server reports of one call are one), each one in
 * content mode inside the kit's message content, `kitContentSelector`.
 */
export function playKitConversation(kitContentSelector: string) {
  return async ({ canvasElement }: { canvasElement: HTMLElement }): Promise<void> => {
    const log = within(canvasElement).getByRole('log');
    await expect(log.querySelectorAll('[data-variant="content"]')).toHaveLength(6);
    await expect(log.querySelectorAll(`${kitContentSelector} [data-variant="content"]`)).toHaveLength(6);
  };
}
