/**
 * What the kit tests (test/browser/kits.*.test.tsx) look at on a rendered chat: the content-mode
 * bubbles, the parts a user reads in them, the lines their text sits on, and the contrast of each
 * text against the colour behind it; {@link describeInsideKit}, the checks every kit's test runs; and
 * the settings and demo calls each kit's own findings render.
 */
import { userEvent } from 'vitest/browser';
import type { ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { ThemeProvider } from 'styled-components';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CALL_RECORD_THEME_KEY, CallRecordProvider, darkTheme } from '../../src';
import type { CallRecordLocale } from '../../src';
import { ar, fr, zhCN } from '../../src/locales';
import { AR_TEXTS, FR_TEXTS, makeKitConversation, ZH_CN_TEXTS } from '../../stories/data';
import type { ChatTexts } from '../../stories/data';
import { backdropOf, textContrast } from '../contrast';

/** One way a user meets the chat: theme, writing direction, locale and the texts around the calls. */
export interface Setting {
  readonly name: string;
  readonly theme: 'light' | 'dark';
  readonly direction: 'ltr' | 'rtl';
  readonly locale: CallRecordLocale;
  readonly texts: ChatTexts;
}

/** Light, left-to-right, zh-CN: the first of {@link SETTINGS}, and the one of each kit's findings. */
export const LIGHT_ZH_CN: Setting = {
  name: 'light, LTR, zh-CN',
  theme: 'light',
  direction: 'ltr',
  locale: zhCN,
  texts: ZH_CN_TEXTS,
};

/** Light and dark, left-to-right and right-to-left; zh-CN (built in) and French (opt-in). */
export const SETTINGS: readonly Setting[] = [
  LIGHT_ZH_CN,
  { name: 'dark, LTR, fr', theme: 'dark', direction: 'ltr', locale: fr, texts: FR_TEXTS },
  { name: 'light, RTL, ar', theme: 'light', direction: 'rtl', locale: ar, texts: AR_TEXTS },
  { name: 'dark, RTL, ar', theme: 'dark', direction: 'rtl', locale: ar, texts: AR_TEXTS },
];

const DARK = { [CALL_RECORD_THEME_KEY]: darkTheme } as const;
const mounted: Array<{ container: HTMLElement; unmount: () => void }> = [];

/**
 * Renders `chat` as an app would: the viewer (alice), the locale and a fixed time zone from
 * `CallRecordProvider`, the bubble's dark theme through styled-components' `ThemeProvider` in dark
 * mode, and `dir` / `lang` on the page element around it.
 */
export function renderChat(setting: Setting, chat: ReactNode): HTMLElement {
  const container = document.createElement('div');
  container.dir = setting.direction;
  container.lang = setting.locale.code;
  document.body.append(container);
  const root = createRoot(container);
  const inProvider = (
    <CallRecordProvider selfId="alice" locale={setting.locale} timeZone="Asia/Shanghai">
      {chat}
    </CallRecordProvider>
  );
  flushSync(() =>
    root.render(
      setting.theme === 'dark' ? <ThemeProvider theme={DARK}>{inProvider}</ThemeProvider> : inProvider,
    ),
  );
  mounted.push({ container, unmount: () => root.unmount() });
  return container;
}

/** Unmounts and removes everything {@link renderChat} rendered (call it in `afterEach`). */
export function cleanUpChats(): void {
  for (const { container, unmount } of mounted.splice(0)) {
    unmount();
    container.remove();
  }
}

/** The content-mode bubbles in `container`, in document order; throws when there is none. */
export function contentBubbles(container: HTMLElement): HTMLElement[] {
  const bubbles = [...container.querySelectorAll<HTMLElement>('[data-variant="content"]')];
  if (bubbles.length === 0) throw new Error('no content-mode bubble rendered');
  return bubbles;
}

/** A bubble's label (the words and the duration). */
export function labelOf(bubble: HTMLElement): HTMLElement {
  const label = bubble.querySelector<HTMLElement>('[data-part="label"]');
  if (!label) throw new Error('a bubble without a label');
  return label;
}

/** A bubble's time of day, if shown. */
export function timeOf(bubble: HTMLElement): HTMLElement | undefined {
  return bubble.querySelector<HTMLElement>('time') ?? undefined;
}

