/** What a bounded child process came to. */
export interface BoundedRun {
  /** The exit code; `null` when it was killed or could not start. */
  readonly code: number | null;
  /** Whether it ran out of time and was killed. */
  readonly timedOut: boolean;
  /** Everything it wrote to stdout. */
  readonly stdout: string;
  /** Everything it wrote to stderr. */
  readonly stderr: string;
  /** Everything it wrote to either, as it arrived, then the spawn error, if any. */
  readonly output: string;
}

/**
 * Runs `command` with `args` in `cwd` (default: this process's) for at most `seconds` (then SIGTERM to
 * its process group, SIGKILL 5 s later; Ctrl-C is passed on to it). `env` defaults to `process.env`.
 * Resolves once the child has ended and closed its output; never rejects.
 *
 * @example
 * await runBounded('npm', ['pack', '--json'], { seconds: 60, cwd: '/path/to/package' });
 * // { code: 0, timedOut: false, stdout: '[{ "filename": … }]', stderr: '', output: '…' }
 */
export declare function runBounded(
  command: string,
  args: readonly string[],
  options: { readonly seconds: number; readonly env?: NodeJS.ProcessEnv; readonly cwd?: string },
): Promise<BoundedRun>;

/**
 * The line of a child's output that best says why it failed: the last `Error: …` or apt's
 * `E: …` line, else the last non-empty line; colour codes removed.
 *
 * @example
 * reasonLine('Downloading…\nError: getaddrinfo ENOTFOUND cdn.playwright.dev\n    at onlookupall\n');
 * // 'Error: getaddrinfo ENOTFOUND cdn.playwright.dev'
 */
export declare function reasonLine(output: string): string;
