// Two checks of the packed package outside Vite, called by scripts/consumer/run.mjs:
//
//  - checkNextApp: a Next.js App Router app (next-app/) whose SERVER component imports
//    `react-call-records/core` and renders <CallRecordBubble record={message} /> directly; `next build`
//    must succeed, and the HTML that `next start` serves (prerendered and per request) must hold the
//    bubble, its text, and the styled-components rules of its class before it (the registry recipe).
//  - checkCoreWithoutReact: an app depending on react-call-records alone; npm installs no peer (all
//    optional), plain Node imports `react-call-records/core` there and it works; the main entry fails
//    there (control).
//
// Installs are cached between runs in one stable directory outside the repository (so nothing
// resolves from the repository's node_modules): `$CONSUMER_CACHE_DIR`, else
// <os tmp>/react-call-records-consumer-cache. The registry is asked again only when an app's
// dependencies change; the package itself is installed from the new tarball on every run.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { NPM_INSTALL, installedVersion } from './npm.mjs';
import { isComponentIdClass } from './styles.mjs';

const NEXT_TEMPLATE = fileURLToPath(new URL('./next-app', import.meta.url));
/** The message the page renders: the first of the React app's conversation, one source for both. */
const MESSAGE = fileURLToPath(new URL('./template/src/message.js', import.meta.url));
const CORE_PROBE = fileURLToPath(new URL('./core-only/probe.mjs', import.meta.url));

/** Next.js 16, the App Router's current major (`npm view next version` said 16.4.6). */
const NEXT_VERSION = '16.4.6';

/** The stable directory holding the cached installs. */
const CACHE_ROOT = process.env.CONSUMER_CACHE_DIR
  ? path.resolve(process.env.CONSUMER_CACHE_DIR)
  : path.join(os.tmpdir(), 'react-call-records-consumer-cache');

/** A minute, in the seconds `run` takes as its limit. */
const MINUTE = 60;

/**
 * Makes `dir` an npm project with `manifest`'s dependencies installed, reusing the previous install
 * when the manifest is unchanged (a marker file records the manifest of the last good install).
 * Returns whether the registry was asked.
 */
async function installCached(run, dir, manifest) {
  const wanted = `${JSON.stringify(manifest, null, 2)}\n`;
  const marker = path.join(dir, '.installed-manifest.json');
  mkdirSync(dir, { recursive: true });
  const cached =
    existsSync(marker) &&
    readFileSync(marker, 'utf8') === wanted &&
    existsSync(path.join(dir, 'node_modules'));
  if (cached) return false;
  rmSync(path.join(dir, 'node_modules'), { recursive: true, force: true });
  rmSync(path.join(dir, 'package-lock.json'), { force: true });
  rmSync(marker, { force: true });
  writeFileSync(path.join(dir, 'package.json'), wanted);
  await run('npm', NPM_INSTALL, { cwd: dir, seconds: 10 * MINUTE });
  writeFileSync(marker, wanted);
  return true;
}

/** Installs the package from `tarball` into the (cached) project `dir` without saving it. */
async function installTarball(run, dir, tarball) {
  rmSync(path.join(dir, 'node_modules', 'react-call-records'), { recursive: true, force: true });
  await run('npm', [...NPM_INSTALL, '--no-save', tarball], { cwd: dir, seconds: 5 * MINUTE });
}

/** A free TCP port on 127.0.0.1. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts `next start` on 127.0.0.1 in its own process group and waits until it answers.
 * Returns `{ origin, stop }`; `stop()` ends that process group (the server and anything it started).
 */
async function startNext(dir, env) {
  const port = await freePort();
  const server = spawn(
    process.execPath,
    [
      path.join(dir, 'node_modules', 'next', 'dist', 'bin', 'next'),
      'start',
      '-H',
      '127.0.0.1',
      '-p',
      String(port),
    ],
    { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true },
  );
  let output = '';
  server.stdout.on('data', (chunk) => (output += chunk));
  server.stderr.on('data', (chunk) => (output += chunk));
  const stop = () => {
    if (server.exitCode === null && server.signalCode === null) process.kill(-server.pid, 'SIGTERM');
  };
  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`next start exited with ${server.exitCode}:\n${output}`);
    const answered = await fetch(`${origin}/`).then(
      (response) => response.ok,
      () => false,
    );
    if (answered) return { origin, stop, output: () => output };
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  stop();
  throw new Error(`next start did not answer within 60 s:\n${output}`);
}

