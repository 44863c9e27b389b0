// One place for how the project's scripts start Debian's Chromium with playwright-core: never a
// downloaded browser, and the flags that keep it quiet on a machine with a closed network.
import { chromium } from 'playwright-core';

/** The browser binary: `$CHROMIUM_PATH`, else Debian's `/usr/bin/chromium`. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** Flags for headless runs here: no GPU, no first-run UI, no background connections. */
export const CHROMIUM_ARGS = [
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Launches headless Chromium with {@link CHROMIUM_ARGS} plus `extraArgs`. */
export function launchChromium(extraArgs = []) {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS, ...extraArgs] });
}
