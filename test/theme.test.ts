import { describe, it, expect } from 'vitest';
import {
  CALL_RECORD_THEME_KEY,
  CALL_RECORD_THEME_VARS,
  TOKEN_FALLBACKS,
  darkTheme,
  lightTheme,
  themeVariableName,
  themeVariablesStyle,
} from '../src/theme';
import type { CallRecordTheme } from '../src/theme';
import { render } from '@testing-library/react';
import { createElement } from 'react';
import { CallRecordBubble } from '../src/CallRecordBubble';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contrastRatio } from './contrast';
import { readmeTable } from './readme';

describe.each([
  ['light', lightTheme],
  ['dark', darkTheme],
] as const)('the %s theme', (_name, theme: CallRecordTheme) => {
  const text: Array<[keyof CallRecordTheme, keyof CallRecordTheme]> = [
    ['selfText', 'selfBackground'],
    ['peerText', 'peerBackground'],
    ['selfTimeText', 'selfBackground'],
    ['peerTimeText', 'peerBackground'],
    ['missedText', 'selfBackground'],
    ['missedText', 'peerBackground'],
    ['timeText', 'selfBackground'],
    ['timeText', 'peerBackground'],
  ];
  it.each(text)('%s on %s reaches 4.5:1', (foreground, background) => {
    expect(contrastRatio(theme[foreground], theme[background])).toBeGreaterThanOrEqual(4.5);
  });

  it.each(['selfBackground', 'peerBackground'] as const)('the icon reaches 3:1 on %s', (background) => {
    expect(contrastRatio(theme.icon, theme[background])).toBeGreaterThanOrEqual(3);
  });

  it.each(['selfBackground', 'peerBackground'] as const)('the focus ring reaches 3:1 on %s', (background) => {
    expect(contrastRatio(theme.focusRing, theme[background])).toBeGreaterThanOrEqual(3);
  });

  it('tells missed apart from normal text by colour', () => {
    expect(theme.missedText).not.toBe(theme.selfText);
    expect(theme.missedText).not.toBe(theme.peerText);
  });
});

describe('themeVariablesStyle', () => {
  const vars = (theme: unknown): Record<string, string> | undefined => themeVariablesStyle(theme);

  it('declares nothing without a theme or without the namespaced key', () => {
    expect(vars(undefined)).toBeUndefined();
    expect(vars(null)).toBeUndefined();
    expect(vars({ colors: { primary: 'red' } })).toBeUndefined();
  });

  it("declares the theme's own property per token that theme.callRecords overrides, never the app's", () => {
    expect(vars({ [CALL_RECORD_THEME_KEY]: { selfBackground: '#123456', radius: '4px' } })).toEqual({
      '--crb-theme-self-bg': '#123456',
      '--crb-theme-radius': '4px',
    });
    const dark = vars({ callRecords: darkTheme })!;
    for (const token of Object.keys(CALL_RECORD_THEME_VARS) as (keyof CallRecordTheme)[]) {
      expect(dark[themeVariableName(token)]).toBe(darkTheme[token]);
      expect(dark[CALL_RECORD_THEME_VARS[token]]).toBeUndefined();
    }
  });

  it('ignores values that are not non-empty strings and never throws', () => {
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('boom');
        },
      },
    );
    expect(vars({ callRecords: { selfText: 42, peerText: '', focusRing: '#000' } })).toEqual({
      '--crb-theme-focus': '#000',
    });
    expect(vars(hostile)).toBeUndefined();
    expect(vars({ callRecords: hostile })).toBeUndefined();
  });

  it.each(['red;position:fixed', 'red}body{display:none', 'red\\3b x', '</style><b>', 'a>b', '{'])(
    'ignores the value %j that could break out of its declaration',
    (value) => {
      expect(vars({ callRecords: { selfBackground: value, peerBackground: '#fff' } })).toEqual({
        '--crb-theme-peer-bg': '#fff',
      });
    },
  );
});

describe('CALL_RECORD_THEME_VARS', () => {
  it('names the custom property of every token', () => {
    expect(CALL_RECORD_THEME_VARS).toEqual({
      selfBackground: '--crb-self-bg',
      selfText: '--crb-self-text',
      selfTimeText: '--crb-self-time',
      peerBackground: '--crb-peer-bg',
      peerText: '--crb-peer-text',
      peerTimeText: '--crb-peer-time',
      border: '--crb-border',
      icon: '--crb-icon',
      focusRing: '--crb-focus',
      missedText: '--crb-missed',
      timeText: '--crb-time',
      radius: '--crb-radius',
      padding: '--crb-padding',
      gap: '--crb-gap',
      spacing: '--crb-space',
      fontSize: '--crb-font-size',
    });
  });

  it("names each token's theme property after its custom property", () => {
    expect(themeVariableName('selfBackground')).toBe('--crb-theme-self-bg');
    expect(themeVariableName('padding')).toBe('--crb-theme-padding');
  });

  it('keeps the older tokens that did two jobs as the fallback of the narrower ones', () => {
    expect(TOKEN_FALLBACKS).toEqual({
      selfTimeText: 'timeText',
      peerTimeText: 'timeText',
      padding: 'spacing',
      gap: 'spacing',
    });
  });

  it('names one distinct --crb- custom property per token', () => {
    expect(Object.keys(CALL_RECORD_THEME_VARS).sort()).toEqual(Object.keys(lightTheme).sort());
    expect(Object.keys(darkTheme).sort()).toEqual(Object.keys(lightTheme).sort());
    const names = Object.values(CALL_RECORD_THEME_VARS);
    expect(new Set(names).size).toBe(names.length);
    names.forEach((name) => expect(name).toMatch(/^--crb-[a-z-]+$/));
  });
});

