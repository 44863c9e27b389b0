// Child processes with a time limit, for the provisioning steps: never hang, and keep the end of
// the output to say why a step failed.
import { spawn } from 'node:child_process';

/** Seconds a child gets after SIGTERM before SIGKILL. */
const KILL_GRACE_SECONDS = 5;

/** How many characters of a child's output are kept to show when it fails. */
const OUTPUT_TAIL_CHARS = 4000;

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
 * Runs `command` with `args` for at most `seconds` (then SIGTERM to its process group, SIGKILL
 * 5 s later; Ctrl-C is passed on to it). Resolves with the exit code (null when killed or not started), whether it ran out of
 * time, and the last 4,000 characters of its output; never rejects.
 */
export function runBounded(command, args, { seconds, env = process.env }) {
  return new Promise((resolve) => {
    let output = '';
    let timedOut = false;
    const child = spawn(command, args, {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: process.platform !== 'win32',
    });
    const keep = (chunk) => {
      output = (output + chunk).slice(-OUTPUT_TAIL_CHARS);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    const killTimer = setTimeout(() => {
      timedOut = true;
      signalChildGroup(child, 'SIGTERM');
      setTimeout(() => signalChildGroup(child, 'SIGKILL'), KILL_GRACE_SECONDS * 1000).unref();
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
      clearTimeout(killTimer);
      process.off('SIGINT', onInterrupt);
      process.off('SIGTERM', onInterrupt);
      child.stdout.destroy();
      child.stderr.destroy();
      resolve({ code, timedOut, output: error ? `${output}${error.message}` : output });
    };
    child.on('error', (error) => finish(null, error));
    child.on('exit', (code) => finish(code, undefined));
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
