#!/usr/bin/env node
// The "real package" proof: what a user who installs react-call-records from a registry gets.
//
//  1. `npm pack` the built library; publint --strict and attw (ESM-only profile) on it.
//  2. For React 19 and React 18.3: a fresh app in a temporary directory OUTSIDE the repository
//     (so nothing can resolve from the repository's node_modules) installs the tarball, react,
//     react-dom and styled-components from the registry (the npm cache is preferred), is type-checked
//     against the package's .d.ts, built with Vite and rendered in headless Chromium: roles,
//     accessible names, labels, call back, no console errors, no network.
//  3. The same app rendered in plain Node with renderToString + ServerStyleSheet, then hydrated in
//     Chromium with hydrateRoot: no hydration warnings (and a negative control proving a mismatch
//     would be seen).
//  4. A Next.js 16 App Router app (next-app/): a server component imports react-call-records/core and
//     renders <CallRecordBubble> directly; `next build`, then the HTML `next start` serves holds the
//     bubble and its styles (scripts/consumer/next.mjs; installs cached outside the repository).
//  5. An app that depends on react-call-records alone: npm installs no peer (they are optional), and
//     plain Node runs react-call-records/core and /locales there. (The template app also type-checks
//     react-call-records/nim, without nim-web-sdk-ng installed: the SDK is its optional peer.)
//
// Usage: node scripts/consumer/run.mjs [--build] [--only=react19,react18,next16,core-only] [--keep] [--screenshots]
//   --build        run `npm run build` first (done anyway when dist/index.js is missing)
//   --keep         keep the temporary directory (its path is printed)
//   --screenshots  write a PNG per page into the temporary directory (implies --keep)
// Closes with "N passed, N failed" on its own line; exits 1 on any failure.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runBounded } from '../browser/run-bounded.mjs';
import { isComponentIdClass } from './styles.mjs';
import { checkCoreWithoutReact, checkNextApp } from './next.mjs';
import { NPM_INSTALL, installedVersion } from './npm.mjs';

const REPO = fileURLToPath(new URL('../..', import.meta.url));
const TEMPLATE = fileURLToPath(new URL('./template', import.meta.url));
// The package to pack: the repository, or (for trying the driver on a scratch build) another directory.
const PACKAGE_DIR = process.env.CONSUMER_PACKAGE_DIR ? path.resolve(process.env.CONSUMER_PACKAGE_DIR) : REPO;
const args = new Set(process.argv.slice(2));
const only = [...args].find((a) => a.startsWith('--only='))?.slice('--only='.length);
/** Whether the part named `name` runs (all do without `--only=`). */
const wants = (name) => !only || only.split(',').includes(name);
const screenshots = args.has('--screenshots');
const keep = args.has('--keep') || screenshots;

const rootPkg = JSON.parse(readFileSync(path.join(PACKAGE_DIR, 'package.json'), 'utf8'));
const lock = JSON.parse(readFileSync(path.join(REPO, 'package-lock.json'), 'utf8'));
/** The version the library itself develops against, from its lockfile. */
const locked = (name) => {
  const version = lock.packages?.[`node_modules/${name}`]?.version;
  if (!version) throw new Error(`${name} is not in package-lock.json`);
  return version;
};

const APPS = [
  {
    name: 'react19',
    react: locked('react'),
    dependencies: { react: locked('react'), 'react-dom': locked('react-dom') },
    devDependencies: {
      '@types/react': locked('@types/react'),
      '@types/react-dom': locked('@types/react-dom'),
    },
  },
  {
    name: 'react18',
    react: '18.3.1',
    dependencies: { react: '18.3.1', 'react-dom': '18.3.1' },
    devDependencies: { '@types/react': '18.3.31', '@types/react-dom': '18.3.7' },
  },
].filter((app) => wants(app.name));

