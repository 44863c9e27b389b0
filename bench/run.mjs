// `npm run bench`: every row is a ratio of the library against a floor measured in the same process
// and run (medians over interleaved rounds after warm-up), so the figures hold on a noisy machine. Each
// row prints the median of its per-round ratios, their spread (lowest and highest round, and how far
// those are from the median), its aim, and OK or MISSED.
//
//   node bench/run.mjs                 all rows (about 3 min on a 2-core machine shared with other work)
//   node bench/run.mjs --only=parse    only rows whose name contains "parse" (also: hook, collect, calllog, render,
//                                      and calllog-window: only the call log's Chromium row)
//   node bench/run.mjs --rounds=15     recorded rounds of the Node rows (default 11, after 3 warm-up rounds;
//                                      the Chromium rows run four times as many plus 4, rounded up to a
//                                      multiple of 6 so that each of the three sides runs first, second and
//                                      last equally often: one round is short, and single rounds on a shared
//                                      machine vary from 0.9× to over 2×; the cold row takes as many pairs
//                                      of fresh pages as the Node rows take rounds)
//
// It measures the built package (dist/index.js); it runs `npm run build` first when dist is missing
// or older than src/.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { browserRows, callLogWindowRow } from './browser-rows.mjs';
import {
  callLogRow,
  collectRow,
  hookAppendRow,
  localeName,
  localeSwitchRow,
  parseObjectsRow,
  parseStringsRow,
} from './node-rows.mjs';
import { ms, ratio, spread, spreadAroundMedian, table } from './stats.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
// BENCH_DIST=/path/to/index.js benchmarks another build of the library (e.g. a patched one) instead.
const DIST = process.env.BENCH_DIST ?? join(ROOT, 'dist', 'index.js');

const args = Object.fromEntries(
  process.argv.slice(2).map((arg) => {
    const [key, value = 'true'] = arg.replace(/^--/, '').split('=');
    return [key, value];
  }),
);
const ROUNDS = Number(args.rounds ?? 11);
const WARMUP = Number(args.warmup ?? 3);
const RENDER_ROUNDS = Math.ceil((ROUNDS * 4 + 4) / 6) * 6;
const only = args.only ? String(args.only).split(',') : undefined;
const wants = (name) => only === undefined || only.some((o) => name.includes(o));

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

function ensureBuild() {
  if (process.env.BENCH_DIST) return;
  const stale = existsSync(DIST) && statSync(DIST).mtimeMs < newestMtime(join(ROOT, 'src'));
  if (existsSync(DIST) && !stale) return;
  console.log(
    stale ? 'dist/ is older than src/: running npm run build…' : 'dist/ missing: running npm run build…',
  );
  const result = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error('npm run build failed');
    process.exit(1);
  }
}

