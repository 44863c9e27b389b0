import type { Browser, LaunchOptions } from 'playwright-core';
import type { ChromiumLookup } from './browser/find.mjs';

/**
 * Whether `file` is a file this process may execute (on Windows: whether it is a file).
 *
 * @example
 * isExecutableFile('/usr/bin/chromium'); // true once Debian's chromium is installed
 */
export declare function isExecutableFile(file: string): boolean;

/**
 * Looks for a Chromium on this machine: `CHROMIUM_PATH`, Playwright's own, the usual places.
 * `env` defaults to `process.env`.
 *
 * @example
 * lookUpChromium({ CHROMIUM_PATH: '/nope' }); // { kind: 'unusable', path: '/nope', source: 'CHROMIUM_PATH' }
 */
export declare function lookUpChromium(env?: Readonly<Record<string, string | undefined>>): ChromiumLookup;

/**
 * The one line that says which Chromium is used.
 *
 * @example
 * describeChromium({ kind: 'found', path: '/usr/bin/chromium', source: 'system' });
 * // 'Chromium: /usr/bin/chromium (installed on the system)'
 */
export declare function describeChromium(found: Extract<ChromiumLookup, { kind: 'found' }>): string;

/**
 * The one line that says why no Chromium can be used and what to run.
 *
 * @example
 * missingChromiumMessage({ kind: 'unusable', path: '/nope', source: 'CHROMIUM_PATH' });
 * // 'CHROMIUM_PATH=/nope is not an executable file: point it at a Chromium or Chrome binary (…) or unset it.'
 */
export declare function missingChromiumMessage(lookup: Exclude<ChromiumLookup, { kind: 'found' }>): string;

/**
 * Playwright launch options: the headless flags of scripts/chromium.mjs plus `extraArgs` (default none), and an
 * `executablePath` looked up only when a browser is launched.
 *
 * @example
 * playwright({ launchOptions: chromiumLaunchOptions() });
 */
export declare function chromiumLaunchOptions(extraArgs?: readonly string[]): LaunchOptions;

/**
 * Launches headless Chromium with the headless flags of scripts/chromium.mjs plus `extraArgs` (default none).
 *
 * @example
 * const browser = await launchChromium(['--js-flags=--expose-gc']);
 */
export declare function launchChromium(extraArgs?: readonly string[]): Promise<Browser>;
