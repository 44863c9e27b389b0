// @vitest-environment node
import { realpathSync } from 'node:fs';
import { tmpdir } from 'node:os';
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
    expect(result).toEqual({ code: 3, timedOut: false, stdout: 'done\n', stderr: '', output: 'done\n' });
  });

  it('runs the child in cwd, and keeps its stdout and stderr apart', async () => {
    const directory = realpathSync(tmpdir());
    const script = 'console.log(process.cwd()); console.error("a warning")';
    const result = await runBounded(process.execPath, ['-e', script], { seconds: 30, cwd: directory });
    expect({ code: result.code, stdout: result.stdout, stderr: result.stderr }).toEqual({
      code: 0,
      stdout: `${directory}\n`,
      stderr: 'a warning\n',
    });
    expect(result.output).toContain('a warning\n');
    expect(result.output).toContain(`${directory}\n`);
  });

  it('resolves only when the output is closed, with what the child started still writing after it exits', async () => {
    const late = 'setTimeout(() => console.log("late"), 300)';
    const script = `require("node:child_process").spawn(process.execPath, ["-e", ${JSON.stringify(late)}], { stdio: "inherit" }).unref()`;
    const result = await runBounded(process.execPath, ['-e', script], { seconds: 30 });
    expect({ code: result.code, stdout: result.stdout }).toEqual({ code: 0, stdout: 'late\n' });
  });

  it('keeps all of a long output, and characters split across chunks whole', async () => {
    // 300,000 characters of three UTF-8 bytes each: far more than one pipe read, and split mid-character.
    const script = 'process.stdout.write("话".repeat(300000))';
    const result = await runBounded(process.execPath, ['-e', script], { seconds: 30 });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('话'.repeat(300_000));
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