/** The attributes of the first start tag matching `tagPattern` in `html`, by name. */
function attributesOf(html, tagPattern) {
  const tag = tagPattern.exec(html);
  if (!tag) return undefined;
  const attributes = { index: tag.index };
  for (const match of tag[0].matchAll(/([\w:-]+)="([^"]*)"/g)) attributes[match[1]] = match[2];
  return attributes;
}

/** The CSS of every styled-components <style> tag in `html`, and where the first one starts. */
function styledComponentsCss(html) {
  const tags = [...html.matchAll(/<style[^>]*data-styled[^>]*>([\s\S]*?)<\/style>/g)];
  return { css: tags.map((tag) => tag[1]).join('\n'), firstIndex: tags[0]?.index ?? -1 };
}

/** Decodes the few entities React writes in attribute values. */
function decodeAttribute(value) {
  return value
    .replaceAll('&quot;', '"')
    .replaceAll('&#x27;', "'")
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&');
}

/** What the served page must show: the core-formatted summary, the bubble, and the bubble's CSS before it. */
function assertServedPage(assert, html, where) {
  assert(
    /<p id="summary">Call duration: 01:15<\/p>/.test(html),
    `${where}: the server component's text from react-call-records/core is missing`,
  );
  const bubble = attributesOf(html, /<div\b[^>]*\brole="group"[^>]*>/);
  assert(bubble, `${where}: no bubble (<div role="group">) in the server HTML`);
  const name = decodeAttribute(bubble['aria-label'] ?? '');
  assert(
    /outgoing video call/i.test(name) && /call duration: 01:15/i.test(name),
    `${where}: the bubble's accessible name is ${JSON.stringify(name)}`,
  );
  assert(bubble['data-side'] === 'self', `${where}: the bubble is not on the viewer's side`);
  assert(
    html.includes('>Call duration: 01:15</span>'),
    `${where}: the bubble's label is not in the server HTML`,
  );
  const { css, firstIndex } = styledComponentsCss(html);
  assert(firstIndex >= 0, `${where}: no styled-components <style> tag in the server HTML`);
  assert(
    firstIndex < bubble.index,
    `${where}: the bubble's styles come after the bubble (a flash of unstyled bubbles)`,
  );
  const classes = (bubble.class ?? '')
    .split(/\s+/)
    .filter((name) => name !== '' && !isComponentIdClass(name));
  assert(classes.length > 0, `${where}: the bubble has no generated class: ${JSON.stringify(bubble.class)}`);
  for (const name of classes) {
    assert(
      // The bubble's rules sit in :where(), so the class may be followed by its closing parenthesis.
      new RegExp(`\\.${name}\\)?\\{[^}]*display:flex`).test(css),
      `${where}: no rule for the bubble's class .${name} in the server styles: ${css.slice(0, 300)}`,
    );
  }
}

/**
 * The Next.js App Router app. The harness is run.mjs's `{ check, skip, assert, run }`; `tarball` the
 * packed package, built from `packageDir`; `locked(name)` the version the library develops against;
 * `childEnv` the environment for child processes.
 */
