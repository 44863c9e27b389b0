// @vitest-environment node
// README's examples compile as written: every TypeScript block is a program a user may paste into a
// strict app (Vite's template: strict, noUnusedLocals, noUnusedParameters), importing the package by
// its name. The files sit inside this package (.tmp/), so TypeScript resolves `react-call-records`
// to the package itself, through its `exports` to the built `.d.ts` an app gets (`npm test` builds
// first).
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readmeCodeBlocks } from './readme';

const ROOT = process.cwd();
const WORK = join(ROOT, '.tmp', 'readme-snippets');

/** Every TypeScript example, with the language of its block. */
const EXAMPLES = readmeCodeBlocks()
  .filter((block) => block.language === 'ts' || block.language === 'tsx')
  .map((block, index) => ({ ...block, file: `example-${index + 1}.${block.language}` }));

/** An app's tsconfig as Vite's React template writes it. */
const TSCONFIG = {
  compilerOptions: {
    target: 'ES2022',
    lib: ['ES2023', 'DOM', 'DOM.Iterable'],
    module: 'ESNext',
    moduleResolution: 'Bundler',
    jsx: 'react-jsx',
    strict: true,
    noUnusedLocals: true,
    noUnusedParameters: true,
    noEmit: true,
    skipLibCheck: true,
    types: [],
  },
  files: EXAMPLES.map((example) => example.file),
};

describe("README's complete examples", () => {
  it('include the quick start and the whole conversation', () => {
    expect(EXAMPLES.length).toBeGreaterThanOrEqual(2);
    expect(EXAMPLES.some((example) => example.code.includes('function Chat('))).toBe(true);
    expect(EXAMPLES.some((example) => example.code.includes('useCallRecords('))).toBe(true);
  });

  it('compile as written in a strict app', () => {
    rmSync(WORK, { recursive: true, force: true });
    mkdirSync(WORK, { recursive: true });
    for (const example of EXAMPLES) writeFileSync(join(WORK, example.file), example.code);
    writeFileSync(join(WORK, 'tsconfig.json'), JSON.stringify(TSCONFIG, null, 2));
    const tsc = spawnSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', WORK], {
      encoding: 'utf8',
    });
    expect(tsc.stdout + tsc.stderr).toBe('');
    expect(tsc.status).toBe(0);
    // A whole tsc run with the chat kits' and the SDK's types: about 12 s alone, more on a loaded machine.
  }, 120_000);
});
