// The Chromium rows of `npm run bench`: mounting 1,000 CallRecordBubbles vs the same DOM written by
// hand and vs the same elements rendered by plain React; appending one record to a mounted list vs the
// first mount; and the first mount in a fresh page (a new browser context) vs the same elements
// rendered by plain React in another fresh page.
// The page (bench/page/entry.mjs) is bundled with esbuild from the built dist/index.js plus react,
// react-dom and styled-components in production mode, served from 127.0.0.1 with cross-origin
// isolation (so performance.now() has 5 µs resolution, not 100 µs), and driven by playwright-core.
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { launchChromium } from '../scripts/chromium.mjs';
import { median, summarize } from './stats.mjs';

const ENTRY = fileURLToPath(new URL('./page/entry.mjs', import.meta.url));

const HTML = `<!doctype html>
<html lang="en" dir="ltr">
<head><meta charset="utf-8"><title>react-call-records bench</title>
<style>body{margin:0;font-family:system-ui,sans-serif}#stage{width:360px}</style></head>
<body><div id="stage"></div><script src="/bench.js"></script></body>
</html>`;

/**
 * Bundles the bench page: the real build plus its peers, minified, React in production mode.
 * `distFile` (default dist/index.js) swaps the library build, e.g. to compare a patched one.
 */