export async function checkNextApp({ check, skip, assert, run }, { tarball, packageDir, locked, childEnv }) {
  const label = `next${NEXT_VERSION.split('.')[0]}`;
  const dir = path.join(CACHE_ROOT, label);
  const nextEnv = { NEXT_TELEMETRY_DISABLED: '1' };
  const installed = await check(
    `${label}: an App Router app installs next ${NEXT_VERSION}, react ${locked('react')} and the tarball`,
    async () => {
      const askedRegistry = await installCached(run, dir, {
        name: 'consumer-next',
        private: true,
        dependencies: {
          next: NEXT_VERSION,
          react: locked('react'),
          'react-dom': locked('react-dom'),
          'styled-components': locked('styled-components'),
        },
      });
      console.log(`     ${askedRegistry ? 'installed from the registry' : 'dependencies cached'} in ${dir}`);
      await installTarball(run, dir, tarball);
      assert(
        installedVersion(dir, 'next') === NEXT_VERSION,
        `next ${installedVersion(dir, 'next')} installed`,
      );
      assert(
        installedVersion(dir, 'react') === locked('react'),
        `react ${installedVersion(dir, 'react')} installed`,
      );
      assert(
        readFileSync(path.join(dir, 'node_modules', 'react-call-records', 'dist', 'index.js'), 'utf8') ===
          readFileSync(path.join(packageDir, 'dist', 'index.js'), 'utf8'),
        'the installed react-call-records is not the tarball just packed',
      );
    },
  );
  if (!installed) {
    skip(`${label}: next build`, 'install failed');
    skip(`${label}: next start serves the bubble with its styles`, 'install failed');
    return;
  }

  const built = await check(
    `${label}: next build (a server component renders <CallRecordBubble> and imports /core)`,
    async () => {
      rmSync(path.join(dir, 'app'), { recursive: true, force: true });
      rmSync(path.join(dir, '.next'), { recursive: true, force: true });
      cpSync(NEXT_TEMPLATE, dir, { recursive: true });
      cpSync(MESSAGE, path.join(dir, 'app', 'message.js'));
      await run(process.execPath, [path.join(dir, 'node_modules', 'next', 'dist', 'bin', 'next'), 'build'], {
        cwd: dir,
        env: nextEnv,
        seconds: 8 * MINUTE,
      });
    },
  );
  if (!built) {
    skip(`${label}: next start serves the bubble with its styles`, 'next build failed');
    return;
  }

  await check(
    `${label}: next start serves the bubble and its styles in the server HTML (/ and per request)`,
    async () => {
      const server = await startNext(dir, { ...childEnv, ...nextEnv });
      try {
        for (const route of ['/', '/dynamic']) {
          const response = await fetch(`${server.origin}${route}`);
          assert(response.ok, `${route}: HTTP ${response.status}`);
          assertServedPage(assert, await response.text(), route);
        }
      } finally {
        server.stop();
      }
    },
  );
}

/**
 * Plain Node in an app that depends on react-call-records alone, as a server or worker would: npm
 * installs no peer (all three are optional in `peerDependenciesMeta`), `/core` and `/locales` load and
 * work, and the main entry fails for want of React (the control).
 */
export async function checkCoreWithoutReact({ check, assert, run }, { tarball }) {
  const dir = path.join(CACHE_ROOT, 'core-without-react');
  await check(
    'core-only: an app without React installs the tarball alone; plain Node runs /core',
    async () => {
      rmSync(dir, { recursive: true, force: true });
      mkdirSync(dir, { recursive: true });
      const manifest = {
        name: 'consumer-core-only',
        private: true,
        type: 'module',
        dependencies: { 'react-call-records': `file:${tarball}` },
      };
      writeFileSync(path.join(dir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
      cpSync(CORE_PROBE, path.join(dir, 'probe.mjs'));
      await run('npm', NPM_INSTALL, { cwd: dir, seconds: 5 * MINUTE });
      // npm 7 and later install the peers a package requires; optional ones only when the app has them.
      const lockfile = JSON.parse(readFileSync(path.join(dir, 'package-lock.json'), 'utf8'));
      const installed = Object.keys(lockfile.packages).filter((location) => location !== '');
      assert(
        installed.length === 1 && installed[0] === 'node_modules/react-call-records',
        `npm installed more than the package: ${installed.join(', ')}`,
      );
      for (const peer of ['react', 'react-dom', 'styled-components']) {
        assert(!existsSync(path.join(dir, 'node_modules', peer)), `${peer} was installed; it should not be`);
      }
      const { stdout } = await run(process.execPath, ['probe.mjs'], { cwd: dir, seconds: MINUTE });
      const summary = JSON.parse(stdout);
      assert(!summary.coreError, `react-call-records/core failed: ${summary.coreError}`);
      assert(
        summary.coreText === 'Call duration: 00:42',
        `core formatted ${JSON.stringify(summary.coreText)}`,
      );
      assert(
        summary.localeText === 'Durée de l’appel\u202f: 00:42',
        `core formatted ${JSON.stringify(summary.localeText)} with the French locale object`,
      );
      assert(
        summary.mainError?.code === 'ERR_MODULE_NOT_FOUND' &&
          /'(react|styled-components)[/']/.test(summary.mainError.message),
        `control: the main entry should fail for want of React here, got ${JSON.stringify(summary.mainError)}`,
      );
    },
  );
}