describe('every token, in every place it must be (a new token forgotten in one fails here)', () => {
  const tokens = Object.keys(lightTheme) as (keyof CallRecordTheme)[];

  /** The bubble's CSS as the page holds it. */
  function bubbleCss(): string {
    render(createElement(CallRecordBubble, { record: null }));
    return [...document.querySelectorAll('style')].map((style) => style.textContent).join('\n');
  }

  it("is read by the bubble's CSS: the app's property, then the older one, then the theme's, then the light value", () => {
    const css = bubbleCss();
    expect(css).toContain('var(--crb-self-bg, var(--crb-theme-self-bg, #d9fdd3))');
    expect(css).toContain(
      'var(--crb-padding, var(--crb-space, var(--crb-theme-padding, var(--crb-theme-space, 8px))))',
    );
    expect(css).toContain(
      'var(--crb-self-time, var(--crb-time, var(--crb-theme-self-time, var(--crb-theme-time, #54656f))))',
    );
    const unread = tokens.filter(
      (token) =>
        !css.includes(`var(${CALL_RECORD_THEME_VARS[token]}, `) ||
        !css.includes(`var(${themeVariableName(token)}, `) ||
        !css.includes(`, ${lightTheme[token]})`),
    );
    expect(unread).toEqual([]);
  });

  it("is a row of README's table with its variable, the older one it falls back to, and its light and dark values", () => {
    const fallbacks: Partial<Record<keyof CallRecordTheme, keyof CallRecordTheme>> = TOKEN_FALLBACKS;
    expect(readmeTable('## Theming')).toEqual(
      tokens.map((token) => {
        const fallback = fallbacks[token];
        return {
          token,
          'CSS variable': CALL_RECORD_THEME_VARS[token],
          'unset, reads': fallback ? CALL_RECORD_THEME_VARS[fallback] : '',
          light: lightTheme[token],
          dark: darkTheme[token],
        };
      }),
    );
  });
  it("is a row of the Storybook introduction's table with its variable and its light value", () => {
    const introduction = readFileSync(join(process.cwd(), 'stories/Introduction.mdx'), 'utf8');
    const rows = [...introduction.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((row) =>
      [...(row[1] ?? '').matchAll(/<code>([^<]*)<\/code>/g)].map((code) => code[1]),
    );
    const missing = tokens.filter(
      (token) =>
        !rows.some(
          (cells) =>
            cells[0] === token &&
            cells[1] === CALL_RECORD_THEME_VARS[token] &&
            cells.includes(lightTheme[token]),
        ),
    );
    expect(missing).toEqual([]);
  });
});

describe('the documented dark theme in plain CSS', () => {
  /** Every `.chat.dark { … }` example of the docs, as the declarations it makes. */
  const examples = ['README.md', 'stories/Introduction.mdx', 'src/theme/cssVariableNames.ts'].flatMap(
    (file) =>
      [...readFileSync(join(process.cwd(), file), 'utf8').matchAll(/\.chat\.dark \{([^}]*)\}/g)].map(
        (match) => ({
          file,
          declarations: Object.fromEntries(
            [...(match[1] ?? '').matchAll(/(--crb-[a-z-]+):\s*([^;]+);/g)].map((declaration) => [
              declaration[1],
              declaration[2],
            ]),
          ),
        }),
      ),
  );
  const changedColours = (Object.keys(lightTheme) as (keyof CallRecordTheme)[]).filter(
    (token) => darkTheme[token] !== lightTheme[token],
  );

  it('is written in each place the docs show it', () => {
    expect(examples.map((example) => example.file)).toEqual([
      'README.md',
      'stories/Introduction.mdx',
      'src/theme/cssVariableNames.ts',
    ]);
  });

  const fallbacks: Partial<Record<keyof CallRecordTheme, keyof CallRecordTheme>> = TOKEN_FALLBACKS;

  /** The value `token` takes from `declarations`: its own property, else the older one it falls back to. */
  function valueIn(declarations: Record<string, string | undefined>, token: keyof CallRecordTheme) {
    const fallback = fallbacks[token];
    return (
      declarations[CALL_RECORD_THEME_VARS[token]] ??
      (fallback && declarations[CALL_RECORD_THEME_VARS[fallback]])
    );
  }

  it.each(['README.md', 'stories/Introduction.mdx', 'src/theme/cssVariableNames.ts'])(
    'sets, in %s, every token the dark theme changes (its focus ring and texts keep their contrast), and nothing else',
    (file) => {
      const declarations = examples.find((candidate) => candidate.file === file)?.declarations ?? {};
      expect(
        Object.fromEntries(changedColours.map((token) => [token, valueIn(declarations, token)])),
      ).toEqual(Object.fromEntries(changedColours.map((token) => [token, darkTheme[token]])));
      const changedVariables = changedColours.map((token) => CALL_RECORD_THEME_VARS[token]);
      expect(Object.keys(declarations).filter((name) => !changedVariables.includes(name as never))).toEqual(
        [],
      );
    },
  );
});