// ---------------------------------------------------------------- tiny harness
const results = [];
async function check(name, fn) {
  const started = Date.now();
  try {
    await fn();
    results.push({ name, ok: true });
    console.log(`ok   ${name} (${((Date.now() - started) / 1000).toFixed(1)}s)`);
    return true;
  } catch (error) {
    results.push({ name, ok: false });
    console.log(`FAIL ${name} (${((Date.now() - started) / 1000).toFixed(1)}s)`);
    console.log(indent(error instanceof Error ? (error.stack ?? error.message) : String(error)));
    return false;
  }
}
function skip(name, reason) {
  results.push({ name, ok: false });
  console.log(`FAIL ${name} (not run: ${reason})`);
}
function assert(condition, message) {
  if (!condition) throw new Error(message);
}
function indent(text) {
  return String(text)
    .split('\n')
    .map((line) => `     ${line}`)
    .join('\n');
}

/** Child processes get the user's environment minus what `npm run` injects about THIS package. */
const childEnv = Object.fromEntries(
  Object.entries(process.env).filter(
    ([key]) => !/^npm_(package_|lifecycle_|config_local_prefix$|command$)/i.test(key),
  ),
);
/** The most any one command of the check may take, in seconds, unless it is given its own limit. */
const COMMAND_SECONDS = 10 * 60;

/**
 * Runs a command in `cwd` (default: the repository) for at most `seconds` (default: ten minutes), in its
 * own process group, ended with whatever it started when time runs out or on Ctrl-C (runBounded).
 * Resolves with its stdout and stderr; rejects with the tail of its output when it fails.
 */
async function run(command, commandArgs, { cwd = REPO, env = {}, seconds = COMMAND_SECONDS } = {}) {
  const result = await runBounded(command, commandArgs, { cwd, env: { ...childEnv, ...env }, seconds });
  const what = `${command} ${commandArgs.join(' ')} (in ${cwd})`;
  if (result.timedOut) throw new Error(`${what} took over ${seconds} s`);
  if (result.code !== 0) {
    const tail = result.output.trim().split('\n').slice(-40).join('\n');
    throw new Error(`${what} exited with ${result.code}\n${tail}`);
  }
  return { stdout: result.stdout, stderr: result.stderr };
}
const nodeBin = (pkg, bin = pkg) => {
  const manifest = JSON.parse(readFileSync(path.join(REPO, 'node_modules', pkg, 'package.json'), 'utf8'));
  const rel = typeof manifest.bin === 'string' ? manifest.bin : manifest.bin[bin];
  return path.join(REPO, 'node_modules', pkg, rel);
};

// ---------------------------------------------------------------- static server on 127.0.0.1
const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.map': 'application/json',
};
function serve(rootDir) {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    let file = path.normalize(path.join(rootDir, decodeURIComponent(url.pathname)));
    if (!file.startsWith(rootDir)) {
      res.writeHead(403).end();
      return;
    }
    if (file.endsWith(path.sep)) file = path.join(file, 'index.html');
    if (!existsSync(file)) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': MIME[path.extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ server, origin: `http://127.0.0.1:${server.address().port}` }),
    ),
  );
}

// ---------------------------------------------------------------- browser checks
/**
 * Opens `url` and collects what a user (and a developer's console) would see.
 * Requests leaving the local server are aborted and reported: the library makes no network calls.
 */
async function openPage(browser, url, origin) {
  // The browser's zone differs from the SSR process's (TZ below): times must come from the app's timeZone.
  const page = await browser.newPage({ viewport: { width: 420, height: 900 }, timezoneId: 'Europe/Berlin' });
  page.setDefaultTimeout(10_000);
  const consoleMessages = [];
  const pageErrors = [];
  const foreignRequests = [];
  page.on('console', (message) => consoleMessages.push({ type: message.type(), text: message.text() }));
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.route('**/*', (route) => {
    const requestUrl = route.request().url();
    if (requestUrl.startsWith(origin)) return route.continue();
    foreignRequests.push(requestUrl);
    return route.abort();
  });
  await page.goto(url);
  await page.locator('html[data-rendered="true"]').waitFor({ state: 'attached' });
  return { page, consoleMessages, pageErrors, foreignRequests };
}

