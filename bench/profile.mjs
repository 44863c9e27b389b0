// Profiles one benchmark subject and prints where the time goes (self time by function and by module).
// Not part of `npm run bench`; used to find the cause when a ratio misses its aim.
//
//   node bench/profile.mjs render    Chromium CPU profile of 20 mounts of 1,000 bubbles, plus a
//                                    build-vs-layout split of bubbles and plain DOM
//   node bench/profile.mjs cold      Chromium CPU profiles of the cold row: first mounts of the bubbles
//                                    and of the same elements in plain React, 8 fresh pages each
//   node bench/profile.mjs parse     Node CPU profile of parseCallRecord over 100k server-copy strings
//   node bench/profile.mjs objects   … over 100k V2 message objects
//   node bench/profile.mjs collect   … of collectCallRecords of a 10,000-message conversation
//   node bench/profile.mjs loop      … of the collect row's floor: parseCallRecord + formatCallRecord over it
//   node bench/profile.mjs switch    … of a collector holding it in English collecting it again in zh-CN
//
// The Node modes name the source file of each function (src/collect/dedupe.ts), read from the build's
// source maps. BENCH_DIST=/path/to/index.js profiles another build. `--top=40` prints more rows;
// `--runs=20` profiles more runs (default 3 after one warm-up).
import { Session } from 'node:inspector/promises';
import { findSourceMap } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { loadBenchPage, openBenchPage } from './browser-rows.mjs';
import { makeConversation, makeServerCopyStrings, makeV2Messages } from './data.mjs';
import { median, ms, table } from './stats.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = process.env.BENCH_DIST ?? join(ROOT, 'dist', 'index.js');
const mode = process.argv[2] ?? 'render';
const TOP = Number((process.argv.find((a) => a.startsWith('--top=')) ?? '--top=25').slice(6));
const RUNS = Number((process.argv.find((a) => a.startsWith('--runs=')) ?? '--runs=3').slice(7));

/**
 * Module boundaries of a non-minified esbuild bundle: esbuild marks each module with a
 * `// path/to/module.js` comment line. Returns a function from a 0-based line number to that path.
 */
