#!/usr/bin/env node
// Screenshots of every story in light, dark and right-to-left (Arabic), for review by eye.
//
//   node scripts/screenshots.mjs            build Storybook, then shoot every story
//   node scripts/screenshots.mjs --reuse    reuse an existing storybook-static/
//   node scripts/screenshots.mjs --only chat-   only stories whose id contains "chat-"
//
// Builds with `storybook build`, serves storybook-static/ on 127.0.0.1 (a random free
// port) with a tiny node:http server, and drives the system Chromium through
// playwright-core (nothing is downloaded). Writes screenshots/<story-id>--<variant>.png.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from './chromium.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const staticDir = path.join(root, 'storybook-static');
const outDir = path.join(root, 'screenshots');
const argv = process.argv.slice(2);
const reuse = argv.includes('--reuse');
const onlyIndex = argv.indexOf('--only');
const only = onlyIndex >= 0 ? argv[onlyIndex + 1] : undefined;

/** Toolbar globals per variant, in Storybook's URL syntax (`key:value;key:value`). */
const VARIANTS = {
  light: 'theme:light;direction:ltr',
  dark: 'theme:dark;direction:ltr',
  rtl: 'theme:light;direction:rtl;locale:ar',
};

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};

function build() {
  console.log('building Storybook…');
  const result = spawnSync('npx', ['storybook', 'build', '--quiet', '-o', 'storybook-static'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' },
  });
  if (result.status !== 0) throw new Error(`storybook build failed (exit ${result.status})`);
}

/** Serves `dir` on 127.0.0.1 at a random free port; resolves to { server, origin }. */
function serve(dir) {
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      let file = path.normalize(path.join(dir, decodeURIComponent(url.pathname)));
      if (!file.startsWith(dir)) {
        res.writeHead(403).end();
        return;
      }
      if (url.pathname.endsWith('/')) file = path.join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': MIME[path.extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
      resolve({ server, origin: `http://127.0.0.1:${port}` });
    });
  });
}

async function main() {
  if (!reuse || !existsSync(path.join(staticDir, 'index.json'))) build();
  const index = JSON.parse(await readFile(path.join(staticDir, 'index.json'), 'utf8'));
  const stories = Object.values(index.entries)
    .filter((entry) => entry.type === 'story')
    .filter((entry) => !only || entry.id.includes(only))
    .map((entry) => entry.id);
  if (stories.length === 0) throw new Error('no stories found in storybook-static/index.json');

  if (!only) await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  const { server, origin } = await serve(staticDir);
  const browser = await launchChromium();
  const failures = [];
  try {
    const context = await browser.newContext({ viewport: { width: 800, height: 600 }, deviceScaleFactor: 1 });
    const page = await context.newPage();
    let errors = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    for (const id of stories) {
      for (const [variant, globals] of Object.entries(VARIANTS)) {
        errors = [];
        const url = `${origin}/iframe.html?id=${encodeURIComponent(id)}&viewMode=story&globals=${globals}`;
        await page.goto(url, { waitUntil: 'load' });
        // Wait until the story rendered and its play function (if any) ran to the end.
        const phase = await page
          .waitForFunction(
            () => {
              const render = /** @type {any} */ (window).__STORYBOOK_PREVIEW__?.currentRender;
              return ['finished', 'errored', 'aborted'].includes(render?.phase) ? render.phase : false;
            },
            undefined,
            { timeout: 30_000 },
          )
          .then((handle) => handle.jsonValue())
          .catch(() => 'timeout');
        await page.evaluate(() => document.fonts.ready);
        await page.mouse.move(0, 0); // no hover state in the picture
        const file = path.join(outDir, `${id}--${variant}.png`);
        await page.screenshot({ path: file, fullPage: true, animations: 'disabled' });
        const ok = phase === 'finished' && errors.length === 0;
        if (!ok) failures.push(`${id} (${variant}): ${phase} ${errors.join(' | ')}`);
        console.log(`${ok ? '✓' : '✗'} ${path.relative(root, file)}${ok ? '' : ` (${phase})`}`);
      }
    }
  } finally {
    await browser.close();
    server.close();
  }
  console.log(
    `\n${stories.length} stories × ${Object.keys(VARIANTS).length} variants → ${path.relative(root, outDir)}/`,
  );
  if (failures.length > 0) {
    console.error(
      `\n${failures.length} screenshot(s) of stories that did not finish cleanly:\n${failures.join('\n')}`,
    );
    process.exitCode = 1;
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
