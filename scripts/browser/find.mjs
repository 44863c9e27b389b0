// Where the project looks for a Chromium to drive, in order: `$CHROMIUM_PATH`, the Chromium that
// Playwright itself installed, then the usual system locations. Pure: the environment and the
// file-system check come in as parameters, so the order is testable without touching the machine.
import path from 'node:path';

/**
 * The usual places of Chromium and Google Chrome per platform, in the order they are tried. `base`
 * names the environment variable the `path` is relative to (`'absolute'` for a fixed path).
 *
 * @type {Readonly<Record<string, readonly import('./find.d.mts').SystemLocation[]>>}
 */
const SYSTEM_LOCATIONS = {
  linux: [
    { name: 'Debian chromium', base: 'absolute', path: '/usr/bin/chromium' },
    { name: 'Ubuntu chromium-browser', base: 'absolute', path: '/usr/bin/chromium-browser' },
    { name: 'snap chromium', base: 'absolute', path: '/snap/bin/chromium' },
    { name: 'Google Chrome', base: 'absolute', path: '/usr/bin/google-chrome' },
    { name: 'Google Chrome', base: 'absolute', path: '/usr/bin/google-chrome-stable' },
    { name: 'Google Chrome', base: 'absolute', path: '/opt/google/chrome/chrome' },
  ],
  darwin: [
    { name: 'Chromium', base: 'absolute', path: '/Applications/Chromium.app/Contents/MacOS/Chromium' },
    {
      name: 'Google Chrome',
      base: 'absolute',
      path: '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    },
    { name: 'Chromium', base: 'HOME', path: 'Applications/Chromium.app/Contents/MacOS/Chromium' },
    {
      name: 'Google Chrome',
      base: 'HOME',
      path: 'Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    },
  ],
  win32: [
    { name: 'Chromium', base: 'LOCALAPPDATA', path: 'Chromium\\Application\\chrome.exe' },
    { name: 'Google Chrome', base: 'PROGRAMFILES', path: 'Google\\Chrome\\Application\\chrome.exe' },
    { name: 'Google Chrome', base: 'PROGRAMFILES(X86)', path: 'Google\\Chrome\\Application\\chrome.exe' },
    { name: 'Google Chrome', base: 'LOCALAPPDATA', path: 'Google\\Chrome\\Application\\chrome.exe' },
  ],
};

/**
 * The system locations to try on `platform`, as absolute paths; a location whose base variable is
 * unset in `env` is left out. An unknown platform gets the Linux list.
 *
 * @example
 * systemChromiumPaths('darwin', { HOME: '/Users/ana' })[2]; // '/Users/ana/Applications/Chromium.app/Contents/MacOS/Chromium'
 */
export function systemChromiumPaths(platform, env) {
  const locations = SYSTEM_LOCATIONS[platform] ?? SYSTEM_LOCATIONS.linux;
  const join = platform === 'win32' ? path.win32.join : path.posix.join;
  return locations.flatMap((location) => {
    if (location.base === 'absolute') return [location.path];
    const base = env[location.base];
    return base ? [join(base, location.path)] : [];
  });
}

/**
 * Finds the Chromium to drive. Order: `env.CHROMIUM_PATH` (when set it is final: an unusable path
 * is reported, not skipped); Playwright's own Chromium (`playwrightPath()`, when that file is
 * executable); the {@link systemChromiumPaths} of `platform`.
 *
 * @example
 * findChromium({
 *   env: {},
 *   platform: 'linux',
 *   isExecutable: (file) => file === '/usr/bin/chromium',
 *   playwrightPath: () => undefined,
 * }); // { kind: 'found', path: '/usr/bin/chromium', source: 'system' }
 */
export function findChromium({ env, platform, isExecutable, playwrightPath }) {
  const fromEnv = env.CHROMIUM_PATH;
  if (fromEnv) {
    if (isExecutable(fromEnv)) return { kind: 'found', path: fromEnv, source: 'CHROMIUM_PATH' };
    return { kind: 'unusable', path: fromEnv, source: 'CHROMIUM_PATH' };
  }
  const fromPlaywright = playwrightPath();
  if (fromPlaywright && isExecutable(fromPlaywright)) {
    return { kind: 'found', path: fromPlaywright, source: 'playwright' };
  }
  const tried = fromPlaywright ? [fromPlaywright] : [];
  for (const candidate of systemChromiumPaths(platform, env)) {
    if (isExecutable(candidate)) return { kind: 'found', path: candidate, source: 'system' };
    tried.push(candidate);
  }
  return { kind: 'none', tried };
}