/** A readable name for a bubble in a failure message: its side, tone and visible text. */
export function bubbleSummary(bubble: HTMLElement): string {
  return `${bubble.dataset['side']}/${bubble.dataset['tone']} "${bubble.textContent}"`;
}

/** The rectangles of the text of `elements` as laid out: one per line box piece. */
function textRects(elements: readonly Element[]): DOMRect[] {
  return elements.flatMap((element) => {
    const range = document.createRange();
    range.selectNodeContents(element);
    return [...range.getClientRects()].filter((rect) => rect.width > 0);
  });
}

/**
 * How many lines the text of `elements` takes together: text rectangles whose vertical extents
 * overlap (by more than half the smaller one) sit on one line. A label that wraps counts 2.
 */
export function linesOf(elements: readonly Element[]): number {
  const lines: Array<{ top: number; bottom: number }> = [];
  for (const rect of textRects(elements)) {
    const line = lines.find((candidate) => {
      const overlap = Math.min(candidate.bottom, rect.bottom) - Math.max(candidate.top, rect.top);
      return overlap > Math.min(candidate.bottom - candidate.top, rect.height) / 2;
    });
    if (!line) lines.push({ top: rect.top, bottom: rect.bottom });
  }
  return lines.length;
}

/** The contrast of one text a user reads in a bubble. */
export interface MeasuredText {
  /** `label`, `missed label` or `time`, and the bubble's side. */
  readonly text: string;
  readonly ratio: number;
  readonly colour: string;
  readonly background: string;
}

/** The contrast of every text in every content-mode bubble of `container` (label, missed label, time). */
export function measureTexts(container: HTMLElement): MeasuredText[] {
  return contentBubbles(container).flatMap((bubble) => {
    const side = bubble.dataset['side'];
    const labelName = bubble.dataset['tone'] === 'missed' ? 'missed label' : 'label';
    const parts: Array<[string, HTMLElement | undefined]> = [
      [labelName, labelOf(bubble)],
      ['time', timeOf(bubble)],
    ];
    return parts.flatMap(([name, element]) => {
      if (!element) return [];
      const { ratio, colour, background } = textContrast(element);
      return [{ text: `${side} ${name}`, ratio: Math.round(ratio * 100) / 100, colour, background }];
    });
  });
}

/** The lowest ratio per text kind (`self time`, `peer missed label`…), for the figures in a report. */
export function lowestRatios(measured: readonly MeasuredText[]): Record<string, number> {
  const lowest: Record<string, number> = {};
  for (const { text, ratio } of measured) lowest[text] = Math.min(lowest[text] ?? Infinity, ratio);
  return lowest;
}

/**
 * Alice's 22:34 call (`c1`, outgoing) and bob's missed call (`m1`, incoming) of the demo conversation
 * (the same records in every language: only the text messages are translated).
 */
export function demoCall(id: 'c1' | 'm1'): unknown {
  return makeKitConversation().find((each) => (each as { messageClientId?: string }).messageClientId === id);
}

/** What every kit's demo conversation component (stories/kits/) takes in the kit tests. */
export interface KitConversationProps {
  /** The demo conversation, its text messages in the setting's language. */
  readonly messages: readonly unknown[];
  readonly theme: 'light' | 'dark';
  /** The log's accessible name. */
  readonly label: string;
  /** The chat's width in px. */
  readonly width: number;
  readonly onCallBack: () => void;
}

/** A chat kit under test: how to render the demo conversation in it, and where its messages are. */
export interface KitUnderTest {
  /** The kit's name in the test titles. */
  readonly name: string;
  /** The kit's demo conversation with `props`, and whatever more the kit takes from `setting`. */
  readonly render: (props: KitConversationProps, setting: Setting) => ReactNode;
  /** The kit's message bubble: the element that paints the background behind our content. */
  readonly contentSelector: string;
  /** The kit's message (its row box, as wide as a message may grow). */
  readonly messageSelector: string;
  /** The chat width at which the kit's messages are 320 px wide. */
  readonly widthFor320: number;
}

/** The default chat width of the kit tests and stories. */
const CHAT_WIDTH = 420;

