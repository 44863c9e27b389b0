// @vitest-environment node
// Every regular expression of src/ is reviewed here for linear time, and run on long adversarial text.
// No test times anything: a regex that backtracks super-linearly takes minutes on these inputs, and the
// test timeout fails it. A new regex in src/ fails the first test until it is reviewed below.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { renderToString } from 'react-dom/server';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { CallRecordBubble } from '../src/CallRecordBubble';
import { collectCallRecords } from '../src/collect';
import {
  callRecordPreview,
  en,
  formatCallDuration,
  formatCallRecord,
  formatCallTime,
  formatMissedCallGroup,
  getCallRecordMessages,
  resolveCallRecordLocale,
} from '../src/format';
import { fr } from '../src/locales';
import type { CallDuration } from '../src/record';
import v2Completed from './fixtures/v2-message-completed.json';
import { readmeSection } from './readme';
import { makeRecord } from './records';

const ROOT = process.cwd();

/**
 * Every regex literal of src/ (`path: /source/flags`), with why it runs in linear time on any input.
 * The first test fails when src/ holds one that is not here, or this names one src/ no longer holds.
 */
const REVIEWED_REGEXES: Readonly<Record<string, string>> = {
  'src/callHistory/describe.ts: /^\\d{4,}-\\d\\d-\\d\\d$/':
    'Anchored at both ends; the digit run ends at the first "-", which no digit class matches, so the text splits one way only.',
  'src/format/fillTemplate.ts: /\\{(\\w+)\\}/':
    'A start is a "{"; the \\w run after it ends at the next non-word character, so the runs tried from different starts never overlap.',
  'src/format/languageTag.ts: /[.@]/': 'One character class.',
  'src/format/languageTag.ts: /_/g': 'One literal character.',
  'src/record/errors.ts: /[\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]/g': 'One character class.',
  'src/record/json.ts: /"(?:[^"\\\\]|\\\\.)*"?|(?<![0-9.eE+-])-?[0-9]{16,}(?![0-9.eE])/g':
    'A start is a quote or the first digit of a run; a string (its character and escape alternatives begin differently) never fails, its closing quote being optional, and a digit run is tried once, from its start.',
  'src/record/shapes.ts: /^\\p{L}/u': 'Anchored at the start, one character.',
  'src/record/values.ts: /^[\\t\\n\\f\\r ]*-?[0-9]+[\\t\\n\\f\\r ]*$/':
    'Anchored at the start; whitespace and digits are disjoint classes, so the text splits one way only, and each backtracking step fails at once.',
  'src/theme/themeVariablesStyle.ts: /[;{}\\\\<>]/': 'One character class.',
};

/** The TypeScript files under `folder`, as paths from the project root. */
function sourceFiles(folder: string): string[] {
  return readdirSync(join(ROOT, folder), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name))
    .map((entry) => relative(ROOT, join(entry.parentPath, entry.name)));
}