function moduleMap(source) {
  const starts = [];
  source.split('\n').forEach((line, index) => {
    const match = /^\s*\/\/ ((?:node_modules|dist|bench|src|\.tmp)\/\S+|\S+\.m?[jt]sx?)$/.exec(line);
    if (match) starts.push([index, match[1]]);
  });
  return (line) => {
    let found = '(bundle)';
    for (const [start, path] of starts) {
      if (start > line) break;
      found = path;
    }
    return found.replace(/^node_modules\//, '');
  };
}

/**
 * Aggregates V8 CPU profiles into self time per function and per module (`(idle)` excluded).
 * `placeOf(url, lineNumber, columnNumber)` names where a function is: `{ module, line }` (1-based line).
 */
function summarizeProfile(profiles, placeOf, runs = profiles.length) {
  let total = 0;
  const byFunction = new Map();
  const byModule = new Map();
  for (const profile of profiles) {
    const hits = new Map();
    for (const node of profile.nodes) hits.set(node.id, 0);
    for (const sample of profile.samples) hits.set(sample, hits.get(sample) + 1);
    const perSample = (profile.endTime - profile.startTime) / Math.max(1, profile.samples.length);
    for (const node of profile.nodes) {
      const self = hits.get(node.id) * perSample;
      const { functionName, url, lineNumber, columnNumber } = node.callFrame;
      if (self === 0 || functionName === '(idle)') continue;
      total += self;
      const place = url ? placeOf(url, lineNumber, columnNumber) : { module: functionName || '(native)' };
      const { module } = place;
      const name = `${functionName || '(anonymous)'}  ${module}${place.line === undefined ? '' : `:${place.line}`}`;
      byFunction.set(name, (byFunction.get(name) ?? 0) + self);
      byModule.set(module, (byModule.get(module) ?? 0) + self);
    }
  }
  const rows = (map) =>
    [...map.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, TOP)
      .map(([name, time]) => [name, ms(time / 1000 / runs), `${((time / total) * 100).toFixed(1)}%`]);
  console.log(table(['self time by module (per run)', 'time', 'share'], rows(byModule)));
  console.log();
  console.log(table(['self time by function (per run)', 'time', 'share'], rows(byFunction)));
}

async function profileRender() {
  const session = await openBenchPage({ distFile: process.env.BENCH_DIST, minify: false });
  try {
    const { page } = session;
    const setup = await page.evaluate(() => window.__bench.setup(1000));
    for (const note of setup.notes) console.log(`note: ${note}`);
    for (let i = 0; i < 3; i += 1) await page.evaluate((index) => window.__bench.round(index), i);
    // Where the bubbles' extra time goes, without the profiler: the same DOM written by hand, the same
    // DOM rendered by React from the captured strings (no library code), the bubbles, and the library's
    // formatting work alone; 15 interleaved rounds, medians.
    const samples = [];
    for (let i = 0; i < 15; i += 1) {
      const split = await page.evaluate((plainFirst) => window.__bench.split(plainFirst), i % 2 === 1);
      const floor = await page.evaluate(() => {
        window.gc();
        return window.__bench.mountFloor();
      });
      const [format] = await page.evaluate(() => window.__bench.formatOnly(1));
      samples.push({ ...split, floorBuild: floor.build, floorLayout: floor.layout, format });
    }
    const col = (key) => median(samples.map((s) => s[key]));
    const row = (name, build, layout) => [
      name,
      ms(col(build)),
      ms(col(layout)),
      ms(col(build) + col(layout)),
    ];
    console.log(
      table(
        ['1,000 bubbles, median of 15', 'build DOM (JS)', 'style + layout', 'total'],
        [
          row('plain DOM (hand-written)', 'plainBuild', 'plainLayout'),
          row('same DOM rendered by React', 'floorBuild', 'floorLayout'),
          row('CallRecordBubble', 'bubbleBuild', 'bubbleLayout'),
          ['  of which formatting alone', ms(col('format')), '', ''],
        ],
      ),
    );
    console.log();
    // Profile only the mounts (render, commit, style and layout), not the unmounts between them.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    const profiles = [];
    const times = [];
    for (let i = 0; i < 20; i += 1) {
      await cdp.send('Profiler.start');
      times.push(await page.evaluate(() => window.__bench.mountKeep()));
      profiles.push((await cdp.send('Profiler.stop')).profile);
      await page.evaluate(() => window.__bench.unmountKept());
    }
    console.log(
      `20 profiled mounts of 1,000 bubbles: median ${ms(median(times))} (profiler overhead included)\n`,
    );
    summarizeProfile(profiles, await bundlePlaces(page));
  } finally {
    await session.close();
  }
}

/** Names a place in the non-minified bench bundle by its module (see `moduleMap`). */
async function bundlePlaces(page) {
  const source = await page.evaluate(() => fetch('/bench.js').then((response) => response.text()));
  const lineModule = moduleMap(source);
  return (url, line) => ({ module: url.endsWith('/bench.js') ? lineModule(line) : url, line: line + 1 });
}

/**
 * The cold row under the profiler: pairs of fresh pages, one mounting the bubbles first thing, one the
 * same elements with plain React (as `npm run bench` does), each profiled over its timed part (render,
 * commit, style and layout); then where each side's time goes.
 */
async function profileCold() {
  const PAGES = 8;
  const session = await openBenchPage({ distFile: process.env.BENCH_DIST, minify: false });
  try {
    const setup = await session.page.evaluate(() => window.__bench.setup(1000));
    const placeOf = await bundlePlaces(session.page);
    const sides = [
      { name: 'bubbles', run: (n) => window.__bench.coldBubbles(n), argument: 1000 },
      { name: 'plain React', run: (data) => window.__bench.coldFloor(data), argument: setup.captured },
    ].map((side) => ({ ...side, profiles: [], times: [] }));
    for (let pair = 0; pair < PAGES; pair += 1) {
      const order = pair % 2 === 0 ? sides : [...sides].reverse();
      for (const side of order) {
        const { context, page } = await loadBenchPage(session.browser, session.page.url());
        const cdp = await context.newCDPSession(page);
        const finished = new Promise((resolve) => cdp.once('Profiler.consoleProfileFinished', resolve));
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
        await page.evaluate(() => window.__bench.profileTimedMounts('cold'));
        const { elapsed } = await page.evaluate(side.run, side.argument);
        side.profiles.push((await finished).profile);
        side.times.push(elapsed);
        await context.close();
      }
    }
    for (const side of sides) {
      console.log(
        `\n${side.name}: ${PAGES} cold mounts of 1,000, median ${ms(median(side.times))} (profiled)\n`,
      );
      summarizeProfile(side.profiles, placeOf);
    }
  } finally {
    await session.close();
  }
}

/**
 * Where a position in a built file comes from, by its source map: `{ module: 'src/collect/dedupe.ts',
 * line }`; else the built file itself (relative to the project) and its line.
 */
function sourcePlaceOf(url, lineNumber, columnNumber) {
  const entry = findSourceMap(url)?.findEntry(lineNumber, columnNumber);
  if (entry?.originalSource) {
    const module = entry.originalSource.replace(/^.*?\/(src|node_modules)\//, '$1/');
    return { module, line: entry.originalLine + 1 };
  }
  return { module: url.replace(pathToFileURL(ROOT).href, ''), line: lineNumber + 1 };
}

async function profileNode(run) {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 100 });
  run(); // warm-up
  await session.post('Profiler.start');
  const t0 = performance.now();
  for (let i = 0; i < RUNS; i += 1) run();
  const elapsed = (performance.now() - t0) / RUNS;
  const { profile } = await session.post('Profiler.stop');
  session.disconnect();
  console.log(`${ms(elapsed)} per run (mean of ${RUNS}, under the profiler)\n`);
  summarizeProfile([profile], sourcePlaceOf, RUNS);
}

