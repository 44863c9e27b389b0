// @vitest-environment node
import { describe, it, expect } from 'vitest';
import { renderToString } from 'react-dom/server';
import { ServerStyleSheet, ThemeProvider } from 'styled-components';
import type { ReactElement } from 'react';
import { CallRecordBubble } from '../src/CallRecordBubble';
import { CallRecordProvider } from '../src/CallRecordProvider';
import { CALL_RECORD_THEME_KEY, darkTheme } from '../src/theme';
import { collectCallRecords } from '../src/collect';
import { formatCallTime } from '../src/format';
import v2Completed from './fixtures/v2-message-completed.json';
import serverCopyRejected from './fixtures/server-copy-rejected.json';

function renderWithStyles(element: ReactElement): { html: string; styles: string } {
  const sheet = new ServerStyleSheet();
  try {
    const html = renderToString(sheet.collectStyles(element));
    return { html, styles: sheet.getStyleTags() };
  } finally {
    sheet.seal();
  }
}

describe('CallRecordBubble server rendering', () => {
  it('renders a button with the label, the accessible name and the bubble CSS', () => {
    const { html, styles } = renderWithStyles(
      <CallRecordBubble record={v2Completed} selfId="alice" locale="en" onCallBack={() => {}} />,
    );
    expect(html).toMatch(/^<button type="button"/);
    expect(html).toContain(
      'aria-label="Outgoing video call, Call duration: 01:15 (1 minute 15 seconds). Call back"',
    );
    expect(html).toContain('Call duration: 01:15');
    expect(html).toContain('data-side="self"');
    expect(styles).toContain('<style');
    expect(styles).toMatch(/\[data-side=['"]?self['"]?\]\)\{margin-inline:auto 0;/);
    expect(styles).toContain('background-color:var(--crb-self-bg, var(--crb-theme-self-bg, #d9fdd3))');
    expect(styles).toContain(':focus-visible');
    // Neither side: centred, no tail. The missed-call arrow mirrors under right-to-left.
    expect(styles).toContain("[data-side='unknown']){margin-inline:auto;");
    expect(styles).toContain(":dir(rtl) [data-part='arrow']){transform:scaleX(-1);}");
    const className = /class="([^"]+)"/.exec(html)?.[1]?.split(' ').at(-1);
    expect(className).toBeTruthy();
    expect(styles).toContain(`.${className}`);
  });

  it('renders a labelled group and no button without onCallBack', () => {
    const { html } = renderWithStyles(
      <CallRecordProvider selfId="bob" locale="zh-CN">
        <CallRecordBubble record={serverCopyRejected} />
      </CallRecordProvider>,
    );
    expect(html).not.toContain('<button');
    expect(html).toMatch(/^<div role="group" aria-label="视频来电，已拒绝"/);
    expect(html).toContain('>已拒绝<');
  });

  it('escapes hostile strings', () => {
    const { html } = renderWithStyles(
      <CallRecordBubble
        record={{ ...v2Completed, senderId: '"><script>alert(1)</script>' }}
        selfId="bob"
        locale="en"
        messages={{ completed: '<img src=x onerror=alert(1)> {duration}', callBack: '"><b>x</b>' }}
        onCallBack={() => {}}
      />,
    );
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<b>');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt; 01:14');
  });

  it('renders the fallback for a broken record on the server', () => {
    const { html } = renderWithStyles(<CallRecordBubble record="{broken" locale="en" />);
    expect(html).toContain('aria-label="Call record"');
  });

  it("emits the theme's tokens inline from theme.callRecords, under the theme's own properties", () => {
    const { html } = renderWithStyles(
      <ThemeProvider theme={{ [CALL_RECORD_THEME_KEY]: darkTheme }}>
        <CallRecordBubble record={v2Completed} selfId="alice" />
      </ThemeProvider>,
    );
    expect(html).toContain(`--crb-theme-self-bg:${darkTheme.selfBackground}`);
    expect(html).not.toContain('--crb-self-bg:');
  });

  it('uses one class for every bubble, whatever its side, tone or theme', () => {
    const { html, styles } = renderWithStyles(
      <>
        <CallRecordBubble record={v2Completed} selfId="alice" />
        <CallRecordBubble record={serverCopyRejected} selfId="bob" onCallBack={() => {}} />
        <ThemeProvider theme={{ [CALL_RECORD_THEME_KEY]: darkTheme }}>
          <CallRecordBubble record={null} />
        </ThemeProvider>
      </>,
    );
    const classes = new Set([...html.matchAll(/class="([^"]+)"/g)].map((match) => match[1]));
    expect(classes.size).toBe(1);
    expect(styles.match(/overflow-wrap:anywhere/g)).toHaveLength(1);
  });

  it('styles with logical properties only and wraps long text', () => {
    const { styles } = renderWithStyles(<CallRecordBubble record={v2Completed} />);
    expect(styles).not.toMatch(
      /(?:margin|padding|border)-(?:left|right)|[{;](?:left|right):|text-align:(?:left|right)/,
    );
    expect(styles).toContain('overflow-wrap:anywhere');
    expect(styles).toContain('max-inline-size:80%');
    expect(styles).toContain('border-end-end-radius');
  });

  it('leaves a zone-less time out of the server markup and its accessible name', () => {
    const { html } = renderWithStyles(
      <CallRecordBubble record={v2Completed} selfId="alice" locale="en" showTime />,
    );
    expect(html).not.toContain('<time');
    expect(html).toContain('aria-label="Outgoing video call, Call duration: 01:15 (1 minute 15 seconds)"');
    expect(html).toContain('Call duration: 01:15');
  });

  it('renders the time on the server when a time zone is given by prop or provider', () => {
    const time = formatCallTime(v2Completed.createTime, { locale: 'en', timeZone: 'Asia/Shanghai' });
    const label = `aria-label="Outgoing video call, Call duration: 01:15 (1 minute 15 seconds), ${time}"`;
    const byProp = renderWithStyles(
      <CallRecordBubble record={v2Completed} selfId="alice" locale="en" timeZone="Asia/Shanghai" showTime />,
    ).html;
    const byProvider = renderWithStyles(
      <CallRecordProvider timeZone="Asia/Shanghai">
        <CallRecordBubble record={v2Completed} selfId="alice" locale="en" showTime />
      </CallRecordProvider>,
    ).html;
    for (const html of [byProp, byProvider]) {
      expect(html).toContain(label);
      expect(html).toMatch(new RegExp(`<time[^>]*>${time}</time>`));
    }
  });

  it('renders the time on the server for a list item formatted with a time zone', () => {
    const [item] = collectCallRecords([v2Completed], {
      selfId: 'alice',
      locale: 'en',
      timeZone: 'Asia/Shanghai',
    }).items;
    const time = formatCallTime(v2Completed.createTime, { locale: 'en', timeZone: 'Asia/Shanghai' });
    const { html } = renderWithStyles(<CallRecordBubble record={item} showTime />);
    expect(html).toContain(
      `aria-label="Outgoing video call, Call duration: 01:15 (1 minute 15 seconds), ${time}"`,
    );
    expect(html).toMatch(new RegExp(`<time[^>]*>${time}</time>`));
  });

  it('ignores theme values that could break out of their declaration', () => {
    const { html } = renderWithStyles(
      <ThemeProvider
        theme={{ [CALL_RECORD_THEME_KEY]: { selfBackground: 'red;position:fixed', radius: '4px' } }}
      >
        <CallRecordBubble record={v2Completed} selfId="alice" />
      </ThemeProvider>,
    );
    expect(html).not.toContain('position:fixed');
    expect(html).not.toContain('-self-bg');
    expect(html).toContain('style="--crb-theme-radius:4px"');
  });
});
