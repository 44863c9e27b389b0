// useCallLog (the hook) and CallLog's server rendering: the provider's options, row identities across
// renders, and hydration that writes the same days and times on both sides, or adds them right after.
import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CallLog } from '../src/CallLog';
import { CallRecordProvider } from '../src/CallRecordProvider';
import { useCallLog } from '../src/useCallLog';
import { v2 } from './collect.messages';

const ME = 'me';
const at = (day: number, hour: number, minute = 0) => Date.UTC(2026, 11, day, hour, minute);
const call = (id: string, from: string, to: string, time: number, status: 1 | 2 | 3 | 4 | 5) =>
  v2({ id, from, to, at: time, status, durations: status === 1 ? [[from, 75]] : [] });

const HISTORY = [
  call('b1', 'bob', ME, at(5, 20), 4),
  call('b2', 'bob', ME, at(5, 21), 2),
  call('b4', ME, 'bob', at(6, 8), 1),
];
const originalZone = process.env.TZ;

afterEach(() => {
  process.env.TZ = originalZone;
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

describe('useCallLog', () => {
  it("reads the provider's options under its own and keeps untouched rows across renders", () => {
    const wrapper = ({ children }: { children: ReactNode }) => (
      <CallRecordProvider selfId={ME} locale="en-GB" timeZone="UTC">
        {children}
      </CallRecordProvider>
    );
    const { result, rerender } = renderHook(({ messages }) => useCallLog(messages, { now: at(6, 9) }), {
      wrapper,
      initialProps: { messages: HISTORY },
    });
    expect(result.current.rows.map((row) => [row.key, row.kind, row.count])).toEqual([
      ['b4', 'outgoing', 1],
      ['b1', 'missed', 2],
    ]);
    expect(result.current.options).toMatchObject({
      selfId: ME,
      locale: 'en-GB',
      timeZone: 'UTC',
      now: at(6, 9),
    });
    const before = result.current.rows;
    rerender({ messages: [...HISTORY, call('c1', 'carol', ME, at(6, 9), 1)] });
    expect(result.current.rows.map((row) => row.key)).toEqual(['c1', 'b4', 'b1']);
    expect(result.current.rows[1]).toBe(before[0]);
    expect(result.current.rows[2]).toBe(before[1]);
  });

  it('keeps its result, options and rows when rerendered with equal options written inline', () => {
    const { result, rerender } = renderHook(
      ({ messages }) =>
        useCallLog(messages, {
          selfId: ME,
          locale: 'en-GB',
          timeZone: 'UTC',
          now: at(6, 9),
          messages: { callBack: 'Ring back' },
        }),
      { initialProps: { messages: HISTORY } },
    );
    const before = result.current;
    rerender({ messages: HISTORY });
    expect(result.current.options).toBe(before.options);
    expect(result.current.rows).toBe(before.rows);
    expect(result.current).toBe(before);
  });
});

describe('CallLog on the server', () => {
  const props = { history: HISTORY, selfId: ME, locale: 'en-GB' } as const;

  /** Hydrates `html` with `element`, in another runtime zone, and returns the container and the errors. */
  async function hydrate(html: string, element: ReactNode, clientZone: string) {
    process.env.TZ = clientZone;
    const container = document.createElement('div');
    container.innerHTML = html;
    document.body.append(container);
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
    const recoverable: unknown[] = [];
    await act(async () => {
      hydrateRoot(container, element, { onRecoverableError: (error) => recoverable.push(error) });
    });
    return { container, errors: [...recoverable, ...consoleError.mock.calls] };
  }

  it('writes the same days and times on both sides with now and timeZone, whatever the zones of the machines', async () => {
    process.env.TZ = 'Asia/Shanghai';
    const element = <CallLog {...props} now={at(6, 9)} timeZone="Europe/Paris" />;
    const html = renderToString(element);
    expect(html).toContain('Yesterday');
    expect(html).toContain('>09:00<');
    const { container, errors } = await hydrate(html, element, 'America/Los_Angeles');
    expect(errors).toEqual([]);
    // The server's markup as the DOM reads it back (attribute names in lower case).
    const serverDom = document.createElement('div');
    serverDom.innerHTML = html;
    expect(container.innerHTML).toBe(serverDom.innerHTML);
  });

  it('leaves times and day headings out of the server markup without now, and adds them right after hydration', async () => {
    process.env.TZ = 'UTC';
    const element = <CallLog {...props} timeZone="UTC" />;
    const html = renderToString(element);
    expect(html).not.toContain('<time');
    expect(html).not.toContain('<h3');
    vi.useFakeTimers({ now: at(6, 9), toFake: ['Date'] });
    const { container, errors } = await hydrate(html, element, 'UTC');
    vi.useRealTimers();
    expect(errors).toEqual([]);
    expect([...container.querySelectorAll('h3')].map((heading) => heading.textContent)).toEqual([
      'Today',
      'Yesterday',
    ]);
    expect([...container.querySelectorAll('time')].map((time) => time.textContent)).toEqual([
      '08:00',
      'Yesterday',
    ]);
  });
});
