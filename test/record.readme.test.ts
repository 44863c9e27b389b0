// Issue 19: the shape tables are the one list of input shapes. README's "Every input shape" table is
// checked against them, and no prose counts them (a count is a second list that drifts).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SHAPES } from '../src/record/shapes';
import { readmeTable } from './readme';

const ROOT = join(__dirname, '..');
const read = (path: string): string => readFileSync(join(ROOT, path), 'utf8');

/** A number of shapes in words or digits: "seven shapes", "5 input shapes" (not "any one shape"). */
const SHAPE_COUNT =
  /\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)\s+(?:input\s+)?shapes\b/gi;

describe('the shape tables and the words about them', () => {
  it('README\'s "Every input shape" table lists exactly the sources of the shape tables', () => {
    // As written: each source is code, `attach`.
    const listed = readmeTable('### Every input shape', { keepCodeSpans: true }).map((row) => row.source);
    const declared = SHAPES.map((shape) => `\`${shape.source}\``);
    expect([...listed].sort()).toStrictEqual([...declared].sort());
    expect(new Set(listed).size).toBe(listed.length);
  });

  it('no source is declared twice', () => {
    const declared = SHAPES.map((shape) => shape.source);
    expect(new Set(declared).size).toBe(declared.length);
  });

  it('README, ARCHITECTURE.md and the stories never count the shapes', () => {
    const stories = readdirSync(join(ROOT, 'stories'))
      .filter((file) => /\.(?:mdx|tsx?)$/.test(file))
      .map((file) => `stories/${file}`);
    const counts = ['README.md', 'ARCHITECTURE.md', ...stories].flatMap((path) =>
      [...read(path).matchAll(SHAPE_COUNT)].map((match) => `${path}: ${match[0]}`),
    );
    expect(counts).toStrictEqual([]);
  });
});
