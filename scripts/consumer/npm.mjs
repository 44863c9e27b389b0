// What the packed-package check (run.mjs, next.mjs) asks of npm and of an installed project.
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** `npm install` as the check runs it: from the npm cache when it can, without audit or funding notes. */
export const NPM_INSTALL = ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'];

/**
 * The version of the package `name` installed in the project `dir`.
 *
 * @example
 * installedVersion('/tmp/consumer/react19', 'react'); // '19.3.1'
 */
export function installedVersion(dir, name) {
  return JSON.parse(readFileSync(path.join(dir, 'node_modules', name, 'package.json'), 'utf8')).version;
}
