// Server rendering in plain Node: the installed package (ESM, through its `exports` map),
// react-dom/server and styled-components' ServerStyleSheet, the way an SSR app uses them.
//
// Usage: node ssr.mjs <client-dist-dir>
// Renders <App /> (transpiled from src/App.tsx into ssr-build/ by the driver), writes
// <client-dist-dir>/ssr.html (the client's index.html with the markup and the style tags in it)
// and prints a JSON summary on stdout.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { ServerStyleSheet } from 'styled-components';
import { CallRecordBubble, parseCallRecord } from 'react-call-records';
import { App } from './ssr-build/App.js';

const distDir = process.argv[2];
if (!distDir) throw new Error('usage: node ssr.mjs <client-dist-dir>');

const sheet = new ServerStyleSheet();
let html;
let styleTags;
try {
  html = renderToString(sheet.collectStyles(createElement(App)));
  styleTags = sheet.getStyleTags();
} finally {
  sheet.seal();
}

// Single bubbles straight from the package, without the app or a provider: a parsed record (a v9
// message: Alice called Bob, who never answered) renders on its own for Bob, as a labelled group
// without onCallBack and as a button with it.
const parsed = parseCallRecord(
  '{"type":"g2","from":"alice","to":"bob","time":1732500300000,"idClient":"x1","attach":{"type":2,"channelId":"42","status":4,"durations":[]}}',
);
const single = parsed.ok
  ? renderToString(createElement(CallRecordBubble, { record: parsed.record, selfId: 'bob', locale: 'en' }))
  : '';
const singleButton = parsed.ok
  ? renderToString(
      createElement(CallRecordBubble, {
        record: parsed.record,
        selfId: 'bob',
        locale: 'en',
        onCallBack: () => {},
      }),
    )
  : '';

const template = readFileSync(join(distDir, 'index.html'), 'utf8');
if (!template.includes('<!--ssr-html-->') || !template.includes('<!--ssr-styles-->')) {
  throw new Error('index.html lost its <!--ssr-html--> / <!--ssr-styles--> placeholders');
}
writeFileSync(
  join(distDir, 'ssr.html'),
  template.replace('<!--ssr-styles-->', () => styleTags).replace('<!--ssr-html-->', () => html),
);

process.stdout.write(JSON.stringify({ html, styleTags, parsedOk: parsed.ok, single, singleButton }));
