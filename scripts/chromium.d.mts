import type { Browser, LaunchOptions } from 'playwright-core';
import type { ChromiumLookup } from './browser/find.mjs';

/**
 * Flags for headless runs here: no GPU, no first-run UI, no background connections.
 *
 * @example
 * chromium.launch({ executablePath: chromiumPath(), args: [...CHROMIUM_ARGS] });
 */
export declare const CHROMIUM_ARGS: readonly string[];

/**
 * The command that finds or installs a Chromium, for messages: `'npm run browser'`.
 *
 * @example
 * console.error(`run ${PROVIDE_COMMAND}`);
 */
export declare const PROVIDE_COMMAND: string;

/**
 * Whether `file` is a file this process may execute (on Windows: whether it is a file).
 *
 * @example
 * isExecutableFile('/usr/bin/chromium'); // true once Debian's chromium is installed
 */
export declare function isExecutableFile(file: string): boolean;

/**
 * Where Playwright keeps its own Chromium (the file may not exist), or `undefined`.
 *
 * @example
 * playwrightChromiumPath(); // '/root/.cache/ms-playwright/chromium-1234/chrome-linux/chrome'
 */
export declare function playwrightChromiumPath(): string | undefined;

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
 * The Chromium binary to launch; throws the one-line {@link missingChromiumMessage} when there is none.
 *
 * @example
 * chromiumPath(); // '/usr/bin/chromium'
 */
export declare function chromiumPath(): string;

/**
 * Playwright launch options: {@link CHROMIUM_ARGS} plus `extraArgs` (default none), and an
 * `executablePath` looked up only when a browser is launched.
 *
 * @example
 * playwright({ launchOptions: chromiumLaunchOptions() });
 */
export declare function chromiumLaunchOptions(extraArgs?: readonly string[]): LaunchOptions;

/**
 * Launches headless Chromium with {@link CHROMIUM_ARGS} plus `extraArgs` (default none).
 *
 * @example
 * const browser = await launchChromium(['--js-flags=--expose-gc']);
 */
export declare function launchChromium(extraArgs?: readonly string[]): Promise<Browser>;
