// Issue 21, deliverables 2 and 3: the app's CSS always wins, and each token does one job. Computed
// styles in Chromium: an app's rule with one class or one attribute beats every declaration of the
// bubble, whatever the order of the style sheets; an ancestor's --crb-* property beats the
// ThemeProvider theme, which beats the light default; the narrower tokens fall back to the older ones.
import type { CSSProperties, ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { ThemeProvider } from 'styled-components';
import { afterEach, describe, expect, it } from 'vitest';
import { CALL_RECORD_THEME_KEY, CallRecordBubble, darkTheme } from '../../src';
import type { CallRecordTheme } from '../../src';

/** Bob called alice; viewed by `selfId`, it is the viewer's own call (bob) or the other person's (alice). */
const BOB_CALLED_ALICE = {
  messageType: 12,
  messageClientId: 'c1',
  senderId: 'bob',
  receiverId: 'alice',
  createTime: 1732500000000,
  attachment: {
    type: 1,
    channelId: 'ch1',
    status: 1,
    durations: [
      { accountId: 'bob', duration: 62 },
      { accountId: 'alice', duration: 61 },
    ],
  },
};

const cleanups: (() => void)[] = [];

afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

/** Renders `content` into a fresh container on the page and returns the container. */
function renderInPage(content: ReactNode): HTMLElement {
  const container = document.createElement('div');
  document.body.append(container);
  cleanups.push(() => container.remove());
  flushSync(() => createRoot(container).render(content));
  return container;
}

/** Adds the app's own style sheet first in the document, before styled-components' (so order never helps it). */
function addAppStyleSheetFirst(css: string): void {
  const style = document.createElement('style');
  style.textContent = css;
  document.head.prepend(style);
  cleanups.push(() => style.remove());
}

/** The bubble root inside `container`. */
function bubbleIn(container: HTMLElement, side?: 'self' | 'peer'): HTMLElement {
  const root = container.querySelector<HTMLElement>(side ? `[data-side="${side}"]` : '[data-side]');
  if (!root) throw new Error('no bubble rendered');
  return root;
}

/** A bubble of `side` (bob's view: self; alice's: peer), optionally under a theme and inside a styled ancestor. */
function bubble(
  side: 'self' | 'peer',
  {
    theme,
    ancestor,
    className,
  }: { theme?: Partial<CallRecordTheme>; ancestor?: CSSProperties; className?: string } = {},
): HTMLElement {
  const element = (
    <div style={ancestor}>
      <CallRecordBubble
        record={BOB_CALLED_ALICE}
        selfId={side === 'self' ? 'bob' : 'alice'}
        showTime
        timeZone="UTC"
        className={className}
      />
    </div>
  );
  const container = renderInPage(
    theme ? <ThemeProvider theme={{ [CALL_RECORD_THEME_KEY]: theme }}>{element}</ThemeProvider> : element,
  );
  return bubbleIn(container, side);
}

/** Custom properties as an inline style (React types them as unknown keys). */
function properties(declarations: Record<`--crb-${string}`, string>): CSSProperties {
  return declarations as CSSProperties;
}

describe("the app's CSS wins over every declaration of the bubble", () => {
  it('a rule with one class passed through className, placed before the bubble’s CSS', () => {
    addAppStyleSheetFirst(`
      .flat {
        margin-inline: 0;
        padding: 0;
        background: transparent;
        border: 0;
        border-radius: 0;
        max-inline-size: none;
        inline-size: 100%;
      }
    `);
    for (const side of ['self', 'peer'] as const) {
      const style = getComputedStyle(bubble(side, { className: 'flat' }));
      expect(style.marginLeft).toBe('0px');
      expect(style.marginRight).toBe('0px');
      expect(style.paddingTop).toBe('0px');
      expect(style.paddingInlineStart).toBe('0px');
      expect(style.backgroundColor).toBe('rgba(0, 0, 0, 0)');
      expect(style.borderTopWidth).toBe('0px');
      expect(style.borderBottomRightRadius).toBe('0px');
      expect(style.borderBottomLeftRadius).toBe('0px');
      expect(style.maxWidth).toBe('none');
    }
  });

  it("the issue's reset: .x { margin-inline: 0; background: transparent } and [data-side] { padding: 0 }", () => {
    addAppStyleSheetFirst(`
      .x { margin-inline: 0; background: transparent; }
      [data-side] { padding: 0; }
    `);
    const style = getComputedStyle(bubble('self', { className: 'x' }));
    expect(style.marginLeft).toBe('0px');
    expect(style.backgroundColor).toBe('rgba(0, 0, 0, 0)');
    expect(style.paddingTop).toBe('0px');
    expect(style.paddingRight).toBe('0px');
  });

  it('a [data-part] rule restyles the time and the label', () => {
    addAppStyleSheetFirst(`
      [data-part='time'] { color: rgb(1, 2, 3); }
      [data-part='label'] { font-weight: 700; }
    `);
    const root = bubble('peer');
    expect(getComputedStyle(root.querySelector('time')!).color).toBe('rgb(1, 2, 3)');
    expect(getComputedStyle(root.querySelector('[data-part="label"]')!).fontWeight).toBe('700');
  });
});

describe("an ancestor's --crb-* property, then the ThemeProvider theme, then the light default", () => {
  it('light default without either', () => {
    expect(getComputedStyle(bubble('peer')).backgroundColor).toBe('rgb(255, 255, 255)');
    expect(getComputedStyle(bubble('self')).backgroundColor).toBe('rgb(217, 253, 211)');
  });

  it("the theme's value over the default", () => {
    expect(getComputedStyle(bubble('peer', { theme: darkTheme })).backgroundColor).toBe('rgb(32, 44, 51)');
    expect(getComputedStyle(bubble('self', { theme: { selfBackground: '#d6e8ff' } })).backgroundColor).toBe(
      'rgb(214, 232, 255)',
    );
  });

  it("the ancestor's property over the theme", () => {
    const root = bubble('peer', {
      theme: darkTheme,
      ancestor: properties({ '--crb-peer-bg': 'transparent', '--crb-peer-text': 'rgb(5, 6, 7)' }),
    });
    expect(getComputedStyle(root).backgroundColor).toBe('rgba(0, 0, 0, 0)');
    expect(getComputedStyle(root).color).toBe('rgb(5, 6, 7)');
    // What the ancestor leaves unset still comes from the theme.
    expect(getComputedStyle(root.querySelector('time')!).color).toBe('rgb(196, 205, 210)');
  });
});

describe('tokens that do one job each', () => {
  it('--crb-padding and --crb-gap, each falling back to --crb-space', () => {
    const onlySpace = bubble('peer', { ancestor: properties({ '--crb-space': '4px' }) });
    expect(getComputedStyle(onlySpace).paddingTop).toBe('4px');
    expect(getComputedStyle(onlySpace).paddingInlineStart).toBe('6px');
    expect(getComputedStyle(onlySpace).columnGap).toBe('4px');
    const split = bubble('peer', {
      ancestor: properties({ '--crb-space': '4px', '--crb-padding': '2px', '--crb-gap': '10px' }),
    });
    expect(getComputedStyle(split).paddingTop).toBe('2px');
    expect(getComputedStyle(split).paddingInlineStart).toBe('3px');
    expect(getComputedStyle(split).columnGap).toBe('10px');
  });

  it("a theme's padding and gap, else its spacing; an ancestor's older --crb-space still over the theme", () => {
    const themed = bubble('peer', { theme: { spacing: '6px', gap: '12px' } });
    expect(getComputedStyle(themed).paddingTop).toBe('6px');
    expect(getComputedStyle(themed).columnGap).toBe('12px');
    const overridden = bubble('peer', {
      theme: { padding: '6px' },
      ancestor: properties({ '--crb-space': '1px' }),
    });
    expect(getComputedStyle(overridden).paddingTop).toBe('1px');
  });

  it('the time colour per side, falling back to --crb-time', () => {
    const both = properties({ '--crb-time': 'rgb(9, 9, 9)' });
    expect(getComputedStyle(bubble('self', { ancestor: both }).querySelector('time')!).color).toBe(
      'rgb(9, 9, 9)',
    );
    expect(getComputedStyle(bubble('peer', { ancestor: both }).querySelector('time')!).color).toBe(
      'rgb(9, 9, 9)',
    );
    const selfOnly = properties({ '--crb-time': 'rgb(9, 9, 9)', '--crb-self-time': 'rgb(1, 1, 1)' });
    expect(getComputedStyle(bubble('self', { ancestor: selfOnly }).querySelector('time')!).color).toBe(
      'rgb(1, 1, 1)',
    );
    expect(getComputedStyle(bubble('peer', { ancestor: selfOnly }).querySelector('time')!).color).toBe(
      'rgb(9, 9, 9)',
    );
    const peerOnly = properties({ '--crb-peer-time': 'rgb(2, 2, 2)' });
    expect(getComputedStyle(bubble('peer', { ancestor: peerOnly }).querySelector('time')!).color).toBe(
      'rgb(2, 2, 2)',
    );
  });

  it("the font size relative to the container's", () => {
    expect(getComputedStyle(bubble('peer', { ancestor: { fontSize: '20px' } })).fontSize).toBe('18.75px');
    expect(getComputedStyle(bubble('peer', { ancestor: { fontSize: '12px' } })).fontSize).toBe('11.25px');
  });
});
