// @vitest-environment node
// The locale registry (src/locales.ts) is the one list of locales; everything else that names the
// locales is checked against it here, so forgetting a place fails: the locale files, the sections of
// SOURCES.md, README's locale table, the built-in set and the main entry's locale exports.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as core from '../src/core';
import { BUILT_IN_LOCALES } from '../src/format/builtInLocales';
import type { CallRecordLocale, CompleteCallRecordLocale } from '../src/options';
import * as registry from '../src/locales';
import { codeSpans, readmeSection, readmeTable } from './readme';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const LOCALE_FOLDER = join(ROOT, 'src', 'format', 'locales');
const SOURCES = readFileSync(join(LOCALE_FOLDER, 'SOURCES.md'), 'utf8');

/**
 * The registry as [export name, locale] pairs. Typed complete: a shipped locale missing a word the
 * public type leaves optional (the call-history words) fails to compile here.
 */
const REGISTRY: ReadonlyArray<readonly [string, CompleteCallRecordLocale]> = Object.entries(registry);

/** The registry's locales, ordered by code (as README's table and these checks list them). */
const BY_CODE = [...REGISTRY].sort(([, a], [, b]) => a.code.localeCompare(b.code));

/** The export name under which the registry holds this very object (not a copy). */
const exportNameOf = (locale: CallRecordLocale): string | undefined =>
  REGISTRY.find(([, registered]) => registered === locale)?.[0];

const DIRECTION_WORDS = { ltr: 'left-to-right', rtl: 'right-to-left' } as const;
const BUILT_IN = 'built in (by tag)';
const OPT_IN = 'opt-in import';

describe('the locale files', () => {
  const files = readdirSync(LOCALE_FOLDER).filter((file) => file.endsWith('.ts'));

  it('are each one locale exported from the registry, under the code of their file name', async () => {
    const found: string[] = [];
    for (const file of files) {
      const module = (await import(pathToFileURL(join(LOCALE_FOLDER, file)).href)) as Record<
        string,
        CallRecordLocale
      >;
      const exported = Object.values(module);
      expect(exported, file).toHaveLength(1);
      const locale = exported[0]!;
      expect(locale.code, file).toBe(file.replace(/\.ts$/, ''));
      expect(exportNameOf(locale), `${file} is exported from src/locales.ts`).toBeDefined();
      found.push(locale.code);
    }
    expect(found.sort()).toEqual(BY_CODE.map(([, locale]) => locale.code));
  });

  it('are exported under the camel-cased code (pt-BR → ptBR)', () => {
    for (const [exportName, locale] of REGISTRY) {
      expect(exportName).toBe(locale.code.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase()));
    }
  });
});

describe('SOURCES.md', () => {
  it('has a section "## <code> — <own name> (<direction>)" for exactly the locales of the registry', () => {
    const headings = [...SOURCES.matchAll(/^## (\S+) — (.+) \((ltr|rtl)\)$/gm)].map((match) => ({
      code: match[1],
      name: match[2],
      dir: match[3],
    }));
    headings.sort((a, b) => (a.code ?? '').localeCompare(b.code ?? ''));
    expect(headings).toEqual(BY_CODE.map(([, { code, name, dir }]) => ({ code, name, dir })));
  });
});

describe("README's locale table", () => {
  /** The table as written (`ar` with its ticks), each row its cells in column order. */
  const rows = readmeTable('## Locales and wording', { keepCodeSpans: true }).map((row) =>
    Object.values(row),
  );

  it('lists exactly the registry, by code: tag, export, own name, direction, availability and "Missed call"', () => {
    const expected = BY_CODE.map(([exportName, locale]) => [
      `\`${locale.code}\``,
      `\`${exportName}\``,
      locale.name,
      DIRECTION_WORDS[locale.dir],
      BUILT_IN_LOCALES.includes(locale) ? BUILT_IN : OPT_IN,
      locale.messages.timeoutCallee,
    ]);
    expect(rows).toEqual(expected);
  });

  it('calls built in exactly the locales of BUILT_IN_LOCALES', () => {
    const builtInRows = rows.filter((row) => row[4] === BUILT_IN).map((row) => row[0]);
    expect(builtInRows.sort()).toEqual(BUILT_IN_LOCALES.map((locale) => `\`${locale.code}\``).sort());
  });

  it('is followed by prose that counts no locales (a count would go stale with the next locale)', () => {
    const prose = readmeSection('## Locales and wording');
    const counted =
      /\b(\d+|two|three|four|five|six|seven|eight|nine|ten|\w+teen|twenty[\w-]*)\s+(locales|built-in|opt-in|others)\b/gi;
    expect(prose.match(counted)).toBeNull();
  });
});

describe('the built-in locales', () => {
  it('are locales of the registry, the very objects it exports', () => {
    for (const locale of BUILT_IN_LOCALES) expect(exportNameOf(locale), locale.code).toBeDefined();
  });

  it('are what the main entry and react-call-records/core export as locale objects', () => {
    const coreLocales = Object.entries(core)
      .filter(([, value]) => REGISTRY.some(([, locale]) => locale === value))
      .map(([name]) => name)
      .sort();
    expect(coreLocales).toEqual(BUILT_IN_LOCALES.map((locale) => exportNameOf(locale)).sort());
  });

  it("are what README's API table lists as the built-in locale objects", () => {
    const apiRows = readmeTable('## API', { keepCodeSpans: true });
    const builtInRow = apiRows.find((row) => row['what it is']?.startsWith('The built-in locale objects'));
    expect(builtInRow).toBeDefined();
    expect(codeSpans(builtInRow?.export ?? '').sort()).toEqual(
      BUILT_IN_LOCALES.map((locale) => exportNameOf(locale)).sort(),
    );
  });
});
