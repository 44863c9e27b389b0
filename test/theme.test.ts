import { describe, it, expect } from 'vitest';
import {
  CALL_RECORD_THEME_KEY,
  CALL_RECORD_THEME_VARS,
  callRecordToken,
  contrastRatio,
  darkTheme,
  getCallRecordTheme,
  lightTheme,
  relativeLuminance,
} from '../src/theme';
import type { CallRecordTheme } from '../src/theme';

describe('contrastRatio', () => {
  it('computes WCAG ratios', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#fff', '#ffffff')).toBe(1);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(contrastRatio('#ffffff', '#777777')).toBeCloseTo(4.48, 2);
    expect(relativeLuminance('#ff0000')).toBeCloseTo(0.2126, 4);
  });

  it('returns undefined for notations it cannot read', () => {
    expect(contrastRatio('red', '#ffffff')).toBeUndefined();
    expect(contrastRatio('#ffffff', 'rgba(0,0,0,0.1)')).toBeUndefined();
    expect(relativeLuminance('#12345')).toBeUndefined();
  });
});

describe.each([
  ['light', lightTheme],
  ['dark', darkTheme],
] as const)('the %s theme', (_name, theme: CallRecordTheme) => {
  const text: Array<[keyof CallRecordTheme, keyof CallRecordTheme]> = [
    ['selfText', 'selfBackground'],
    ['peerText', 'peerBackground'],
    ['missedText', 'selfBackground'],
    ['missedText', 'peerBackground'],
    ['timeText', 'selfBackground'],
    ['timeText', 'peerBackground'],
  ];
  it.each(text)('%s on %s reaches 4.5:1', (foreground, background) => {
    const ratio = contrastRatio(theme[foreground], theme[background]);
    expect(ratio).toBeDefined();
    expect(ratio!).toBeGreaterThanOrEqual(4.5);
  });

  it.each(['selfBackground', 'peerBackground'] as const)('the icon reaches 3:1 on %s', (background) => {
    expect(contrastRatio(theme.icon, theme[background])!).toBeGreaterThanOrEqual(3);
  });

  it('tells missed apart from normal text by colour', () => {
    expect(theme.missedText).not.toBe(theme.selfText);
    expect(theme.missedText).not.toBe(theme.peerText);
  });
});

describe('getCallRecordTheme', () => {
  it('returns the light tokens without a theme or without the namespaced key', () => {
    expect(getCallRecordTheme()).toEqual(lightTheme);
    expect(getCallRecordTheme({ colors: { primary: 'red' } })).toEqual(lightTheme);
    expect(getCallRecordTheme(null)).toEqual(lightTheme);
  });

  it('merges a partial theme at theme.callRecords over the light tokens', () => {
    const theme = getCallRecordTheme({
      [CALL_RECORD_THEME_KEY]: { selfBackground: '#123456', radius: '4px' },
    });
    expect(theme).toEqual({ ...lightTheme, selfBackground: '#123456', radius: '4px' });
    expect(getCallRecordTheme({ callRecords: darkTheme })).toEqual(darkTheme);
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
    expect(getCallRecordTheme({ callRecords: { selfText: 42, peerText: '', focusRing: '#000' } })).toEqual({
      ...lightTheme,
      focusRing: '#000',
    });
    expect(getCallRecordTheme(hostile)).toEqual(lightTheme);
    expect(getCallRecordTheme({ callRecords: hostile })).toEqual(lightTheme);
  });

  it('offers a Primer-style getter for styled components', () => {
    expect(callRecordToken('missedText')({})).toBe(lightTheme.missedText);
    expect(callRecordToken('missedText')({ theme: { callRecords: darkTheme } })).toBe(darkTheme.missedText);
  });
});

describe('CALL_RECORD_THEME_VARS', () => {
  it('names one distinct --crb- custom property per token', () => {
    expect(Object.keys(CALL_RECORD_THEME_VARS).sort()).toEqual(Object.keys(lightTheme).sort());
    expect(Object.keys(darkTheme).sort()).toEqual(Object.keys(lightTheme).sort());
    const names = Object.values(CALL_RECORD_THEME_VARS);
    expect(new Set(names).size).toBe(names.length);
    names.forEach((name) => expect(name).toMatch(/^--crb-[a-z-]+$/));
  });
});
