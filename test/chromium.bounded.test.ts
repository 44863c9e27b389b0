// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { reasonLine, runBounded } from '../scripts/browser/run-bounded.mjs';

describe('runBounded: provisioning steps never hang', () => {
  it('kills a child that outlives its limit and says so', async () => {
    const result = await runBounded(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], {
      seconds: 0.2,
    });
    expect({ code: result.code, timedOut: result.timedOut }).toEqual({ code: null, timedOut: true });
  });

  it('reports a command that does not exist instead of throwing', async () => {
    const result = await runBounded('no-such-command-for-chromium', [], { seconds: 5 });
    expect({ code: result.code, timedOut: result.timedOut }).toEqual({ code: null, timedOut: false });
    expect(result.output).toContain('ENOENT');
  });

  it('keeps the exit code and the output of a child that finishes', async () => {
    const result = await runBounded(process.execPath, ['-e', 'console.log("done"); process.exit(3)'], {
      seconds: 30,
    });
    expect(result).toEqual({ code: 3, timedOut: false, output: 'done\n' });
  });
});

describe('reasonLine', () => {
  it("picks Playwright's error over the stack under it", () => {
    const output =
      'Downloading Chrome for Testing\nError: getaddrinfo ENOTFOUND cdn.playwright.dev\n' +
      '    at GetAddrInfoReqWrap.onlookupall (node:internal/dns/promises:99:17) {\n}\n';
    expect(reasonLine(output)).toBe('Error: getaddrinfo ENOTFOUND cdn.playwright.dev');
  });

  it("picks apt's E: line", () => {
    const output = 'Reading package lists...\nE: Unable to locate package chromium\n';
    expect(reasonLine(output)).toBe('E: Unable to locate package chromium');
  });

  it('falls back to the last line, then to "no output"', () => {
    expect(reasonLine('first\nlast\n\n')).toBe('last');
    expect(reasonLine('')).toBe('no output');
  });
});
