import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** README.md as the package ships it (tests run from the project root, in jsdom as in Node). */
const README = readFileSync(join(process.cwd(), 'README.md'), 'utf8');

/** A cell without its surrounding spaces and code ticks: "`--crb-self-bg`" → "--crb-self-bg". */
function cellText(cell: string): string {
  return cell.trim().replace(/^`(.*)`$/, '$1');
}

/**
 * The rows of the first Markdown table after the README heading `heading` (written out whole, e.g.
 * `'## Theming'`), each row keyed by the table's header cells. Throws when there is no such heading
 * or table, so a renamed section fails the test that reads it.
 *
 * @example
 * readmeTable('## Theming')[0]; // { token: 'selfBackground', 'CSS variable': '--crb-self-bg', … }
 */
export function readmeTable(heading: string): Record<string, string>[] {
  const lines = README.split('\n');
  const start = lines.indexOf(heading);
  if (start === -1) throw new Error(`README has no heading "${heading}"`);
  const tableStart = lines.findIndex((line, index) => index > start && line.startsWith('|'));
  if (tableStart === -1) throw new Error(`README has no table after "${heading}"`);
  const tableEnd = lines.findIndex((line, index) => index > tableStart && !line.startsWith('|'));
  const [header, , ...rows] = lines
    .slice(tableStart, tableEnd === -1 ? undefined : tableEnd)
    .map((line) => line.slice(1, -1).split('|').map(cellText));
  return rows.map((cells) => Object.fromEntries(header!.map((name, index) => [name, cells[index] ?? ''])));
}
