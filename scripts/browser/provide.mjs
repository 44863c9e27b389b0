// Makes sure a Chromium exists before anything drives one (`pretest`, `prebench`, `prescreenshots`,
// `npm run browser`). Found: prints the one line that says which. None: on Linux as root with
// apt-get installs Debian's `chromium`; otherwise tries `npx playwright install chromium`; if that
// fails, stops with one line saying what to run. Every child process has a time limit.
import { createRequire } from 'node:module';
import path from 'node:path';
import { describeChromium, isExecutableFile, lookUpChromium, missingChromiumMessage } from '../chromium.mjs';
import { reasonLine, runBounded } from './run-bounded.mjs';

const require = createRequire(import.meta.url);

/** Time limits of the provisioning steps, in seconds. */
const STEP_SECONDS = {
  aptUpdate: 180,
  aptInstall: 600,
  playwrightInstall: 60,
};

/** Why a bounded step failed, in a few words. */
function failureReason(result, seconds) {
  if (result.timedOut) return `timed out after ${seconds} s`;
  if (result.code === null) return reasonLine(result.output);
  return `exit ${result.code}: ${reasonLine(result.output)}`;
}

/** Whether this is Linux, as root, with apt-get on the machine. */
function canUseApt() {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  return process.platform === 'linux' && isRoot && isExecutableFile('/usr/bin/apt-get');
}

/** Installs Debian's `chromium` with apt-get; returns the failure reason, or `undefined` on success. */
async function installWithApt() {
  console.log(
    'No Chromium found; the story tests, the package check, screenshots and benchmarks drive one. ' +
      "Installing Debian's `chromium` with apt-get (apt-get update, then apt-get install -y chromium; one to a few minutes).",
  );
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const waitForLock = ['-o', 'DPkg::Lock::Timeout=120'];
  const update = await runBounded('apt-get', ['update', '-qq'], { seconds: STEP_SECONDS.aptUpdate, env });
  if (update.code !== 0) {
    console.log(
      `apt-get update failed (${failureReason(update, STEP_SECONDS.aptUpdate)}); installing anyway.`,
    );
  }
  const install = await runBounded('apt-get', [...waitForLock, 'install', '-y', '-qq', 'chromium'], {
    seconds: STEP_SECONDS.aptInstall,
    env,
  });
  if (install.code === 0) return undefined;
  return `apt-get install chromium failed (${failureReason(install, STEP_SECONDS.aptInstall)})`;
}

/** The file `npx playwright` runs: the `playwright` package's CLI, else `playwright-core`'s. */
function playwrightCli() {
  for (const name of ['playwright', 'playwright-core']) {
    try {
      return path.join(path.dirname(require.resolve(`${name}/package.json`)), 'cli.js');
    } catch {
      // try the next one
    }
  }
  return undefined;
}

/** Runs `npx playwright install chromium`; returns the failure reason, or `undefined` on success. */
async function installWithPlaywright() {
  const cli = playwrightCli();
  if (!cli) return 'playwright is not installed (run npm install first)';
  console.log(
    `No Chromium found; trying \`npx playwright install chromium\` (at most ${STEP_SECONDS.playwrightInstall} s).`,
  );
  const result = await runBounded(process.execPath, [cli, 'install', 'chromium'], {
    seconds: STEP_SECONDS.playwrightInstall,
  });
  if (result.code === 0) return undefined;
  return `npx playwright install chromium failed (${failureReason(result, STEP_SECONDS.playwrightInstall)})`;
}

/** What to run by hand when nothing could be installed, for this platform. */
function manualCommand() {
  if (process.platform === 'linux' && isExecutableFile('/usr/bin/apt-get')) {
    return 'sudo apt-get update && sudo apt-get install -y chromium';
  }
  return 'npx playwright install chromium';
}

/** Finds a Chromium or installs one; returns the process exit code. */
async function provideChromium() {
  const lookup = lookUpChromium();
  if (lookup.kind === 'found') {
    console.log(describeChromium(lookup));
    return 0;
  }
  if (lookup.kind === 'unusable') {
    console.error(missingChromiumMessage(lookup));
    return 1;
  }
  const started = Date.now();
  const failure = canUseApt() ? await installWithApt() : await installWithPlaywright();
  const after = lookUpChromium();
  if (failure === undefined && after.kind === 'found') {
    const seconds = Math.round((Date.now() - started) / 1000);
    console.log(`${describeChromium(after)}, installed in ${seconds} s`);
    return 0;
  }
  const reason = failure ?? 'the install finished but no Chromium is in the usual places';
  console.error(
    `No Chromium for the tests: ${reason}. Run \`${manualCommand()}\`, ` +
      'or install Chromium or Google Chrome and run CHROMIUM_PATH=/path/to/chrome npm test.',
  );
  return 1;
}

process.exitCode = await provideChromium();
