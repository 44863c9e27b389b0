// Issue 20, item 6: under Windows high contrast (`forced-colors: active`) the bubble's icon, the only
// visible audio/video cue, and its missed-call arrow take the system's text colour, and the focus
// ring the system's highlight. Chromium's own forced-colours mode, emulated through the DevTools
// protocol.
import { cdp } from 'vitest/browser';
import type { ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CallRecordBubble } from '../../src';

const call = (status: number) => ({
  messageType: 12,
  messageClientId: `c${status}`,
  senderId: 'alice',
  receiverId: 'bob',
  createTime: 1732500000000,
  attachment: { type: 2, channelId: `ch${status}`, status, durations: [] },
});

/** Renders `bubbles` into a fresh container and returns it. */
function renderBubbles(bubbles: ReactNode): HTMLElement {
  const container = document.createElement('div');
  document.body.append(container);
  flushSync(() => createRoot(container).render(bubbles));
  return container;
}

/** The computed colour of a system colour keyword, as this page resolves it. */
function systemColour(keyword: string): string {
  const probe = document.createElement('span');
  probe.style.color = keyword;
  document.body.append(probe);
  const colour = getComputedStyle(probe).color;
  probe.remove();
  return colour;
}

beforeAll(async () => {
  await cdp().send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: 'active' }] });
});

afterAll(async () => {
  await cdp().send('Emulation.setEmulatedMedia', { features: [] });
});

describe('CallRecordBubble under forced colours', () => {
  it('is in forced-colours mode (the control)', () => {
    expect(matchMedia('(forced-colors: active)').matches).toBe(true);
  });

  it('draws every icon, the missed one and its arrow included, in the text colour of its bubble', () => {
    const container = renderBubbles(
      <>
        <CallRecordBubble record={call(4)} selfId="bob" />
        <CallRecordBubble record={call(3)} selfId="alice" />
        <CallRecordBubble record={call(4)} selfId="bob" onCallBack={() => {}} />
      </>,
    );
    const roots = [...container.children] as HTMLElement[];
    expect(roots.map((root) => root.dataset['tone'])).toEqual(['missed', 'normal', 'missed']);
    for (const root of roots) {
      const icon = root.querySelector('svg');
      expect(icon).not.toBeNull();
      expect(getComputedStyle(icon as SVGElement).color).toBe(getComputedStyle(root).color);
    }
    expect(getComputedStyle(roots[0] as HTMLElement).color).toBe(systemColour('CanvasText'));
  });

  it('rings the focused call-back button in the system highlight colour', () => {
    const container = renderBubbles(<CallRecordBubble record={call(4)} selfId="bob" onCallBack={() => {}} />);
    const button = container.querySelector('button') as HTMLButtonElement;
    button.focus();
    expect(button.matches(':focus-visible')).toBe(true);
    expect(getComputedStyle(button).outlineColor).toBe(systemColour('Highlight'));
  });
});
