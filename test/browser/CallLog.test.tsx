// The CallLog component in Chromium, used as a person would: by role and name, with the keyboard only.
import { userEvent } from 'vitest/browser';
import { cleanup, render, screen, within } from '@testing-library/react';
import type { CSSProperties } from 'react';
import { ThemeProvider } from 'styled-components';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CALL_RECORD_THEME_KEY, CallLog, darkTheme } from '../../src';
import type { CallLogProps } from '../../src';
import { ar } from '../../src/locales';
import { textContrast } from '../contrast';

const ME = 'me';
const at = (day: number, hour: number, minute = 0) => Date.UTC(2026, 11, day, hour, minute);

/** A V2 call message between `from` and `to`. */
function call(id: string, from: string, to: string, time: number, status: number, type = 1) {
  const durations = status === 1 ? [{ accountId: from, duration: 75 }] : [];
  return {
    messageType: 12,
    messageClientId: id,
    createTime: time,
    senderId: from,
    receiverId: to,
    attachment: { type, channelId: `ch-${id}`, status, durations },
  };
}

const HISTORY = [
  call('b1', 'bob', ME, at(5, 20), 4),
  call('b2', 'bob', ME, at(5, 21), 2),
  call('bx', ME, 'bob', at(5, 21, 20), 2),
  call('b3', 'bob', ME, at(5, 21, 49), 5),
  call('b4', ME, 'bob', at(6, 8), 1),
  call('c2', ME, 'carol', at(4, 10), 3),
  call('c3', 'carol', ME, at(6, 7), 3, 2),
];

const PEOPLE: Record<string, { name: string }> = { bob: { name: 'Bob' }, carol: { name: 'Carol' } };

/** The log of these tests: the history in British English, at 09:30 UTC on the 6th, with names. */
function testLog(props: Partial<CallLogProps> = {}) {
  return (
    <CallLog
      history={HISTORY}
      selfId={ME}
      locale="en-GB"
      timeZone="UTC"
      now={at(6, 9, 30)}
      getPerson={(id) => PEOPLE[id]}
      aria-label="Calls"
      {...props}
    />
  );
}

function renderLog(props: Partial<CallLogProps> = {}) {
  return render(testLog(props));
}

afterEach(() => {
  cleanup();
  document.documentElement.dir = '';
});

