// One place for how the project finds and starts Chromium with playwright-core: the lookup order
// lives in ./browser/find.mjs, the flags that keep it quiet on a machine with a closed network here.
// Installing a missing Chromium is ./browser/provide.mjs (run by `pretest`), never this file.
import { accessSync, constants, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { findChromium } from './browser/find.mjs';

const require = createRequire(import.meta.url);

/** Flags for headless runs here: no GPU, no first-run UI, no background connections. */
const CHROMIUM_ARGS = [
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The command that finds or installs a Chromium, for messages. */
const PROVIDE_COMMAND = 'npm run browser';

/** Words for where a found Chromium came from, for the one line that prints it. */
const SOURCE_WORDS = {
  CHROMIUM_PATH: 'from CHROMIUM_PATH',
  playwright: "Playwright's own Chromium",
  system: 'installed on the system',
};

/** Whether `file` is a file this process may execute. */
export function isExecutableFile(file) {
  try {
    if (!statSync(file).isFile()) return false;
    if (process.platform !== 'win32') accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Where Playwright keeps its own Chromium (the file may not exist), or `undefined`. */
function playwrightChromiumPath() {
  try {
    return require('playwright-core').chromium.executablePath() || undefined;
  } catch {
    return undefined;
  }
}

/** Looks for a Chromium on this machine (see `findChromium` for the order). */
export function lookUpChromium(env = process.env) {
  return findChromium({
    env,
    platform: process.platform,
    isExecutable: isExecutableFile,
    playwrightPath: playwrightChromiumPath,
  });
}

/** The one line that says which Chromium is used: `Chromium: /usr/bin/chromium (installed on the system)`. */
export function describeChromium(found) {
  return `Chromium: ${found.path} (${SOURCE_WORDS[found.source]})`;
}

/** The one line that says why no Chromium can be used and what to run. */
export function missingChromiumMessage(lookup) {
  if (lookup.kind === 'unusable') {
    return (
      `CHROMIUM_PATH=${lookup.path} is not an executable file: ` +
      'point it at a Chromium or Chrome binary (CHROMIUM_PATH=/path/to/chrome npm test) or unset it.'
    );
  }
  return (
    "No Chromium found (CHROMIUM_PATH unset, no Playwright Chromium, none in the system's usual places): " +
    `run \`${PROVIDE_COMMAND}\` to install one, or CHROMIUM_PATH=/path/to/chrome npm test.`
  );
}

/** The Chromium binary to launch; throws the one-line {@link missingChromiumMessage} when there is none. */
function chromiumPath() {
  const lookup = lookUpChromium();
  if (lookup.kind !== 'found') throw new Error(missingChromiumMessage(lookup));
  return lookup.path;
}

/**
 * Playwright launch options: {@link CHROMIUM_ARGS} plus `extraArgs`, and an `executablePath` looked
 * up only when a browser is launched (so loading a config that holds these needs no browser).
 */
export function chromiumLaunchOptions(extraArgs = []) {
  return {
    args: [...CHROMIUM_ARGS, ...extraArgs],
    get executablePath() {
      return chromiumPath();
    },
  };
}

/** Launches headless Chromium with {@link CHROMIUM_ARGS} plus `extraArgs`. */
export function launchChromium(extraArgs = []) {
  const { chromium } = require('playwright-core');
  return chromium.launch(chromiumLaunchOptions(extraArgs));
}
