// Issue 21, deliverable 1: `variant="content"` draws only the bubble's content, for a place that
// already draws the bubble (another chat kit's message). Computed styles and line boxes in Chromium.
import type { CSSProperties, ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { ThemeProvider } from 'styled-components';
import { afterEach, describe, expect, it } from 'vitest';
import { CALL_RECORD_THEME_KEY, CallRecordBubble, CallRecordProvider, darkTheme } from '../../src';

const ALICE_CALLED_BOB = {
  messageType: 12,
  messageClientId: 'c-completed',
  senderId: 'alice',
  receiverId: 'bob',
  createTime: 1732500000000,
  attachment: {
    type: 1,
    channelId: 'ch-completed',
    status: 1,
    durations: [
      { accountId: 'alice', duration: 3723 },
      { accountId: 'bob', duration: 3723 },
    ],
  },
};

const BOB_MISSED_ALICE = {
  messageType: 12,
  messageClientId: 'c-missed',
  senderId: 'bob',
  receiverId: 'alice',
  createTime: 1732500000000,
  attachment: { type: 1, channelId: 'ch-missed', status: 4, durations: [] },
};

/** A kit's message box: content-sized (like chatscope's `.cs-message__content`), at most 320px wide. */
const KIT_BOX_STYLE = {
  display: 'inline-block',
  maxWidth: '320px',
  padding: '0.6em 0.9em',
  fontSize: '13px',
  color: 'rgb(10, 20, 30)',
  backgroundColor: 'rgb(198, 227, 250)',
  borderRadius: '0.7em',
} as const;

const containers: HTMLElement[] = [];

/** Renders `content` into a fresh container on the page and returns the container. */
function renderInPage(content: ReactNode, dir: 'ltr' | 'rtl' = 'ltr'): HTMLElement {
  const container = document.createElement('div');
  container.dir = dir;
  document.body.append(container);
  containers.push(container);
  flushSync(() => createRoot(container).render(content));
  return container;
}

afterEach(() => {
  for (const container of containers.splice(0)) container.remove();
});

/** The bubble root inside `container`. */
function bubbleIn(container: HTMLElement): HTMLElement {
  const root = container.querySelector<HTMLElement>('[data-variant="content"]');
  if (!root) throw new Error('no content-mode bubble rendered');
  return root;
}

/** Alice's view of `record` in content mode with its time (UTC), inside a kit's message box styled `style`. */
function TimedBubbleInKitBox({ record, style }: { record: unknown; style: CSSProperties }) {
  return (
    <div style={style}>
      <CallRecordBubble record={record} selfId="alice" showTime timeZone="UTC" variant="content" />
    </div>
  );
}

/** Whether two elements' boxes share one line (their vertical extents overlap by more than half). */
function onOneLine(first: Element, second: Element): boolean {
  const a = first.getBoundingClientRect();
  const b = second.getBoundingClientRect();
  const overlap = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
  return overlap > Math.min(a.height, b.height) / 2;
}

describe('CallRecordBubble variant="content"', () => {
  it('draws no background, border, radius, shadow, margin, padding or maximum width', () => {
    const root = bubbleIn(
      renderInPage(
        <div style={KIT_BOX_STYLE}>
          <CallRecordBubble
            record={ALICE_CALLED_BOB}
            selfId="alice"
            variant="content"
            onCallBack={() => {}}
          />
        </div>,
      ),
    );
    const style = getComputedStyle(root);
    expect(style.backgroundColor).toBe('rgba(0, 0, 0, 0)');
    expect(style.backgroundImage).toBe('none');
    expect(style.borderTopWidth).toBe('0px');
    expect(style.borderInlineStartWidth).toBe('0px');
    expect(style.borderTopLeftRadius).toBe('0px');
    expect(style.borderBottomRightRadius).toBe('0px');
    expect(style.boxShadow).toBe('none');
    expect(style.marginLeft).toBe('0px');
    expect(style.marginRight).toBe('0px');
    expect(style.paddingTop).toBe('0px');
    expect(style.paddingLeft).toBe('0px');
    expect(style.maxWidth).toBe('100%');
  });

  it("takes the container's font size and text colour, and keeps the missed colour", () => {
    const container = renderInPage(
      <div style={KIT_BOX_STYLE}>
        <CallRecordBubble record={ALICE_CALLED_BOB} selfId="alice" variant="content" />
        <CallRecordBubble record={BOB_MISSED_ALICE} selfId="alice" variant="content" />
      </div>,
    );
    const [completed, missed] = [...container.querySelectorAll<HTMLElement>('[data-variant="content"]')];
    expect(getComputedStyle(completed!).fontSize).toBe('13px');
    expect(getComputedStyle(completed!).color).toBe('rgb(10, 20, 30)');
    expect(getComputedStyle(completed!.querySelector('[data-part="label"]')!).color).toBe('rgb(10, 20, 30)');
    expect(getComputedStyle(completed!.querySelector('svg')!).color).toBe('rgb(10, 20, 30)');
    expect(missed!.dataset['tone']).toBe('missed');
    expect(getComputedStyle(missed!.querySelector('[data-part="label"]')!).color).toBe('rgb(179, 38, 30)');
  });

  it.each([
    ['zh-CN', ALICE_CALLED_BOB, '通话时长'],
    ['fr', BOB_MISSED_ALICE, 'Appel'],
  ] as const)(
    'lays out the %s label and its time on one line inside a content-sized 320px message',
    async (locale, record, start) => {
      const { fr } = await import('../../src/locales');
      const root = bubbleIn(
        renderInPage(
          <div style={KIT_BOX_STYLE}>
            <CallRecordBubble
              record={record}
              selfId="alice"
              locale={locale === 'fr' ? fr : locale}
              timeZone="Asia/Shanghai"
              showTime
              variant="content"
            />
          </div>,
        ),
      );
      const label = root.querySelector('[data-part="label"]')!;
      const time = root.querySelector('time')!;
      expect(label.textContent).toMatch(new RegExp(`^${start}`));
      expect(label.getClientRects()).toHaveLength(1);
      expect(onOneLine(label, time)).toBe(true);
      expect(onOneLine(root.querySelector('svg')!, label)).toBe(true);
    },
  );

  it('keeps the accessible name and the call-back button', () => {
    const root = bubbleIn(
      renderInPage(
        <CallRecordProvider selfId="alice" locale="en">
          <CallRecordBubble record={BOB_MISSED_ALICE} variant="content" onCallBack={() => {}} />
        </CallRecordProvider>,
      ),
    );
    expect(root.tagName).toBe('BUTTON');
    expect(root.getAttribute('aria-label')).toBe('Incoming voice call, Missed call. Call back');
  });

  it('follows a right-to-left container, and a dark theme leaves its colours to the container', () => {
    const container = renderInPage(
      <ThemeProvider theme={{ [CALL_RECORD_THEME_KEY]: darkTheme }}>
        <div
          style={{
            ...KIT_BOX_STYLE,
            display: 'block',
            color: 'rgb(230, 230, 230)',
            backgroundColor: 'rgb(40, 40, 40)',
          }}
        >
          <CallRecordBubble record={ALICE_CALLED_BOB} selfId="alice" locale="ar" variant="content" />
        </div>
      </ThemeProvider>,
      'rtl',
    );
    const root = bubbleIn(container);
    const kitBox = root.parentElement!.getBoundingClientRect();
    const icon = root.querySelector('svg')!.getBoundingClientRect();
    expect(kitBox.right - icon.right).toBeLessThan(icon.left - kitBox.left);
    expect(getComputedStyle(root).backgroundColor).toBe('rgba(0, 0, 0, 0)');
    expect(getComputedStyle(root).color).toBe('rgb(230, 230, 230)');
  });

  it("gives the time the container's colour, or the app's --crb-peer-time / --crb-self-time, never the theme's", () => {
    const container = renderInPage(
      <ThemeProvider theme={{ [CALL_RECORD_THEME_KEY]: darkTheme }}>
        <TimedBubbleInKitBox record={BOB_MISSED_ALICE} style={KIT_BOX_STYLE} />
        <TimedBubbleInKitBox
          record={BOB_MISSED_ALICE}
          style={{ ...KIT_BOX_STYLE, ['--crb-peer-time' as string]: 'rgb(40, 50, 60)' }}
        />
        <TimedBubbleInKitBox
          record={ALICE_CALLED_BOB}
          style={{ ...KIT_BOX_STYLE, ['--crb-self-time' as string]: 'rgb(70, 80, 90)' }}
        />
      </ThemeProvider>,
    );
    const times = [...container.querySelectorAll('time')].map((time) => getComputedStyle(time).color);
    expect(times).toEqual(['rgb(10, 20, 30)', 'rgb(40, 50, 60)', 'rgb(70, 80, 90)']);
    // The missed colour stays the theme's.
    expect(getComputedStyle(container.querySelector('[data-part="label"]')!).color).toBe(
      'rgb(255, 180, 171)',
    );
  });
});