async function main() {
  ensureBuild();
  const lib = await import(pathToFileURL(DIST).href);
  // The opt-in locales of the same build (react-call-records/locales), when it has them.
  const localesFile = join(dirname(DIST), 'locales.js');
  const locales = existsSync(localesFile) ? await import(pathToFileURL(localesFile).href) : {};
  const cpus = os.cpus();
  const header = [
    `machine:  ${cpus[0]?.model ?? 'unknown CPU'} × ${cpus.length} · ${os.platform()} ${os.release()} · ${Math.round(os.totalmem() / 2 ** 30)} GiB`,
    `node:     ${process.version} (V8 ${process.versions.v8})`,
  ];
  console.log(`benchmarking ${DIST} …`);

  const rows = [];
  /**
   * Adds a row. `aim` is `{ ratio }` (the median ratio must not exceed it) or `{ spread }` (no round's
   * ratio may stray further than that fraction from the median).
   */
  const add = (name, subjectLabel, baselineLabel, result, aim) => {
    rows.push([
      name,
      `${subjectLabel} ${ms(result.subjectMedian)}`,
      `${baselineLabel} ${ms(result.baselineMedian)}`,
      ratio(result.ratio),
      spread(result),
      describeAim(aim),
      meetsAim(result, aim) ? 'OK' : 'MISSED',
    ]);
    console.log(`  done: ${name} (${ratio(result.ratio)})`);
  };
  const skip = (name, why) => {
    rows.push([name, why, '', '', '', '', 'SKIPPED']);
    console.log(`  skipped: ${name}: ${why}`);
  };
  const need = (...names) => names.filter((n) => typeof lib[n] !== 'function');
  const options = { rounds: ROUNDS, warmup: WARMUP };

  if (wants('parse')) {
    const missing = need('parseCallRecord');
    if (missing.length > 0) {
      skip('parse', `dist/index.js lacks ${missing.join(', ')}`);
      skip('parse, objects', `dist/index.js lacks ${missing.join(', ')}`);
    } else {
      const strings = await parseStringsRow(lib, { count: 100_000, passes: 1, ...options });
      add('parse (100k server-copy strings)', 'parseCallRecord', 'JSON.parse×2', strings, { ratio: 1.4 });
      // A field copy of 100k messages takes a few milliseconds, about what the scheduler of a busy
      // machine takes away at once: eight reads of them a round give the rounds a comparable spread.
      const objects = await parseObjectsRow(lib, { count: 100_000, passes: 8, ...options });
      add('parse, objects (100k V2 messages ×8)', 'parseCallRecord', 'field copy', objects, { spread: 0.25 });
    }
  }

  if (wants('hook')) {
    const missing = need('createCallRecordCollector');
    if (missing.length > 0) skip('hook, append', `dist/index.js lacks ${missing.join(', ')}`);
    else {
      const hook = await hookAppendRow(lib, { count: 10_000, appends: 50, ...options });
      add('hook, append 1 to 10k', 'append', 'from scratch', hook, { ratio: 0.01 });
    }
  }

  if (wants('collect')) {
    const missing = need(
      'collectCallRecords',
      'createCallRecordCollector',
      'parseCallRecord',
      'formatCallRecord',
    );
    if (missing.length > 0) skip('collect', `dist/index.js lacks ${missing.join(', ')}`);
    else {
      const collect = await collectRow(lib, { count: 10_000, slices: 6, ...options });
      add('collect 10k messages', 'collectCallRecords', 'parse+format loop', collect, { ratio: 1.5 });
      const targets = ['zh-CN', locales.fr ?? 'ja'];
      const switched = await localeSwitchRow(lib, { count: 10_000, targets, slices: 6, ...options });
      const switchLabel = `en → ${targets.map(localeName).join('/')}`;
      add('collect, locale switch 10k', switchLabel, 'first collect', switched, { ratio: 0.5 });
    }
  }

  if (wants('calllog')) {
    const missing = need('buildCallLog', 'parseCallRecord', 'formatCallRecord');
    if (missing.length > 0) skip('call log', `dist/index.js lacks ${missing.join(', ')}`);
    else {
      const log = await callLogRow(lib, { conversations: 10, perConversation: 1_000, slices: 6, ...options });
      add('call log, fold 10k records (10 people)', 'buildCallLog', 'parse+format loop', log, { ratio: 2.5 });
    }
  }

  let chromiumVersion = 'not run';
  const notes = [];
  if (wants('render')) {
    const missing = need('parseCallRecord').concat(lib.CallRecordBubble ? [] : ['CallRecordBubble']);
    if (missing.length > 0) skip('render', `dist/index.js lacks ${missing.join(', ')}`);
    else {
      const render = await browserRows({
        count: 1000,
        rounds: RENDER_ROUNDS,
        warmup: WARMUP,
        coldPairCount: ROUNDS,
        distFile: process.env.BENCH_DIST,
      });
      chromiumVersion = render.version;
      add('render, mount 1,000 (Chromium)', 'bubbles', 'plain DOM', render.mount, { ratio: 1.5 });
      add('render, mount 1,000 vs React', 'bubbles', 'same elements, React', render.mountVsReact, {
        ratio: 1.15,
      });
      add('render, append 1 to 1,000', 'append', 'first mount', render.append, { ratio: 0.05 });
      add('render, cold first mount', 'bubbles', 'same elements, React', render.cold, { ratio: 1.3 });
      notes.push(...(render.setup.notes ?? []));
      if (!render.crossOriginIsolated) notes.push('page not cross-origin isolated: timer resolution 100 µs');
    }
  }

  // Named by both: a Chromium row (--only=render) of the call log (--only=calllog).
  if (wants('render calllog-window')) {
    const missing = lib.CallLog ? [] : ['CallLog'];
    if (missing.length > 0) skip('render, call log window', `dist/index.js lacks ${missing.join(', ')}`);
    else {
      const log = await callLogWindowRow({
        conversations: 10,
        perConversation: 1_000,
        rounds: RENDER_ROUNDS,
        warmup: WARMUP,
        distFile: process.env.BENCH_DIST,
      });
      chromiumVersion = log.version;
      const name = `render, call log: ${log.visibleRows} rows of 10k vs React`;
      add(name, 'CallLog window', 'same elements, React', log.window, { ratio: 1.15 });
      notes.push(
        ...log.notes,
        `call log: CallLog's first render (folding the ${log.historySize} records, tabs; untimed in the row) took ${ms(log.firstRenderMedian)} (median)`,
      );
    }
  }

  console.log();
  console.log(header.join('\n'));
  console.log(`chromium: ${chromiumVersion}`);
  console.log(
    `rounds:   ${ROUNDS} (Node rows) and ${RENDER_ROUNDS} (Chromium rows) recorded after ${WARMUP} warm-up;\n` +
      `          and ${ROUNDS} pairs of fresh pages (cold row); subject and baseline interleaved;\n` +
      '          ratio = median of the per-round ratios; spread = lowest–highest round (from the median)\n',
  );
  console.log(
    table(['row', 'subject (median)', 'baseline (median)', 'ratio', 'spread of rounds', 'aim', ''], rows),
  );
  for (const note of notes) console.log(`note: ${note}`);
  if (rows.some((r) => r[6] === 'MISSED')) console.log('\nSome ratios missed their aim (see MISSED).');
}

/** An aim in words: `≤ 1.40×`, or `spread ±25 %`. */
function describeAim(aim) {
  if (aim.ratio !== undefined) return `≤ ${ratio(aim.ratio)}`;
  return `spread ±${Math.round(aim.spread * 100)} %`;
}

/** Whether a row's result meets its aim (see `add` in main). */
function meetsAim(result, aim) {
  if (aim.ratio !== undefined) return result.ratio <= aim.ratio;
  const { below, above } = spreadAroundMedian(result);
  return Math.max(below, above) <= aim.spread;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
