// Child processes with a time limit, for the provisioning steps and the packed-package check: never
// hang, never leave anything running, and keep what the child wrote to say why a step failed.
import { spawn } from 'node:child_process';

/** Seconds a child gets after SIGTERM before SIGKILL. */
const KILL_GRACE_SECONDS = 5;

/** Sends `signal` to the child and, on POSIX, to every process it started. */
function signalChildGroup(child, signal) {
  try {
    if (process.platform === 'win32') child.kill(signal);
    else process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
}

/**
 * Runs `command` with `args` in `cwd` for at most `seconds` (then SIGTERM to its process group, SIGKILL
 * 5 s later; Ctrl-C is passed on to it). Resolves, once the child has ended and closed its output, with
 * the exit code (null when killed or not started), whether it ran out of time, and everything it wrote:
 * `stdout`, `stderr`, and `output`, both as they arrived (with the spawn error, if any). Never rejects.
 */
export function runBounded(command, args, { seconds, env = process.env, cwd = process.cwd() }) {
  return new Promise((resolve) => {
    let stdout = '';
    let stderr = '';
    let output = '';
    let timedOut = false;
    let finished = false;
    let escalationTimer;
    const child = spawn(command, args, {
      cwd,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: process.platform !== 'win32',
    });
    // Decoded as UTF-8 across chunk boundaries, so a character split between two chunks stays whole.
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stdout.on('data', (text) => {
      stdout += text;
      output += text;
    });
    child.stderr.on('data', (text) => {
      stderr += text;
      output += text;
    });
    const killTimer = setTimeout(() => {
      timedOut = true;
      signalChildGroup(child, 'SIGTERM');
      escalationTimer = setTimeout(() => signalChildGroup(child, 'SIGKILL'), KILL_GRACE_SECONDS * 1000);
      escalationTimer.unref();
    }, seconds * 1000);
    // The child has its own process group, so Ctrl-C in the terminal reaches only this process:
    // pass it on rather than leave the child running.
    const onInterrupt = (signal) => {
      signalChildGroup(child, 'SIGTERM');
      process.exit(signal === 'SIGINT' ? 130 : 143);
    };
    process.once('SIGINT', onInterrupt);
    process.once('SIGTERM', onInterrupt);
    const finish = (code, error) => {
      if (finished) return;
      finished = true;
      clearTimeout(killTimer);
      clearTimeout(escalationTimer);
      process.off('SIGINT', onInterrupt);
      process.off('SIGTERM', onInterrupt);
      child.stdout.destroy();
      child.stderr.destroy();
      if (error) output += error.message;
      resolve({ code, timedOut, stdout, stderr, output });
    };
    child.on('error', (error) => finish(null, error));
    // 'close', not 'exit': only then has all the output been read.
    child.on('close', (code) => finish(code, undefined));
  });
}

/**
 * The line of a child's output that best says why it failed: the last `Error: …` or apt's
 * `E: …` line, else the last non-empty line; colour codes removed.
 */
export function reasonLine(output) {
  const lines = output
    .replace(/\u001b\[[0-9;]*m/g, '')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  const errors = lines.filter((line) => /^(Error|E):/.test(line));
  return errors.at(-1) ?? lines.at(-1) ?? 'no output';
}