/** Accessible names of the buttons inside a locator, read from Chromium's accessibility tree. */
async function buttonNames(locator) {
  const snapshot = await locator.ariaSnapshot();
  // The snapshot is YAML: `- button "name"`, or the whole key single-quoted (a ' inside doubled) when
  // the name holds a YAML-significant sequence such as ": ".
  return [...snapshot.matchAll(/- ('?)button "((?:[^"\\]|\\.)*)"/g)].map(([, singleQuoted, name]) =>
    JSON.parse(`"${singleQuoted ? name.replaceAll("''", "'") : name}"`),
  );
}

function expectOne(names, pattern, where) {
  const hits = names.filter((name) => pattern.test(name));
  assert(
    hits.length === 1,
    `${where}: expected one button named ${pattern}, got ${hits.length} in ${JSON.stringify(names, null, 1)}`,
  );
}

async function expectText(locator, text, where) {
  const count = await locator.getByText(text, { exact: true }).count();
  assert(count >= 1, `${where}: no element with the text ${JSON.stringify(text)}`);
}

async function expectStatus(page, text) {
  await page
    .getByRole('status')
    .filter({ hasText: text })
    .waitFor({ timeout: 5_000 })
    .catch(async () => {
      throw new Error(
        `status should say ${JSON.stringify(text)}, says ${JSON.stringify(await page.getByRole('status').textContent())}`,
      );
    });
}

/** What both the client-rendered and the hydrated page must show and do. */
async function assertChat(page, app) {
  // The app must run ITS react and react-dom (react-dom 18.3.1 reports "18.3.1-next-…" at run time).
  const versions = await page.getByTestId('versions').textContent();
  const match = /^React (\S+) \/ ReactDOM (\S+)$/.exec(versions ?? '');
  assert(
    match && match[1] === app.react && (match[2] === app.react || match[2].startsWith(`${app.react}-`)),
    `the page runs ${JSON.stringify(versions)}, expected React ${app.react} from the app's own node_modules`,
  );

  const alice = page.getByRole('region', { name: 'Alice' });
  const aliceNames = await buttonNames(alice);
  // Every call bubble with someone to call back is a button naming the media and ending with the action.
  assert(
    aliceNames.length === 4,
    `Alice: expected 4 call-back buttons, got ${JSON.stringify(aliceNames, null, 1)}`,
  );
  for (const name of aliceNames) {
    assert(/\b(voice|video)\b/i.test(name), `Alice: button ${JSON.stringify(name)} does not name the media`);
    assert(/call back/i.test(name), `Alice: button ${JSON.stringify(name)} does not name the action`);
  }
  expectOne(aliceNames, /outgoing video call.*1 minute 15 seconds/i, 'Alice');
  expectOne(aliceNames, /outgoing video call.*declined/i, 'Alice');
  expectOne(aliceNames, /outgoing voice call.*no answer/i, 'Alice');
  expectOne(aliceNames, /3 missed calls \(voice\)/i, 'Alice');
  // A bare attach and an iOS object name no sender: nobody knows whose call it was, so they are
  // labelled groups with wording true for both sides, and nobody to call back.
  for (const name of ['Voice call, Call duration: 00:12 (12 seconds)', 'Video call, Line busy']) {
    const groups = await alice.getByRole('group', { name, exact: true }).count();
    assert(groups === 1, `Alice: expected one group named ${JSON.stringify(name)}, found ${groups}`);
  }
  for (const text of [
    'Call duration: 01:15',
    'Declined',
    'No answer',
    '3 missed calls',
    'Call duration: 00:12',
    'Line busy',
    'Call record',
    '1 broken, 1 other',
  ]) {
    await expectText(alice, text, 'Alice');
  }

  const bob = page.getByRole('region', { name: 'Bob', exact: true });
  const bobNames = await buttonNames(bob);
  assert(
    bobNames.length === 3,
    `Bob: expected 3 call-back buttons, got ${JSON.stringify(bobNames, null, 1)}`,
  );
  expectOne(bobNames, /视频.*01:14|视频.*1分钟14秒/, 'Bob');
  expectOne(bobNames, /视频.*已拒绝/, 'Bob');
  expectOne(bobNames, /语音.*未接听/, 'Bob');
  for (const text of ['通话时长 01:14', '已拒绝', '未接听']) await expectText(bob, text, 'Bob');
  // showTime with the provider's timeZone (Asia/Shanghai): the time of day is in the text and the name.
  for (const time of ['10:01', '10:03', '10:05']) {
    assert(
      (await bob.locator('time').getByText(time, { exact: true }).count()) === 1,
      `Bob: no <time> ${time}`,
    );
    expectOne(bobNames, new RegExp(time), 'Bob');
  }

  await expectBrowserTimes(page, 'Bob (Korean)', 'ko', 'Asia/Seoul');
  await expectBrowserTimes(page, 'Bob (Arabic)', 'ar', 'Asia/Riyadh');

  // Calling back: the callback receives the record and the peer (the callee for the caller, else the caller).
  await expectStatus(page, 'No call back yet');
  await alice.getByRole('button', { name: /declined/i }).click();
  await expectStatus(page, 'Calling back bob (video)');
  await alice.getByRole('button', { name: /3 missed calls/i }).focus();
  await page.keyboard.press('Enter');
  await expectStatus(page, 'Calling back carol (audio)');
  await bob.getByRole('button', { name: /已拒绝/ }).focus();
  await page.keyboard.press('Space');
  await expectStatus(page, 'Calling back alice (video)');
}

/**
 * Every time of day in the region is what this browser's own `Intl` writes for its `dateTime`, in the
 * visible text and at the end of the bubble's accessible name, whatever the server wrote (Node's ICU
 * writes some locales' times otherwise, e.g. ko "AM 11:05" where Chromium writes "오전 11:05").
 */
async function expectBrowserTimes(page, region, locale, timeZone) {
  const times = await page.getByRole('region', { name: region, exact: true }).evaluate(
    (section, [tag, zone]) => {
      const format = new Intl.DateTimeFormat(tag, { timeStyle: 'short', timeZone: zone });
      return [...section.querySelectorAll('time')].map((time) => ({
        shown: time.textContent,
        expected: format.format(new Date(time.dateTime)),
        name: time.closest('[aria-label]')?.getAttribute('aria-label') ?? '',
      }));
    },
    [locale, timeZone],
  );
  assert(times.length === 3, `${region}: expected 3 times of day, found ${times.length}`);
  for (const { shown, expected, name } of times) {
    assert(
      shown === expected,
      `${region}: the time reads ${JSON.stringify(shown)}, the browser writes ${JSON.stringify(expected)}`,
    );
    assert(
      name.endsWith(expected),
      `${region}: the name ${JSON.stringify(name)} does not end with ${JSON.stringify(expected)}`,
    );
  }
}

function assertQuiet({ consoleMessages, pageErrors, foreignRequests }, where) {
  const noisy = consoleMessages.filter((m) => m.type === 'error' || m.type === 'warning');
  assert(pageErrors.length === 0, `${where}: uncaught errors: ${JSON.stringify(pageErrors, null, 1)}`);
  assert(noisy.length === 0, `${where}: console errors/warnings: ${JSON.stringify(noisy, null, 1)}`);
  assert(
    foreignRequests.length === 0,
    `${where}: network requests left the page: ${foreignRequests.join(', ')}`,
  );
}

// ---------------------------------------------------------------- main
const started = Date.now();
const work = mkdtempSync(path.join(os.tmpdir(), 'react-call-records-consumer-'));
console.log(`# consumer tests in ${work}`);
let browser;
let http;

try {
  if (args.has('--build') || !existsSync(path.join(PACKAGE_DIR, 'dist', 'index.js'))) {
    await check('library builds (npm run build)', () => run('npm', ['run', 'build']));
  }

  let tarball;
  const packed = await check(
    'npm pack ships dist, types, maps and the documents `files` names, and nothing else',
    async () => {
      const { stdout } = await run('npm', ['pack', '--json', '--pack-destination', work], {
        cwd: PACKAGE_DIR,
      });
      const [info] = JSON.parse(stdout.slice(stdout.indexOf('[')));
      tarball = path.join(work, info.filename);
      const files = info.files.map((f) => f.path);
      // Every file package.json `exports` names (`.`, `./core`, …), the main entry's source map, and
      // every single file `files` names beside dist/ (README, LICENSE, the documents README links to).
      const exported = Object.values(rootPkg.exports).flatMap((target) =>
        typeof target === 'string' ? [target] : Object.values(target),
      );
      const documents = rootPkg.files.filter((entry) => entry !== 'dist');
      const required = new Set([
        ...exported.map((file) => file.replace(/^\.\//, '')),
        'dist/index.js.map',
        ...documents,
      ]);
      for (const file of required) {
        assert(files.includes(file), `the tarball lacks ${file}: ${files.join(', ')}`);
      }
      const stray = files.filter(
        (file) => !file.startsWith('dist/') && file !== 'package.json' && !documents.includes(file),
      );
      assert(stray.length === 0, `the tarball ships files users do not need: ${stray.join(', ')}`);
      // README's relative links must resolve in the installed package (npm shows no repository files).
      const readme = readFileSync(path.join(PACKAGE_DIR, 'README.md'), 'utf8');
      const linked = [...readme.matchAll(/\]\(([^)#\s]+)[^)]*\)/g)]
        .map((match) => match[1])
        .filter((target) => !/^[a-z][a-z+.-]*:/i.test(target));
      for (const target of linked) {
        assert(files.includes(target), `README links to ${target}, which the tarball lacks`);
      }
      console.log(indent(`${info.filename}: ${files.length} files, ${info.size} bytes packed`));
    },
  );

  await check('publint --strict reports nothing', async () => {
    const { stdout, stderr } = await run('node', [nodeBin('publint'), '--strict'], { cwd: PACKAGE_DIR });
    const output = `${stdout}${stderr}`;
    assert(/All good/i.test(output), `publint has something to say:\n${output}`);
  });

  if (packed) {
    await check('attw (ESM-only profile) finds no type-resolution problems in the tarball', async () => {
      await run('node', [
        nodeBin('@arethetypeswrong/cli', 'attw'),
        tarball,
        '--profile',
        'esm-only',
        '--format',
        'table-flipped',
        '--no-color',
      ]);
    });
  } else {
    skip('attw (ESM-only profile) finds no type-resolution problems in the tarball', 'no tarball');
  }

  // Outside Vite and without a browser: Next.js (server components) and plain Node without React.
  const harness = { check, skip, assert, run };
  if (wants('next16')) {
    if (packed) await checkNextApp(harness, { tarball, packageDir: PACKAGE_DIR, locked, childEnv });
    else skip('next16: the Next.js App Router app', 'no tarball');
  }
  if (wants('core-only')) {
    if (packed) await checkCoreWithoutReact(harness, { tarball });
    else
      skip('core-only: an app without React installs the tarball alone; plain Node runs /core', 'no tarball');
  }

  const { launchChromium } = await import('../chromium.mjs');
  const { build } = await import('vite');
  const { default: react } = await import('@vitejs/plugin-react');
  const ts = (await import('typescript')).default;
  http = await serve(work);
  const getBrowser = async () => (browser ??= await launchChromium());

  for (const app of APPS) {
    const dir = path.join(work, app.name);
    const label = `${app.name}`;
    const installed = await check(
      `${label}: a fresh app installs the tarball with react ${app.react}`,
      async () => {
        assert(tarball, 'no tarball');
        cpSync(TEMPLATE, dir, { recursive: true });
        writeFileSync(
          path.join(dir, 'package.json'),
          `${JSON.stringify(
            {
              name: `consumer-${app.name}`,
              private: true,
              type: 'module',
              dependencies: {
                ...app.dependencies,
                'react-call-records': `file:${path.relative(dir, tarball)}`,
                'styled-components': locked('styled-components'),
              },
              devDependencies: app.devDependencies,
            },
            null,
            2,
          )}\n`,
        );
        await run('npm', NPM_INSTALL, { cwd: dir });
        assert(
          installedVersion(dir, 'react') === app.react,
          `react ${installedVersion(dir, 'react')} installed, expected ${app.react}`,
        );
        assert(
          installedVersion(dir, 'react-dom') === app.react,
          `react-dom ${installedVersion(dir, 'react-dom')} installed`,
        );
        assert(
          installedVersion(dir, 'react-call-records') === rootPkg.version,
          'the tarball was not installed',
        );
        for (const peer of ['react', 'react-dom', 'styled-components']) {
          assert(
            !existsSync(path.join(dir, 'node_modules', 'react-call-records', 'node_modules', peer)),
            `the package brought its own copy of ${peer}`,
          );
        }
      },
    );
    if (!installed) {
      for (const what of ['type-checks', 'client render', 'SSR', 'hydration', 'mismatch control'])
        skip(`${label}: ${what}`, 'install failed');
      continue;
    }

    await check(`${label}: the app type-checks against the package's .d.ts (skipLibCheck off)`, () =>
      run('node', [
        path.join(REPO, 'node_modules', 'typescript', 'bin', 'tsc'),
        '-p',
        path.join(dir, 'tsconfig.json'),
      ]),
    );

    await check(`${label}: /core, /locales and /nim type-check under moduleResolution "node" too`, () =>
      run('node', [
        path.join(REPO, 'node_modules', 'typescript', 'bin', 'tsc'),
        '-p',
        path.join(dir, 'tsconfig.node10.json'),
      ]),
    );

    const viteBuild = async (outDir, development) => {
      const previous = process.env.NODE_ENV;
      process.env.NODE_ENV = development ? 'development' : 'production';
      try {
        await build({
          root: dir,
          base: './',
          configFile: false,
          envFile: false,
          logLevel: 'error',
          mode: development ? 'development' : 'production',
          plugins: [react()],
          build: {
            outDir: path.join(dir, outDir),
            emptyOutDir: true,
            minify: !development,
            sourcemap: false,
          },
        });
      } finally {
        if (previous === undefined) delete process.env.NODE_ENV;
        else process.env.NODE_ENV = previous;
      }
    };

    await check(
      `${label}: Vite build renders the chat in Chromium (roles, names, labels, call back)`,
      async () => {
        await viteBuild('dist', false);
        const opened = await openPage(
          await getBrowser(),
          `${http.origin}/${app.name}/dist/index.html`,
          http.origin,
        );
        try {
          await assertChat(opened.page, app);
          if (screenshots)
            await opened.page.screenshot({ path: path.join(work, `${app.name}-client.png`), fullPage: true });
          assertQuiet(opened, 'client render');
        } finally {
          await opened.page.close();
        }
      },
    );

    let ssr;
    await check(
      `${label}: renderToString + ServerStyleSheet in plain Node (ESM import of the package)`,
      async () => {
        const source = readFileSync(path.join(dir, 'src', 'App.tsx'), 'utf8');
        const { outputText } = ts.transpileModule(source, {
          compilerOptions: {
            jsx: ts.JsxEmit.ReactJSX,
            module: ts.ModuleKind.ESNext,
            target: ts.ScriptTarget.ES2022,
            verbatimModuleSyntax: true,
          },
          fileName: 'App.tsx',
        });
        mkdirSync(path.join(dir, 'ssr-build'), { recursive: true });
        writeFileSync(path.join(dir, 'ssr-build', 'App.js'), outputText);
        cpSync(path.join(dir, 'src', 'message.js'), path.join(dir, 'ssr-build', 'message.js'));
        // A development build of the client: React reports hydration mismatches only in development.
        await viteBuild('dist-dev', true);
        const { stdout } = await run('node', ['ssr.mjs', path.join(dir, 'dist-dev')], {
          cwd: dir,
          env: { TZ: 'America/New_York' },
        });
        ssr = JSON.parse(stdout);
        assert(ssr.parsedOk === true, 'parseCallRecord imported in Node did not parse a bare attach');
        assert(
          /^<div role="group" aria-label="[^"]*video[^"]*missed call[^"]*"/i.test(ssr.single),
          `a bubble without onCallBack should be a labelled group naming media and outcome: ${ssr.single}`,
        );
        assert(
          /^<button type="button" aria-label="[^"]*video[^"]*missed call[^"]*Call back"/i.test(
            ssr.singleButton,
          ),
          `a bubble with onCallBack should be a button named with the action: ${ssr.singleButton}`,
        );
        for (const text of [
          'Call duration: 01:15',
          'Declined',
          'No answer',
          '3 missed calls',
          'Line busy',
          'Call record',
          '通话时长 01:14',
          '已拒绝',
          '未接听',
          `React ${app.react} / ReactDOM ${app.react}`,
        ]) {
          assert(ssr.html.includes(text), `server markup lacks ${JSON.stringify(text)}`);
        }
        assert(
          (ssr.html.match(/<button\b/g) ?? []).length === 7,
          'server markup should hold 7 call-back buttons (Alice 4, Bob 3)',
        );
        assert(
          /^<style[^>]*data-styled[^>]*>/.test(ssr.styleTags),
          `no styled-components style tag: ${ssr.styleTags.slice(0, 200)}`,
        );
        const css = ssr.styleTags.replace(/<[^>]+>/g, '');
        assert(/\{[^}]*:[^}]*\}/.test(css), 'the style tag holds no CSS rules');
        // Every class the markup uses that looks generated is defined in the collected CSS.
        const classes = new Set([...ssr.html.matchAll(/class="([^"]*)"/g)].flatMap((m) => m[1].split(/\s+/)));
        const undefinedClasses = [...classes].filter(
          (c) => c && !isComponentIdClass(c) && !css.includes(`.${c}`),
        );
        assert(
          undefinedClasses.length === 0,
          `classes in the markup without CSS: ${undefinedClasses.join(', ')}`,
        );
      },
    );

    if (!ssr) {
      skip(`${label}: hydration`, 'SSR failed');
      skip(`${label}: mismatch control`, 'SSR failed');
      continue;
    }

    await check(
      `${label}: hydrateRoot over the server markup logs no hydration warning, then works`,
      async () => {
        const opened = await openPage(
          await getBrowser(),
          `${http.origin}/${app.name}/dist-dev/ssr.html`,
          http.origin,
        );
        try {
          const devBuild = opened.consoleMessages.some((m) => /React DevTools/i.test(m.text));
          assert(
            devBuild,
            'the hydration page does not run a development build of React (mismatches would go unreported)',
          );
          await assertChat(opened.page, app);
          if (screenshots)
            await opened.page.screenshot({
              path: path.join(work, `${app.name}-hydrated.png`),
              fullPage: true,
            });
          assertQuiet(opened, 'hydration');
        } finally {
          await opened.page.close();
        }
      },
    );

    await check(`${label}: a deliberate mismatch IS reported (control for the check above)`, async () => {
      const opened = await openPage(
        await getBrowser(),
        `${http.origin}/${app.name}/dist-dev/ssr.html#mismatch`,
        http.origin,
      );
      try {
        const seen = () =>
          opened.consoleMessages.some(
            (m) =>
              (m.type === 'error' || m.type === 'warning') &&
              /hydrat|did not match|didn't match/i.test(m.text),
          ) || opened.pageErrors.some((text) => /hydrat|did not match|didn't match/i.test(text));
        for (let i = 0; i < 20 && !seen(); i++) await opened.page.waitForTimeout(100);
        assert(seen(), `no mismatch reported: ${JSON.stringify(opened.consoleMessages, null, 1)}`);
      } finally {
        await opened.page.close();
      }
    });
  }
} catch (error) {
  results.push({ name: 'driver', ok: false });
  console.log(
    `FAIL driver\n${indent(error instanceof Error ? (error.stack ?? error.message) : String(error))}`,
  );
} finally {
  await browser?.close();
  http?.server.close();
  if (keep) console.log(`# kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}

const passed = results.filter((r) => r.ok).length;
const failed = results.length - passed;
console.log(`# consumer tests took ${((Date.now() - started) / 1000).toFixed(1)}s`);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed === 0 && passed > 0 ? 0 : 1;
