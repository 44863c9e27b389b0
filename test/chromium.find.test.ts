// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { findChromium, systemChromiumPaths } from '../scripts/browser/find.mjs';

/** A file-system check that says yes only for the listed files. */
function onlyExecutable(...files: string[]): (file: string) => boolean {
  return (file) => files.includes(file);
}

const PLAYWRIGHT_CHROME = '/root/.cache/ms-playwright/chromium-1200/chrome-linux64/chrome';

describe('findChromium: the order CHROMIUM_PATH, Playwright, system', () => {
  it('takes CHROMIUM_PATH first when it is executable', () => {
    const lookup = findChromium({
      env: { CHROMIUM_PATH: '/opt/my/chrome' },
      platform: 'linux',
      isExecutable: onlyExecutable('/opt/my/chrome', PLAYWRIGHT_CHROME, '/usr/bin/chromium'),
      playwrightPath: () => PLAYWRIGHT_CHROME,
    });
    expect(lookup).toEqual({ kind: 'found', path: '/opt/my/chrome', source: 'CHROMIUM_PATH' });
  });

  it('reports an unusable CHROMIUM_PATH instead of falling back', () => {
    const lookup = findChromium({
      env: { CHROMIUM_PATH: '/nope' },
      platform: 'linux',
      isExecutable: onlyExecutable('/usr/bin/chromium'),
      playwrightPath: () => undefined,
    });
    expect(lookup).toEqual({ kind: 'unusable', path: '/nope', source: 'CHROMIUM_PATH' });
  });

  it('reads an empty CHROMIUM_PATH as unset', () => {
    const lookup = findChromium({
      env: { CHROMIUM_PATH: '' },
      platform: 'linux',
      isExecutable: onlyExecutable('/usr/bin/chromium'),
      playwrightPath: () => undefined,
    });
    expect(lookup).toEqual({ kind: 'found', path: '/usr/bin/chromium', source: 'system' });
  });

  it("takes Playwright's own Chromium before the system's when that file exists", () => {
    const lookup = findChromium({
      env: {},
      platform: 'linux',
      isExecutable: onlyExecutable(PLAYWRIGHT_CHROME, '/usr/bin/chromium'),
      playwrightPath: () => PLAYWRIGHT_CHROME,
    });
    expect(lookup).toEqual({ kind: 'found', path: PLAYWRIGHT_CHROME, source: 'playwright' });
  });

  it("skips Playwright's path when the file is not there", () => {
    const lookup = findChromium({
      env: {},
      platform: 'linux',
      isExecutable: onlyExecutable('/usr/bin/chromium-browser'),
      playwrightPath: () => PLAYWRIGHT_CHROME,
    });
    expect(lookup).toEqual({ kind: 'found', path: '/usr/bin/chromium-browser', source: 'system' });
  });

  it('finds Google Chrome on Linux when no Chromium is installed', () => {
    const lookup = findChromium({
      env: {},
      platform: 'linux',
      isExecutable: onlyExecutable('/usr/bin/google-chrome-stable', '/opt/google/chrome/chrome'),
      playwrightPath: () => undefined,
    });
    expect(lookup).toEqual({ kind: 'found', path: '/usr/bin/google-chrome-stable', source: 'system' });
  });

  it('lists every place it tried when nothing is found', () => {
    const lookup = findChromium({
      env: {},
      platform: 'linux',
      isExecutable: onlyExecutable(),
      playwrightPath: () => PLAYWRIGHT_CHROME,
    });
    expect(lookup).toEqual({
      kind: 'none',
      tried: [
        '/root/.cache/ms-playwright/chromium-1200/chrome-linux64/chrome',
        '/usr/bin/chromium',
        '/usr/bin/chromium-browser',
        '/snap/bin/chromium',
        '/usr/bin/google-chrome',
        '/usr/bin/google-chrome-stable',
        '/opt/google/chrome/chrome',
      ],
    });
  });

  it('finds Google Chrome in macOS Applications', () => {
    const lookup = findChromium({
      env: { HOME: '/Users/ana' },
      platform: 'darwin',
      isExecutable: onlyExecutable('/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'),
      playwrightPath: () => undefined,
    });
    expect(lookup).toEqual({
      kind: 'found',
      path: '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      source: 'system',
    });
  });

  it('finds Google Chrome under Program Files on Windows', () => {
    const lookup = findChromium({
      env: { PROGRAMFILES: 'C:\\Program Files', LOCALAPPDATA: 'C:\\Users\\ana\\AppData\\Local' },
      platform: 'win32',
      isExecutable: onlyExecutable('C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe'),
      playwrightPath: () => undefined,
    });
    expect(lookup).toEqual({
      kind: 'found',
      path: 'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
      source: 'system',
    });
  });
});

describe('systemChromiumPaths', () => {
  it('lists the macOS places, the per-user ones under HOME', () => {
    expect(systemChromiumPaths('darwin', { HOME: '/Users/ana' })).toEqual([
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      '/Users/ana/Applications/Chromium.app/Contents/MacOS/Chromium',
      '/Users/ana/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    ]);
  });

  it('leaves out a Windows place whose base variable is unset', () => {
    expect(systemChromiumPaths('win32', { LOCALAPPDATA: 'C:\\Users\\ana\\AppData\\Local' })).toEqual([
      'C:\\Users\\ana\\AppData\\Local\\Chromium\\Application\\chrome.exe',
      'C:\\Users\\ana\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe',
    ]);
  });

  it('gives an unknown platform the Linux places', () => {
    expect(systemChromiumPaths('freebsd', {})).toEqual([
      '/usr/bin/chromium',
      '/usr/bin/chromium-browser',
      '/snap/bin/chromium',
      '/usr/bin/google-chrome',
      '/usr/bin/google-chrome-stable',
      '/opt/google/chrome/chrome',
    ]);
  });
});
