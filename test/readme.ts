// The one reader of README.md for the tests that check it against the code: its sections and the
// Markdown tables in them. Every test that reads README goes through here, so a README layout the
// reader does not expect (a renamed heading, a missing table, a row out of step with its header)
// fails with one message instead of being read a different way in each test.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** README.md as the package ships it, by line (tests run from the project root, in jsdom as in Node). */
const README_LINES = readFileSync(join(process.cwd(), 'README.md'), 'utf8').split('\n');

/** How to pick a table of a section and how to give its cells; see {@link readmeTable}. */
export interface ReadmeTableChoice {
  /**
   * The first header cell of the table to read, e.g. `'what an app imports'`, for a section holding
   * more than one table. Default: the section's first table.
   */
  readonly firstHeader?: string;
  /**
   * Give each cell as written, code ticks included (`` '`ar`' ``), for a check that a cell is code.
   * Default `false`: a cell that is wholly one code span is given without its ticks (`'ar'`).
   */
  readonly keepCodeSpans?: boolean;
}

/**
 * Whether a line opens or closes a fenced code block: three backticks, indented up to three spaces
 * (a block inside a list item). Every reader below tells code from prose by this one rule.
 */
function isFence(line: string): boolean {
  return /^ {0,3}```/.test(line);
}

/** The level of a Markdown heading line (`'## Theming'` → 2), or undefined for any other line. */
function headingLevel(line: string): number | undefined {
  return /^(#{1,6}) /.exec(line)?.[1]?.length;
}

/** The lines of README's section `heading`, the heading line included (see {@link readmeSection}). */
function sectionLines(heading: string): string[] {
  const level = headingLevel(heading);
  if (level === undefined) throw new Error(`"${heading}" is not a heading line such as "## Theming"`);
  const start = README_LINES.indexOf(heading);
  if (start === -1) throw new Error(`README has no heading "${heading}"`);
  let insideCodeBlock = false;
  for (let index = start + 1; index < README_LINES.length; index += 1) {
    const line = README_LINES[index] ?? '';
    // A "# comment" inside a fenced code block is no heading.
    if (isFence(line)) insideCodeBlock = !insideCodeBlock;
    const nextLevel = insideCodeBlock ? undefined : headingLevel(line);
    if (nextLevel !== undefined && nextLevel <= level) return README_LINES.slice(start, index);
  }
  return README_LINES.slice(start);
}

/**
 * The text of README's section `heading`, written out whole as its line reads (`'## Theming'`,
 * `'### Every input shape'`): from the heading line to the next heading of the same or a higher level,
 * so a `##` section holds its `###` sections. Throws when README has no such heading.
 *
 * @example
 * readmeSection('## Locales and wording').startsWith('## Locales and wording\n'); // true
 */
export function readmeSection(heading: string): string {
  return sectionLines(heading).join('\n');
}

/** The Markdown tables among `lines`, each as its lines (a run of lines starting with `|`). */
function tablesIn(lines: readonly string[]): string[][] {
  const tables: string[][] = [];
  let table: string[] = [];
  for (const line of lines) {
    if (line.startsWith('|')) {
      table.push(line);
    } else if (table.length > 0) {
      tables.push(table);
      table = [];
    }
  }
  if (table.length > 0) tables.push(table);
  return tables;
}

/** The cells of a table line, trimmed: `| a | b \| c |` → ['a', 'b \| c'] (an escaped `\|` is no border). */
function cellsOf(line: string): string[] {
  return line
    .slice(1, -1)
    .split(/(?<!\\)\|/)
    .map((cell) => cell.trim());
}

/** A cell that is wholly one code span without its ticks (`` '`--crb-self-bg`' `` → '--crb-self-bg'). */
function withoutCodeTicks(cell: string): string {
  return /^`([^`]+)`$/.exec(cell)?.[1] ?? cell;
}

/**
 * The body rows of a table of README's section `heading` (written out whole, see {@link readmeSection}),
 * each row keyed by the table's header cells in their order, each cell trimmed and, unless
 * `keepCodeSpans`, a cell that is wholly one code span given without its ticks. The section's first
 * table, or the first whose first header cell is `firstHeader`. Throws when there is no such heading or
 * table, when header cells repeat, or when a row has more or fewer cells than the header, so a renamed
 * section or a broken row fails the test that reads it.
 *
 * @example
 * readmeTable('## Theming')[0]; // { token: 'selfBackground', 'CSS variable': '--crb-self-bg', … }
 * readmeTable('## Performance', { firstHeader: 'what an app imports', keepCodeSpans: true })[0];
 * // { 'what an app imports': '`CallRecordBubble` + `CallRecordProvider` + `useCallRecords`', budget: '15.5 kB', … }
 */
export function readmeTable(heading: string, choice: ReadmeTableChoice = {}): Record<string, string>[] {
  const { firstHeader, keepCodeSpans = false } = choice;
  const table = tablesIn(sectionLines(heading)).find(
    (lines) => firstHeader === undefined || cellsOf(lines[0] ?? '')[0] === firstHeader,
  );
  const which = firstHeader === undefined ? 'a table' : `a table headed "${firstHeader}"`;
  if (table === undefined) throw new Error(`README's section "${heading}" has no ${which}`);
  // The header, then the delimiter row (| --- |), then the body rows.
  const [headerLine = '', , ...rowLines] = table;
  const header = cellsOf(headerLine).map((cell) => (keepCodeSpans ? cell : withoutCodeTicks(cell)));
  if (new Set(header).size !== header.length)
    throw new Error(`README table "${headerLine}" repeats a header`);
  return rowLines.map((line) => {
    const cells = cellsOf(line).map((cell) => (keepCodeSpans ? cell : withoutCodeTicks(cell)));
    if (cells.length !== header.length) {
      throw new Error(`README row "${line}" has ${cells.length} cells, its header ${header.length}`);
    }
    return Object.fromEntries(header.map((name, index) => [name, cells[index] ?? '']));
  });
}

