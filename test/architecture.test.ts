// @vitest-environment node
// The layers of src/ are declared once, in eslint.config.js (FOLDERS_BOTTOM_UP), where lint keeps every
// import pointing down. A new folder of src/ must take its place there and in ARCHITECTURE.md's table.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FOLDERS_BOTTOM_UP } from '../eslint.config.js';

const ROOT = process.cwd();

describe('the folders of src/', () => {
  it('each have their place in the layers lint enforces', () => {
    const folders = readdirSync(join(ROOT, 'src'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
    expect([...folders].sort()).toEqual([...FOLDERS_BOTTOM_UP].sort());
  });

  it("are ARCHITECTURE.md's table, bottom up, in the same order", () => {
    const architecture = readFileSync(join(ROOT, 'ARCHITECTURE.md'), 'utf8');
    const rows = [...architecture.matchAll(/^\| `src\/([A-Za-z]+)\/` /gm)].map((match) => match[1]);
    expect(rows).toEqual(FOLDERS_BOTTOM_UP);
  });
});