/** Fresh copies of a 10,000-message conversation, one per profiled run, so no identity cache helps. */
function conversations() {
  return Array.from({ length: RUNS + 1 }, () => makeConversation(10_000).messages);
}

async function main() {
  // Source maps on before the build loads, so that profiles name the source files.
  process.setSourceMapsEnabled(true);
  const lib = await import(pathToFileURL(DIST).href);
  const options = { selfId: 'me', locale: 'en' };
  if (mode === 'render') return profileRender();
  if (mode === 'cold') return profileCold();
  if (mode === 'parse') {
    const inputs = makeServerCopyStrings(100_000);
    return profileNode(() => inputs.forEach((s) => lib.parseCallRecord(s)));
  }
  if (mode === 'objects') {
    const inputs = makeV2Messages(100_000);
    return profileNode(() => inputs.forEach((m) => lib.parseCallRecord(m)));
  }
  if (mode === 'collect') {
    const lists = conversations();
    return profileNode(() => lib.collectCallRecords(lists.pop(), options));
  }
  if (mode === 'loop') {
    const lists = conversations();
    return profileNode(() => {
      for (const message of lists.pop()) {
        const parsed = lib.parseCallRecord(message);
        if (parsed.ok) lib.formatCallRecord(parsed.record, options);
      }
    });
  }
  if (mode === 'switch') {
    // Collectors holding the conversation in English, filled before profiling.
    const filled = conversations().map((messages) => {
      const collector = lib.createCallRecordCollector();
      collector.collect(messages, options);
      return { collector, messages };
    });
    return profileNode(() => {
      const { collector, messages } = filled.pop();
      collector.collect(messages, { ...options, locale: 'zh-CN' });
    });
  }
  throw new Error(`unknown mode ${mode}: use render, cold, parse, objects, collect, loop or switch`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