/** Every regex literal of src/ as `path: /source/flags`, and every `RegExp` built at run time. */
function regexesOfSource(): { literals: string[]; constructed: string[] } {
  const literals: string[] = [];
  const constructed: string[] = [];
  for (const path of sourceFiles('src')) {
    const source = ts.createSourceFile(path, readFileSync(join(ROOT, path), 'utf8'), ts.ScriptTarget.Latest);
    const visit = (node: ts.Node): void => {
      if (ts.isRegularExpressionLiteral(node)) literals.push(`${path}: ${node.text}`);
      const isCall = ts.isNewExpression(node) || ts.isCallExpression(node);
      if (isCall && node.expression.getText(source) === 'RegExp') constructed.push(path);
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return { literals, constructed };
}

/** A regex written as a literal, `/source/flags`, made global: a replace then tries every start. */
function globalRegex(literal: string): RegExp {
  const end = literal.lastIndexOf('/');
  const flags = literal.slice(end + 1);
  return new RegExp(literal.slice(1, end), flags.includes('g') ? flags : `${flags}g`);
}

/** `unit` repeated to at least `length` characters. */
const repeatTo = (unit: string, length: number): string => unit.repeat(Math.ceil(length / unit.length));

const LONG = 100_000;

/**
 * Long text of the shapes that make backtracking regexes slow: runs of the characters they match
 * (dots, '@', '-', '_', braces, escaped quotes, digits, whitespace) with a line break or a mismatch at
 * the end or in the middle.
 */
const ADVERSARIAL_TEXTS: readonly string[] = [
  `${repeatTo('.', LONG)}\nx`,
  `${repeatTo('@', LONG)}\n`,
  `${repeatTo('.', LONG)}\r`,
  `${repeatTo('@', LONG)}\u2028`,
  `en${repeatTo('.@', LONG)}\n`,
  `${repeatTo('.', LONG / 2)}\n${repeatTo('.', LONG / 2)}`,
  `${repeatTo('-', LONG)}\n`,
  `${repeatTo('_', LONG)}\n`,
  `en-${repeatTo('abcdefgh-', LONG)}\n`,
  repeatTo('{', LONG),
  `{${repeatTo('a', LONG)}`,
  repeatTo('{a', LONG),
  `"${repeatTo('\\"', LONG)}`,
  repeatTo('"\\', LONG),
  `${repeatTo('1', LONG)}.`,
  `${repeatTo('1', LONG)}e`,
  repeatTo('-1', LONG),
  `${repeatTo(' ', LONG)}1${repeatTo(' ', LONG)}x`,
  `${repeatTo('\t1', LONG)}x`,
  repeatTo('\u200E', LONG),
  `${repeatTo('a', LONG)}\n`,
];

describe('every regex in src/', () => {
  it('is one reviewed here, and none is built at run time', () => {
    const { literals, constructed } = regexesOfSource();
    expect(literals.sort()).toEqual(Object.keys(REVIEWED_REGEXES).sort());
    expect(constructed).toEqual([]);
  });

  it('runs over 100,000-character adversarial text without backtracking super-linearly', () => {
    let runs = 0;
    for (const literal of Object.keys(REVIEWED_REGEXES)) {
      const regex = globalRegex(literal.slice(literal.indexOf(': ') + 2));
      for (const text of ADVERSARIAL_TEXTS) {
        expect(text.replace(regex, '').length).toBeLessThanOrEqual(text.length);
        runs += 1;
      }
    }
    expect(runs).toBe(Object.keys(REVIEWED_REGEXES).length * ADVERSARIAL_TEXTS.length);
  });
});

const SIZE = 50_000;

/**
 * 50,000-character strings that look like locale tags to a careless parser: POSIX suffix runs ('.', '@')
 * before a line break, '-' and '_' runs, long valid-looking subtags, a newline first or last. Each ends in
 * `tail`, so every caller below gets strings of its own (no memo answers for another).
 */
const adversarialTagsEndingIn = (tail: string): string[] => [
  `${repeatTo('.', SIZE)}\n${tail}`,
  `${repeatTo('@', SIZE)}\n${tail}`,
  `${repeatTo('.', SIZE)}\r${tail}`,
  `${repeatTo('@', SIZE)}\u2029${tail}`,
  `en_US${repeatTo('.@', SIZE)}\n${tail}`,
  `${repeatTo('.', SIZE / 2)}\n${repeatTo('@', SIZE / 2)}\n${tail}`,
  `\n${repeatTo('.', SIZE)}${tail}`,
  `${repeatTo('-', SIZE)}\n${tail}`,
  `${repeatTo('_', SIZE)}${tail}`,
  `en-${repeatTo('abcdefgh-', SIZE)}${tail}`,
  `zh-Hant-${repeatTo('x', SIZE)}${tail}`,
  `${repeatTo(' ', SIZE)}en${tail}`,
];

/** Four of each shape of {@link adversarialTagsEndingIn} for `caller`: strings no other caller reads. */
const adversarialTags = (caller: string): string[] =>
  [1, 2, 3, 4].flatMap((round) => adversarialTagsEndingIn(`${caller} ${round}`));

/** A completed voice call of 75 seconds from alice to bob. */
const record = makeRecord({ durations: [{ accountId: 'bob', seconds: 75 } as CallDuration] });
const AT = Date.UTC(2024, 0, 1, 14, 5);

describe('every function that takes a locale tag', () => {
  // Each reads an adversarial tag as an unknown one: English, at once.
  const callers: Readonly<Record<string, (tag: string) => unknown>> = {
    resolveCallRecordLocale: (tag) => resolveCallRecordLocale(tag).code,
    'resolveCallRecordLocale among an app’s locales': (tag) => resolveCallRecordLocale(tag, [fr]).code,
    'resolveCallRecordLocale of an object with that code': (tag) =>
      resolveCallRecordLocale({ ...en, code: tag }).code,
    getCallRecordMessages: (tag) => getCallRecordMessages(tag, { callBack: 'Ring back' }).callBack,
    formatCallRecord: (tag) => formatCallRecord(record, { selfId: 'bob', locale: tag }).accessibleLabel,
    formatMissedCallGroup: (tag) =>
      formatMissedCallGroup(
        [makeRecord({ status: 'timeout' }), makeRecord({ id: 'm2', status: 'timeout' })],
        {
          selfId: 'bob',
          locale: tag,
        },
      ).text,
    formatCallDuration: (tag) => formatCallDuration(75, tag, { style: 'long' }),
    formatCallTime: (tag) => formatCallTime(AT, { locale: tag, timeZone: 'UTC' }),
    callRecordPreview: (tag) => callRecordPreview(record, { locale: tag }),
    collectCallRecords: (tag) =>
      collectCallRecords([v2Completed], { selfId: 'alice', locale: tag }).items[0]?.view.text,
    'CallRecordBubble (server rendering)': (tag) =>
      /aria-label="[^"]*"/.exec(
        renderToString(<CallRecordBubble record={record} selfId="bob" locale={tag} />),
      )?.[0],
  };
  const english: Readonly<Record<string, unknown>> = {
    resolveCallRecordLocale: 'en',
    'resolveCallRecordLocale among an app’s locales': 'en',
    'resolveCallRecordLocale of an object with that code': 'und',
    getCallRecordMessages: 'Ring back',
    formatCallRecord: 'Incoming voice call, Call duration: 01:15 (1 minute 15 seconds)',
    formatMissedCallGroup: '2 missed calls',
    formatCallDuration: '1 minute 15 seconds',
    formatCallTime: '2:05 PM',
    callRecordPreview: '[Voice call]',
    collectCallRecords: 'Call duration: 01:15',
    'CallRecordBubble (server rendering)':
      'aria-label="Incoming voice call, Call duration: 01:15 (1 minute 15 seconds)"',
  };

  for (const [name, call] of Object.entries(callers)) {
    it(`${name} reads 50,000-character adversarial tags as unknown ones, in English`, () => {
      for (const tag of adversarialTags(name)) expect(call(tag)).toBe(english[name]);
    });
  }
});

