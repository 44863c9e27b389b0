import { describe, it, expect, vi, afterEach } from 'vitest';
import { act } from '@testing-library/react';
import { Profiler } from 'react';
import type { ReactElement } from 'react';
import { renderToString } from 'react-dom/server';
import { ServerStyleSheet } from 'styled-components';
import { CallRecordBubble } from '../src/CallRecordBubble';
import { BASE_TIME, v2 } from './collect.messages';

// The server and the browser evaluate different module graphs: an app's own unnamed styled component
// may be evaluated before the bubble's on one side only. The bubble's class names must not depend on
// that, or hydration keeps a className React will not patch.

const call = v2({ id: 'c1', from: 'alice', to: 'bob', at: BASE_TIME, durations: [['alice', 62]] });

/** The server's markup of one bubble, with this test file's modules. */
function serverMarkup(): string {
  const sheet = new ServerStyleSheet();
  try {
    return renderToString(sheet.collectStyles(<CallRecordBubble record={call} selfId="alice" />));
  } finally {
    sheet.seal();
  }
}

afterEach(() => {
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

describe('CallRecordBubble hydration', () => {
  it('keeps its class names when another styled component was evaluated first on the client', async () => {
    const html = serverMarkup();
    const container = document.createElement('div');
    container.innerHTML = html;
    document.body.append(container);
    const serverClassName = container.firstElementChild?.className;

    // The client: fresh modules, where the app evaluates an unnamed styled component of its own first.
    vi.resetModules();
    const clientStyled = await import('styled-components');
    const AppLayout = clientStyled.styled.section`
      display: grid;
    `;
    expect(AppLayout).toBeTruthy();
    const { CallRecordBubble: ClientBubble } = await import('../src/CallRecordBubble');
    const { hydrateRoot } = await import('react-dom/client');
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
    const recoverableErrors: unknown[] = [];
    await act(async () => {
      hydrateRoot(container, <ClientBubble record={call} selfId="alice" />, {
        onRecoverableError: (error) => recoverableErrors.push(error),
      });
    });
    expect(recoverableErrors).toEqual([]);
    expect(consoleError).not.toHaveBeenCalled();
    expect(container.firstElementChild?.className).toBe(serverClassName);
    expect(serverClassName).toMatch(/^CallRecordBubble-crb-bubble-\d+-\d+-\d+ /);
  });
});

/** Hydrates `element` over its own server markup; the phases of every commit of the tree, in order. */
async function hydrationCommits(element: ReactElement): Promise<string[]> {
  const sheet = new ServerStyleSheet();
  const container = document.createElement('div');
  try {
    container.innerHTML = renderToString(sheet.collectStyles(element));
  } finally {
    sheet.seal();
  }
  document.body.append(container);
  const { hydrateRoot } = await import('react-dom/client');
  const phases: string[] = [];
  await act(async () => {
    hydrateRoot(
      container,
      <Profiler id="chat" onRender={(_id, phase) => phases.push(phase)}>
        {element}
      </Profiler>,
    );
  });
  return phases;
}

describe('CallRecordBubble after hydration', () => {
  const bubbles = (props: { showTime?: boolean; timeZone?: string }) => (
    <>
      {['c1', 'c2', 'c3'].map((id) => (
        <CallRecordBubble key={id} record={v2({ id, from: 'alice', to: 'bob', at: BASE_TIME })} {...props} />
      ))}
    </>
  );

  it('renders nothing again once hydrated, without a time', async () => {
    expect(await hydrationCommits(bubbles({}))).toEqual(['mount']);
  });

  it('renders nothing again once hydrated, with a time in a given zone', async () => {
    expect(await hydrationCommits(bubbles({ showTime: true, timeZone: 'UTC' }))).toEqual(['mount']);
  });

  it('renders once more to add a zone-less time, which only the browser knows', async () => {
    expect(await hydrationCommits(bubbles({ showTime: true }))).toEqual(['mount', 'update']);
  });
});

describe('CallRecordBubble time across server and browser', () => {
  const call = v2({ id: 'c1', from: 'alice', to: 'bob', at: BASE_TIME });

  /** Server markup of `element`, its time formatted by an `Intl` that writes times its own way. */
  function markupOfAnotherRuntime(element: ReactElement): string {
    // `format` is a getter of a bound function on Intl.DateTimeFormat.prototype.
    const prototype = Intl.DateTimeFormat.prototype;
    const format = Object.getOwnPropertyDescriptor(prototype, 'format');
    if (format === undefined) throw new Error('Intl.DateTimeFormat.prototype.format is not a property here');
    Object.defineProperty(prototype, 'format', { ...format, get: () => () => 'AM 11:05' });
    try {
      return renderToString(element);
    } finally {
      Object.defineProperty(prototype, 'format', format);
    }
  }

  it("writes the browser's time and name over a zoned time the server wrote otherwise", async () => {
    const element = (
      <CallRecordBubble record={call} selfId="bob" locale="ko" timeZone="Asia/Seoul" showTime />
    );
    const container = document.createElement('div');
    container.innerHTML = markupOfAnotherRuntime(element);
    document.body.append(container);
    expect(container.querySelector('time')?.textContent).toBe('AM 11:05');
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { hydrateRoot } = await import('react-dom/client');
    await act(async () => {
      hydrateRoot(container, element);
    });
    const browserTime = new Intl.DateTimeFormat('ko', { timeStyle: 'short', timeZone: 'Asia/Seoul' }).format(
      BASE_TIME,
    );
    expect(container.querySelector('time')?.textContent).toBe(browserTime);
    expect(container.firstElementChild?.getAttribute('aria-label')).toBe(
      `수신 음성 통화, 통화 종료, ${browserTime}`,
    );
    expect(consoleError).not.toHaveBeenCalled();
  });

  it('renders no time on the server for a zone Intl does not accept, and adds it in the browser', async () => {
    const element = <CallRecordBubble record={call} selfId="bob" timeZone="Asia/Shangai" showTime />;
    expect(renderToString(element)).not.toContain('<time');
    expect(await hydrationCommits(element)).toEqual(['mount', 'update']);
    expect(document.querySelector('time')?.textContent).toMatch(/^\d{1,2}:\d{2} [AP]M$/);
  });
});
