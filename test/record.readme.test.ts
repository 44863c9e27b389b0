// Issue 19: the shape tables are the one list of input shapes. README's "Every input shape" table is
// checked against them, and no prose counts them (a count is a second list that drifts).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SHAPES } from '../src/record/shapes';

const ROOT = join(__dirname, '..');
const read = (path: string): string => readFileSync(join(ROOT, path), 'utf8');

/** The lines of a Markdown section: from its heading to the next heading of any level. */
function section(markdown: string, heading: string): string[] {
  const lines = markdown.split('\n');
  const start = lines.indexOf(heading);
  if (start === -1) throw new Error(`no heading "${heading}"`);
  const length = lines.slice(start + 1).findIndex((line) => line.startsWith('#'));
  return lines.slice(start + 1, length === -1 ? undefined : start + 1 + length);
}

/** The first cell of each table row that starts with a code span: `| \`attach\` | … |` gives `attach`. */
function firstCodeCells(lines: readonly string[]): string[] {
  return lines.flatMap((line) => {
    const cell = /^\|\s*`([^`]+)`\s*\|/.exec(line);
    return cell?.[1] === undefined ? [] : [cell[1]];
  });
}

/** A number of shapes in words or digits: "seven shapes", "5 input shapes" (not "any one shape"). */
const SHAPE_COUNT =
  /\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)\s+(?:input\s+)?shapes\b/gi;

describe('the shape tables and the words about them', () => {
  it('README\'s "Every input shape" table lists exactly the sources of the shape tables', () => {
    const listed = firstCodeCells(section(read('README.md'), '### Every input shape'));
    const declared = SHAPES.map((shape) => shape.source);
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