describe('a locale tag', () => {
  // A private-use tag of exactly 100 characters, then one character longer.
  const longest = `en-x${'-abcdefg'.repeat(12)}`;
  const tooLong = `${longest}h`;

  it('of up to 100 characters is read, a longer one reads as unknown: English', () => {
    expect([longest.length, tooLong.length]).toEqual([100, 101]);
    expect(resolveCallRecordLocale(longest).code).toBe(longest);
    expect(resolveCallRecordLocale(tooLong)).toBe(en);
    expect(resolveCallRecordLocale(`  ${longest}`)).toBe(en);
    expect(formatCallRecord(record, { selfId: 'bob', locale: tooLong }).locale).toBe('en');
  });

  it('is cut at its POSIX codeset or modifier, wherever a line break is', () => {
    expect(resolveCallRecordLocale('ja_JP.UTF-8').code).toBe('ja-JP');
    expect(resolveCallRecordLocale('ko_KR@euro').code).toBe('ko-KR');
    expect(resolveCallRecordLocale('zh_TW.Big5\n').code).toBe('zh-TW');
    expect(resolveCallRecordLocale('ja\n.UTF-8').code).toBe('en');
  });

  it('has its length cap in README', () => {
    expect(readmeSection('## Locales and wording')).toContain('longer than 100 characters');
  });
});