describe('CallLog', () => {
  it('shows All / Missed tabs with their counts, the days as headings and a list per day', () => {
    renderLog();
    const tabs = screen.getAllByRole('tab');
    expect(tabs.map((tab) => tab.textContent)).toEqual(['All6', 'Missed1']);
    expect(screen.getByRole('tab', { name: 'All 6' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('tabpanel', { name: 'All 6' })).toBeVisible();
    expect(screen.getAllByRole('heading').map((heading) => heading.textContent)).toEqual([
      'Today',
      'Yesterday',
      'Friday',
    ]);
    const [today] = screen.getAllByRole('list');
    expect(
      within(today!)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['BBobOutgoing voice call08:00', 'CCarolIncoming video call07:00']);
  });

  it('moves between tabs with the arrow keys and calls back from the keyboard', async () => {
    const onCallBack = vi.fn();
    renderLog({ onCallBack });
    await userEvent.keyboard('{Tab}');
    expect(screen.getByRole('tab', { name: 'All 6' })).toHaveFocus();
    await userEvent.keyboard('{ArrowRight}');
    const missed = screen.getByRole('tab', { name: 'Missed 1' });
    expect(missed).toHaveFocus();
    expect(missed).toHaveAttribute('aria-selected', 'true');
    const panel = screen.getByRole('tabpanel', { name: 'Missed 1' });
    expect(
      within(panel)
        .getAllByRole('button')
        .map((button) => button.getAttribute('aria-label')),
    ).toEqual(['Missed voice call from Bob, 3 times, yesterday 21:49. Call back']);
    await userEvent.keyboard('{Tab}');
    expect(
      screen.getByRole('button', { name: 'Missed voice call from Bob, 3 times, yesterday 21:49. Call back' }),
    ).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    expect(onCallBack).toHaveBeenCalledTimes(1);
    expect(onCallBack.mock.calls[0]![0]).toMatchObject({ peerId: 'bob', kind: 'missed', count: 3 });
    expect(onCallBack.mock.calls[0]![1]).toBe('audio');
    await userEvent.keyboard('{Shift>}{Tab}{/Shift}{End}{Home}');
    expect(screen.getByRole('tab', { name: 'All 6' })).toHaveAttribute('aria-selected', 'true');
  });

  it('opens a row with onRowPress, its button named by the sentence', async () => {
    const onRowPress = vi.fn();
    renderLog({ onRowPress });
    await userEvent.keyboard('{Tab}{Tab}');
    expect(screen.getByRole('button', { name: 'Outgoing voice call to Bob, today 08:00' })).toHaveFocus();
    await userEvent.keyboard(' ');
    expect(onRowPress.mock.calls[0]![0]).toMatchObject({ key: 'b4', peerId: 'bob', kind: 'outgoing' });
  });

  it('shows the missed colour and a glyph of its own on missed rows', () => {
    renderLog({ defaultFilter: 'missed' });
    const [row] = screen.getAllByRole('listitem');
    expect(getComputedStyle(within(row!).getByText('Bob')).color).toBe('rgb(179, 38, 30)');
    expect(row!.querySelector('[data-part="glyph"] path')?.getAttribute('d')).toBe('M20 8l-8 8-7-7M5 14V9h5');
  });

  it('says so when a tab has no calls', () => {
    renderLog({ history: [HISTORY[4]!], defaultFilter: 'missed' });
    expect(screen.getByRole('tabpanel', { name: 'Missed 0' })).toHaveTextContent('No recent calls');
  });

  it('mirrors the glyph and the arrow keys right-to-left', async () => {
    document.documentElement.dir = 'rtl';
    renderLog({ locale: ar });
    const glyph = document.querySelector('[data-part="glyph"]')!;
    expect(getComputedStyle(glyph).transform).toBe('matrix(-1, 0, 0, 1, 0, 0)');
    await userEvent.keyboard('{Tab}{ArrowLeft}');
    expect(screen.getAllByRole('tab')[1]).toHaveAttribute('aria-selected', 'true');
  });

  /** Which way two elements run on the screen. */
  function order(first: Element, second: Element): 'left to right' | 'right to left' {
    return first.getBoundingClientRect().left < second.getBoundingClientRect().left
      ? 'left to right'
      : 'right to left';
  }

  /** The side of a box a one-line text sits on. */
  function textSide(element: Element, around: Element): 'left' | 'right' {
    const box = around.getBoundingClientRect();
    const range = document.createRange();
    range.selectNodeContents(element);
    const text = range.getBoundingClientRect();
    return text.left - box.left < box.right - text.right ? 'left' : 'right';
  }

  /** How the log is laid out and how its words run: tabs, the first row, its day header, the words. */
  function directions() {
    const [all, missed] = screen.getAllByRole('tab');
    const row = screen.getAllByRole('listitem')[0]!;
    const avatar = row.querySelector('[data-part="avatar"]')!;
    const main = row.querySelector('[data-part="main"]')!;
    const person = row.querySelector('[data-part="person"]')!;
    return {
      tabs: order(all!, missed!),
      row: order(avatar, main),
      header: textSide(screen.getAllByRole('heading')[0]!, screen.getAllByRole('heading')[0]!),
      person: textSide(person, main),
      words: getComputedStyle(row.querySelector('[data-part="detail"] > span')!).direction,
    };
  }

  it('lays an Arabic log out left to right in a left-to-right page, tabs and rows alike, its words right to left', async () => {
    document.documentElement.dir = 'ltr';
    renderLog({ locale: ar });
    expect(directions()).toEqual({
      tabs: 'left to right',
      row: 'left to right',
      header: 'left',
      person: 'left',
      words: 'rtl',
    });
    await userEvent.keyboard('{Tab}{ArrowRight}');
    expect(screen.getAllByRole('tab')[1]).toHaveAttribute('aria-selected', 'true');
    expect(screen.getAllByRole('tab')[1]).toHaveFocus();
  });

  it('lays an English log out right to left in a right-to-left page, tabs and rows alike, its words left to right', async () => {
    document.documentElement.dir = 'rtl';
    renderLog();
    expect(directions()).toEqual({
      tabs: 'right to left',
      row: 'right to left',
      header: 'right',
      person: 'right',
      words: 'ltr',
    });
    await userEvent.keyboard('{Tab}{ArrowLeft}');
    expect(screen.getByRole('tab', { name: 'Missed 1' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('tab', { name: 'Missed 1' })).toHaveFocus();
  });

  it("writes each name in its own script's direction, whatever the locale's", () => {
    const names: Record<string, { name: string }> = { bob: { name: 'Bob Lee' }, carol: { name: 'كارول' } };
    renderLog({ locale: ar, getPerson: (id) => names[id] });
    const [bob, carol] = screen.getAllByRole('listitem');
    expect(
      [bob!, carol!].map((row) => {
        const person = row.querySelector('[data-part="person"]')!;
        return [person.textContent, getComputedStyle(person).direction];
      }),
    ).toEqual([
      ['Bob Lee', 'ltr'],
      ['كارول', 'rtl'],
    ]);
  });

  it('names a row without a person by its call, with the call icon as its avatar', () => {
    const nobody = { ...call('n1', 'bob', ME, at(6, 8), 1, 2), senderId: undefined };
    renderLog({ history: [nobody], selfId: undefined });
    const [row] = screen.getAllByRole('listitem');
    expect(row!.querySelector('[data-part="person"]')).toHaveTextContent('Video call');
    const avatar = row!.querySelector('[data-part="avatar"]')!;
    expect([avatar.textContent, avatar.querySelector('svg')?.getBoundingClientRect().width]).toEqual([
      '',
      18.75,
    ]);
  });

  it('tells a windowed row its place among all the rows of the tab, not among the mounted ones', () => {
    renderLog({
      // A window of the third and fourth rows, as a virtualizer mounts them.
      renderRows: (rows, renderRow) => (
        <ul role="list">
          {rows
            .slice(2, 4)
            .map((row, index) =>
              renderRow(row, { 'aria-posinset': 2 + index + 1, 'aria-setsize': rows.length }),
            )}
        </ul>
      ),
    });
    const mounted = screen.getAllByRole('listitem');
    expect(
      mounted.map((item) => [
        item.querySelector('[data-part="person"]')?.textContent,
        item.getAttribute('aria-posinset'),
        item.getAttribute('aria-setsize'),
      ]),
    ).toEqual([
      ['Bob', '3', '6'],
      ['Bob', '4', '6'],
    ]);
  });

  it("lets the app's one-class rule win over its own CSS", () => {
    const style = document.createElement('style');
    style.textContent = '.app-log { background-color: rgb(1, 2, 3); }';
    document.head.prepend(style);
    const { container } = renderLog({ className: 'app-log' });
    expect(getComputedStyle(container.firstElementChild!).backgroundColor).toBe('rgb(1, 2, 3)');
    style.remove();
  });
});

describe('CallLog under a ThemeProvider theme', () => {
  /** The log under `<ThemeProvider theme={{ callRecords: darkTheme }}>`, inside a box with `style`. */
  function renderDark(style?: CSSProperties) {
    const { container } = render(
      <ThemeProvider theme={{ [CALL_RECORD_THEME_KEY]: darkTheme }}>
        <div style={style}>{testLog()}</div>
      </ThemeProvider>,
    );
    return container.querySelector('[role="tablist"]')!.parentElement!;
  }

  it("paints the log with darkTheme's background, its text readable at 4.5:1 or more", () => {
    const log = renderDark();
    expect(darkTheme.peerBackground).toBe('#202c33');
    expect(getComputedStyle(log).backgroundColor).toBe('rgb(32, 44, 51)');
    const texts = [
      ...screen.getAllByRole('heading'),
      ...screen.getAllByRole('tab'),
      ...[...log.querySelectorAll('[data-part="person"], [data-part="detail"], [data-part="when"]')],
    ];
    expect(texts.length).toBeGreaterThan(10);
    const unreadable = texts.filter((text) => textContrast(text).ratio < 4.5).map((text) => text.textContent);
    expect(unreadable).toEqual([]);
  });

  it("lets an ancestor's --crb-* property win over the theme, and reads the padding token", () => {
    const log = renderDark({ '--crb-peer-bg': 'rgb(1, 2, 3)', '--crb-padding': '3px' } as CSSProperties);
    expect(getComputedStyle(log).backgroundColor).toBe('rgb(1, 2, 3)');
    const row = screen.getAllByRole('listitem')[0]!;
    expect(getComputedStyle(row).paddingBlockStart).toBe('3px');
  });
});
