// Issue 21, item 6: every name README's API section tells an app to import is exported by an entry.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as main from '../src';
import * as locales from '../src/locales';
import * as nim from '../src/nim';
import { codeSpans, readmeSection } from './readme';

const API = readmeSection('## API');

/** The names an API code span leads with: `createCallLog()` → `createCallLog`, `fr` → `fr`. */
function leadingName(span: string): string | undefined {
  return /^([A-Za-z_$][\w$]*)(\(|$)/.exec(span)?.[1];
}

/** The value names of the API table's first column. */
function tableValueNames(): string[] {
  const rows = API.split('\n').filter((line) => line.startsWith('| `'));
  const firstCells = rows.map((row) => row.split(' | ')[0] ?? '');
  return firstCells.flatMap((cell) => codeSpans(cell).map(leadingName)).filter((name) => name !== undefined);
}

/** The type names of the "Types:" paragraph. */
function typeNames(): string[] {
  const paragraph = API.slice(API.indexOf('Types:'));
  const end = paragraph.indexOf('\n\n');
  return codeSpans(end === -1 ? paragraph : paragraph.slice(0, end))
    .map(leadingName)
    .filter((name) => name !== undefined);
}

/** Every `export type { … }` name of the entries' source files. */
function exportedTypeNames(): Set<string> {
  const sources = ['src/index.ts', 'src/core.ts', 'src/nim.ts'].map((path) => readFileSync(path, 'utf8'));
  const lists = sources.flatMap((source) => [...source.matchAll(/export type \{([^}]*)\}/g)]);
  return new Set(lists.flatMap((list) => list[1]!.split(',').map((name) => name.trim())));
}

describe("README's API section", () => {
  it('names only values an entry exports', () => {
    const names = tableValueNames();
    expect(names).toEqual(expect.arrayContaining(['parseCallRecord', 'CallLog', 'useNimCallRecords', 'fr']));
    const exported = new Set([...Object.keys(main), ...Object.keys(locales), ...Object.keys(nim)]);
    expect(names.filter((name) => !exported.has(name))).toEqual([]);
  });

  it('names only types an entry exports', () => {
    const names = typeNames();
    expect(names).toEqual(expect.arrayContaining(['CallRecord', 'CallLogRow', 'UseNimCallRecordsResult']));
    const exported = exportedTypeNames();
    expect(names.filter((name) => !exported.has(name))).toEqual([]);
  });
});
