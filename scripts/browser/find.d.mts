/** One usual place of a Chromium or Google Chrome binary. */
export interface SystemLocation {
  /** What is installed there, for messages: 'Debian chromium', 'Google Chrome'. */
  readonly name: string;
  /** The environment variable `path` is relative to, or `'absolute'` for a fixed path. */
  readonly base: 'absolute' | 'HOME' | 'LOCALAPPDATA' | 'PROGRAMFILES' | 'PROGRAMFILES(X86)';
  /** The binary's path: absolute, or relative to `base`. */
  readonly path: string;
}

/** Where a found Chromium came from. */
export type ChromiumSource = 'CHROMIUM_PATH' | 'playwright' | 'system';

/** What {@link findChromium} concluded. */
export type ChromiumLookup =
  | { readonly kind: 'found'; readonly path: string; readonly source: ChromiumSource }
  | { readonly kind: 'unusable'; readonly path: string; readonly source: 'CHROMIUM_PATH' }
  | { readonly kind: 'none'; readonly tried: readonly string[] };

/** What {@link findChromium} may look at; the real ones come from `scripts/chromium.mjs`. */
export interface ChromiumLookupInput {
  /** Environment variables: `CHROMIUM_PATH`, and the bases of {@link SystemLocation}. */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** `process.platform`: 'linux', 'darwin', 'win32'. */
  readonly platform: string;
  /** Whether `file` is an executable file. */
  readonly isExecutable: (file: string) => boolean;
  /** Playwright's own Chromium path (it may not exist), or `undefined` when Playwright has none. */
  readonly playwrightPath: () => string | undefined;
}

/**
 * The system locations to try on `platform`, as absolute paths; a location whose base variable is
 * unset in `env` is left out. An unknown platform gets the Linux list.
 *
 * @example
 * systemChromiumPaths('darwin', { HOME: '/Users/ana' })[2]; // '/Users/ana/Applications/Chromium.app/Contents/MacOS/Chromium'
 */
export declare function systemChromiumPaths(
  platform: string,
  env: Readonly<Record<string, string | undefined>>,
): string[];

/**
 * Finds the Chromium to drive. Order: `env.CHROMIUM_PATH` (when set it is final: an unusable path
 * is reported, not skipped); Playwright's own Chromium (when that file is executable); the
 * {@link systemChromiumPaths} of `platform`.
 *
 * @example
 * findChromium({
 *   env: {},
 *   platform: 'linux',
 *   isExecutable: (file) => file === '/usr/bin/chromium',
 *   playwrightPath: () => undefined,
 * }); // { kind: 'found', path: '/usr/bin/chromium', source: 'system' }
 */
export declare function findChromium(input: ChromiumLookupInput): ChromiumLookup;
