/** What a bounded child process came to. */
export interface BoundedRun {
  /** The exit code; `null` when it was killed or could not start. */
  readonly code: number | null;
  /** Whether it ran out of time and was killed. */
  readonly timedOut: boolean;
  /** The last 4,000 characters of its stdout and stderr (and the spawn error, if any). */
  readonly output: string;
}

/**
 * Runs `command` with `args` for at most `seconds` (then SIGTERM to its process group, SIGKILL
 * 5 s later). `env` defaults to `process.env`. Never rejects.
 *
 * @example
 * await runBounded('apt-get', ['update', '-qq'], { seconds: 180 }); // { code: 0, timedOut: false, output: '' }
 */
export declare function runBounded(
  command: string,
  args: readonly string[],
  options: { readonly seconds: number; readonly env?: NodeJS.ProcessEnv },
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