/** Renders the demo conversation in `kit` as {@link renderChat} does, `width` px wide. */
function renderInKit(kit: KitUnderTest, setting: Setting, width: number, onCallBack = () => {}): HTMLElement {
  const props: KitConversationProps = {
    messages: makeKitConversation(setting.texts),
    theme: setting.theme,
    label: 'Conversation with bob',
    width,
    onCallBack,
  };
  return renderChat(setting, kit.render(props, setting));
}

/**
 * What a user sees of the bubble in content mode inside `kit`, in every {@link SETTINGS}: one
 * background (the kit's), label, duration and time on one line in a 320 px message, every text at
 * 4.5:1 against the colour behind it, and the call back by keyboard.
 */
export function describeInsideKit(kit: KitUnderTest): void {
  afterEach(cleanUpChats);

  describe.each(SETTINGS)(`CallRecordBubble inside ${kit.name}, $name`, (setting) => {
    it("draws no second background: the label sits on the kit's message background", () => {
      const container = renderInKit(kit, setting, CHAT_WIDTH);
      for (const bubble of contentBubbles(container)) {
        const label = labelOf(bubble);
        expect(getComputedStyle(bubble).backgroundColor, bubbleSummary(bubble)).toBe('rgba(0, 0, 0, 0)');
        expect(getComputedStyle(label).backgroundColor, bubbleSummary(bubble)).toBe('rgba(0, 0, 0, 0)');
        const kitContent = bubble.closest(kit.contentSelector);
        expect(kitContent, bubbleSummary(bubble)).not.toBeNull();
        expect(backdropOf(label).painter, bubbleSummary(bubble)).toBe(kitContent);
      }
    });

    it('keeps label, duration and time on one line in a 320 px message', () => {
      const container = renderInKit(kit, setting, kit.widthFor320);
      const bubbles = contentBubbles(container);
      for (const bubble of bubbles) {
        const messageWidth = bubble.closest(kit.messageSelector)?.getBoundingClientRect().width;
        expect(messageWidth).toBeGreaterThan(310);
        expect(messageWidth).toBeLessThanOrEqual(320);
        const time = timeOf(bubble);
        expect(linesOf(time ? [labelOf(bubble), time] : [labelOf(bubble)]), bubbleSummary(bubble)).toBe(1);
      }
      // Bob's 1:02:03 video call, the case the issue saw wrap inside a kit's message.
      expect(bubbles.some((bubble) => bubble.textContent?.includes('1:02:03'))).toBe(true);
    });

    it('shows every text (label, missed label, time) at 4.5:1 or more against the colour behind it', () => {
      const measured = measureTexts(renderInKit(kit, setting, CHAT_WIDTH));
      const kinds = new Set(measured.map(({ text }) => text));
      expect([...kinds].sort()).toEqual([
        'peer label',
        'peer missed label',
        'peer time',
        'self label',
        'self time',
      ]);
      expect(measured.filter(({ ratio }) => ratio < 4.5)).toEqual([]);
    });

    it('calls back by keyboard: Tab reaches every call-back button in order, Enter and Space call back', async () => {
      const onCallBack = vi.fn();
      const container = renderInKit(kit, setting, CHAT_WIDTH, onCallBack);
      const buttons = contentBubbles(container).filter((bubble) => bubble.tagName === 'BUTTON');
      expect(buttons).toHaveLength(6);
      (document.activeElement as HTMLElement | null)?.blur();
      const reached: Element[] = [];
      for (let step = 0; step < buttons.length * 3 && reached.length < buttons.length; step += 1) {
        await userEvent.tab();
        const focused = document.activeElement as HTMLElement;
        if (buttons.includes(focused)) reached.push(focused);
      }
      expect(reached).toEqual(buttons);

      const longCall = buttons.find((button) => button.textContent?.includes('1:02:03'));
      longCall?.focus();
      expect(document.activeElement).toBe(longCall);
      await userEvent.keyboard('{Enter}');
      await userEvent.keyboard(' ');
      const bobsVideoCall = expect.objectContaining({
        callType: 'video',
        status: 'completed',
        senderId: 'bob',
      });
      expect(onCallBack.mock.calls).toEqual([
        [bobsVideoCall, 'bob'],
        [bobsVideoCall, 'bob'],
      ]);
    });
  });
}