export async function buildPage(distFile, { minify = true } = {}) {
  const swapDist = {
    name: 'swap-dist',
    setup(b) {
      b.onResolve({ filter: /dist\/index\.js$/ }, () => ({ path: distFile }));
    },
  };
  const result = await build({
    plugins: distFile ? [swapDist] : [],
    entryPoints: [ENTRY],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify,
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

function serve(js) {
  const server = createServer((req, res) => {
    const headers = {
      'Cross-Origin-Opener-Policy': 'same-origin',
      'Cross-Origin-Embedder-Policy': 'require-corp',
      'Cache-Control': 'no-store',
    };
    if (req.url === '/' || req.url === '/index.html') {
      res.writeHead(200, { ...headers, 'Content-Type': 'text/html; charset=utf-8' });
      res.end(HTML);
    } else if (req.url === '/bench.js') {
      res.writeHead(200, { ...headers, 'Content-Type': 'text/javascript; charset=utf-8' });
      res.end(js);
    } else if (req.url === '/favicon.ico') {
      res.writeHead(204, headers);
      res.end();
    } else {
      res.writeHead(404, headers);
      res.end();
    }
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}

/** The viewport of every bench page. */
const VIEWPORT = { width: 800, height: 600 };

/**
 * Opens the bench page at `url` in a new browser context of `browser` (its own renderer process, so no
 * code or style cache is shared with other pages) and waits for `window.__bench`. Returns
 * `{ context, page, pageErrors }`: `pageErrors` collects the page's uncaught errors and console errors
 * (React reports failed renders there), for the caller to check after each step.
 */
export async function loadBenchPage(browser, url) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  const pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(error));
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(new Error(message.text()));
  });
  await page.goto(url);
  await page.waitForFunction(() => window.__bench !== undefined, undefined, { timeout: 30000 });
  return { context, page, pageErrors };
}

/**
 * Launches Chromium on the bench page and returns `{ page, browser, version, pageErrors, close }`.
 * `extraArgs` adds Chromium flags; `minify: false` keeps function names readable for the profiler.
 */
export async function openBenchPage({ extraArgs = [], distFile, minify = true } = {}) {
  const js = await buildPage(distFile, { minify });
  const server = await serve(js);
  const { port } = server.address();
  const browser = await launchChromium(['--js-flags=--expose-gc', ...extraArgs]);
  const { page, pageErrors } = await loadBenchPage(browser, `http://127.0.0.1:${port}/`);
  const close = async () => {
    await browser.close();
    await new Promise((resolve) => server.close(resolve));
  };
  return { page, browser, version: browser.version(), pageErrors, close };
}

/**
 * Runs `pageFunction(argument)` as the first thing a fresh page does (a new browser context loading the
 * bench page, see `loadBenchPage`) and returns what it returns; throws the page's first error, if any.
 */
async function inFreshPage(session, pageFunction, argument) {
  const { context, page, pageErrors } = await loadBenchPage(session.browser, session.page.url());
  try {
    const result = await page.evaluate(pageFunction, argument);
    if (pageErrors.length > 0) throw pageErrors[0];
    return result;
  } finally {
    await context.close();
  }
}

/**
 * The cold row: `pairs` pairs of fresh pages, one mounting the bubbles first thing, one rendering the
 * same elements with plain React (`captured` by setup) first thing; which runs first alternates between
 * pairs. Returns the summary and a note saying whether every page of both sides built the same DOM.
 */
async function coldPairs(session, { count, pairs, captured }) {
  const bubbles = [];
  const floors = [];
  const bubbleSide = () => inFreshPage(session, (n) => window.__bench.coldBubbles(n), count);
  const floorSide = () => inFreshPage(session, (data) => window.__bench.coldFloor(data), captured);
  for (let pair = 0; pair < pairs; pair += 1) {
    if (pair % 2 === 0) {
      bubbles.push(await bubbleSide());
      floors.push(await floorSide());
    } else {
      floors.push(await floorSide());
      bubbles.push(await bubbleSide());
    }
  }
  const digests = new Set([...bubbles, ...floors].map((page) => page.digest));
  const note =
    digests.size === 1
      ? `cold plain-React DOM verified identical to the cold bubbles' DOM in all ${pairs * 2} fresh pages`
      : `WARNING cold pages built ${digests.size} different DOMs (bubbles and plain React should build one)`;
  const elapsed = (pages) => pages.map((page) => page.elapsed);
  return { summary: summarize(elapsed(bubbles), elapsed(floors)), note };
}

/**
 * Runs `warmup + rounds` rounds of `pageRound(index)` in the bench page, throwing the page's first error,
 * and returns what the recorded rounds (those after the warm-up) returned.
 */
async function recordedRounds({ page, pageErrors }, pageRound, { rounds, warmup }) {
  const samples = [];
  for (let round = 0; round < warmup + rounds; round += 1) {
    const sample = await page.evaluate(pageRound, round);
    if (pageErrors.length > 0) throw pageErrors[0];
    if (round >= warmup) samples.push(sample);
  }
  return samples;
}

/**
 * Runs the render rows. Returns `{ version, mount, mountVsReact, append, cold, setup }`: `mount` compares
 * the bubbles with the hand-written DOM, `mountVsReact` with the same elements rendered by plain React,
 * `append` appending one record with the first mount, `cold` the first mount in a fresh page with the
 * same elements' first mount with plain React in a fresh page.
 */
export async function browserRows({ count, rounds, warmup, coldPairCount, distFile }) {
  const session = await openBenchPage({ distFile });
  try {
    const { page, pageErrors } = session;
    const setup = await page.evaluate((n) => window.__bench.setup(n), count);
    if (pageErrors.length > 0) throw pageErrors[0];
    const samples = await recordedRounds(session, (index) => window.__bench.round(index), { rounds, warmup });
    const times = (side) => samples.map((sample) => sample[side]);
    const mounts = times('mount');
    const cold = await coldPairs(session, { count, pairs: coldPairCount, captured: setup.captured });
    setup.notes.push(cold.note);
    return {
      version: session.version,
      setup,
      crossOriginIsolated: setup.crossOriginIsolated,
      mount: summarize(mounts, times('plain')),
      mountVsReact: summarize(mounts, times('floor')),
      append: summarize(times('append'), mounts),
      cold: cold.summary,
    };
  } finally {
    await session.close();
  }
}

/**
 * The call-log row: `CallLog` over `conversations × perConversation` call records with the rows a 320×640
 * screen shows rendered through `renderRows`, vs the same elements rendered by plain React (see
 * bench/page/callLog.mjs). Returns `{ version, window, firstRenderMedian, visibleRows, historySize, notes }`:
 * `window` compares mounting the window, `firstRenderMedian` is CallLog's untimed first render (the fold).
 */
export async function callLogWindowRow({ conversations, perConversation, rounds, warmup, distFile }) {
  const session = await openBenchPage({ distFile });
  try {
    const setup = await session.page.evaluate(
      ([c, p]) => window.__bench.callLogSetup(c, p),
      [conversations, perConversation],
    );
    if (session.pageErrors.length > 0) throw session.pageErrors[0];
    const samples = await recordedRounds(session, (index) => window.__bench.callLogRound(index), {
      rounds,
      warmup,
    });
    const times = (side) => samples.map((sample) => sample[side]);
    return {
      ...setup,
      version: session.version,
      window: summarize(times('callLog'), times('plain')),
      firstRenderMedian: median(times('firstRender')),
    };
  } finally {
    await session.close();
  }
}
