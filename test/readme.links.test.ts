// Issue 21, item 6: README is read on the npm page, where only what the package ships can be
// opened. Every file it links to, and every Markdown file it names for readers to open, is in the
// packed tarball; the package names its repository.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { codeSpans, readmeProse } from './readme';

/** The paths `npm pack` would put in the tarball, as npm itself lists them. */
function packedPaths(): string[] {
  const output = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
    encoding: 'utf8',
  });
  const [pack] = JSON.parse(output) as [{ files: { path: string }[] }];
  return pack.files.map((file) => file.path);
}

/** The targets of README's Markdown links that are neither web addresses nor anchors in README. */
function relativeLinkTargets(markdown: string): string[] {
  const targets = [...markdown.matchAll(/\]\(([^)\s]+)\)/g)].map((match) => match[1]!);
  return targets
    .filter((target) => !/^(https?:|mailto:|#)/.test(target))
    .map((target) => target.split('#')[0]!);
}

describe('README on the npm page', () => {
  const shipped = packedPaths();

  it('links only to files the package ships', () => {
    const targets = relativeLinkTargets(readmeProse());
    expect(targets).toContain('ARCHITECTURE.md');
    expect(targets.filter((target) => !shipped.includes(target))).toEqual([]);
  });

  it('names only Markdown files the package ships', () => {
    const named = codeSpans(readmeProse()).filter((span) => /^[\w./-]+\.md$/.test(span));
    expect(named).toEqual(
      expect.arrayContaining(['src/format/locales/SOURCES.md', 'test/fixtures/SOURCES.md']),
    );
    expect(named.filter((path) => !shipped.includes(path))).toEqual([]);
  });

  it('names its repository', () => {
    const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as { repository?: { url?: string } };
    expect(manifest.repository?.url).toBe('git+https://github.com/react-call-records/react-call-records.git');
  });
});