/**
 * The code spans in a piece of Markdown, without their ticks, in order.
 *
 * @example
 * codeSpans('`en`, `zhCN`, `zhTW`'); // ['en', 'zhCN', 'zhTW']
 */
export function codeSpans(markdown: string): string[] {
  return [...markdown.matchAll(/`([^`]+)`/g)].map((match) => match[1] ?? '');
}

/**
 * README's text without its fenced code blocks: the prose and tables a reader sees, where a code span
 * is a name (a code block's backticks would pair with the wrong ones).
 *
 * @example
 * codeSpans(readmeProse()).includes('ARCHITECTURE.md'); // true
 */
export function readmeProse(): string {
  let insideCodeBlock = false;
  const prose: string[] = [];
  for (const line of README_LINES) {
    if (isFence(line)) insideCodeBlock = !insideCodeBlock;
    else if (!insideCodeBlock) prose.push(line);
  }
  return prose.join('\n');
}

/** A fenced code block of README: its language (the word after the opening fence) and its text. */
export interface ReadmeCodeBlock {
  readonly language: string;
  readonly code: string;
}

/**
 * Every fenced code block of README, in order.
 *
 * @example
 * readmeCodeBlocks().filter((block) => block.language === 'tsx');
 */
export function readmeCodeBlocks(): ReadmeCodeBlock[] {
  const blocks: ReadmeCodeBlock[] = [];
  let open: { language: string; lines: string[] } | undefined;
  for (const line of README_LINES) {
    if (open === undefined && isFence(line)) {
      open = { language: line.trim().slice(3).trim(), lines: [] };
    } else if (open !== undefined && isFence(line)) {
      blocks.push({ language: open.language, code: `${open.lines.join('\n')}\n` });
      open = undefined;
    } else {
      open?.lines.push(line);
    }
  }
  return blocks;
}
