import { describe, expect, it } from 'vitest';
import {
  backdropOf,
  contrastRatio,
  paintOver,
  parseColor,
  relativeLuminance,
  textContrast,
} from './contrast';

describe('parseColor', () => {
  it('reads the notations getComputedStyle returns, and hex', () => {
    expect(parseColor('rgb(198, 227, 250)')).toEqual({ red: 198, green: 227, blue: 250, alpha: 1 });
    expect(parseColor('rgba(0, 0, 0, 0.87)')).toEqual({ red: 0, green: 0, blue: 0, alpha: 0.87 });
    expect(parseColor('rgb(0 0 0 / 50%)')).toEqual({ red: 0, green: 0, blue: 0, alpha: 0.5 });
    expect(parseColor('rgba(0, 0, 0, 0)')).toEqual({ red: 0, green: 0, blue: 0, alpha: 0 });
    expect(parseColor('#6ea9d7')).toEqual({ red: 110, green: 169, blue: 215, alpha: 1 });
    expect(parseColor('#fff')).toEqual({ red: 255, green: 255, blue: 255, alpha: 1 });
    expect(parseColor('transparent')).toEqual({ red: 0, green: 0, blue: 0, alpha: 0 });
  });

  it('throws on a notation it cannot read, so no test passes on a misread colour', () => {
    expect(() => parseColor('red')).toThrow('cannot read the colour "red"');
    expect(() => parseColor('oklch(0.7 0.1 200)')).toThrow('cannot read');
    expect(() => parseColor('#12345')).toThrow('cannot read');
  });
});

describe('relativeLuminance and contrastRatio (WCAG 2)', () => {
  it('gives the known luminances', () => {
    expect(relativeLuminance(parseColor('#000'))).toBe(0);
    expect(relativeLuminance(parseColor('#fff'))).toBe(1);
    expect(relativeLuminance(parseColor('#ff0000'))).toBeCloseTo(0.2126, 4);
  });

  it('gives the known ratios, in either order', () => {
    expect(contrastRatio('#000', '#fff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#fff', '#fff')).toBe(1);
    // The lightest grey that passes AA on white, and the one just below it.
    expect(contrastRatio('#767676', '#fff')).toBeCloseTo(4.54, 2);
    expect(contrastRatio('#fff', '#767676')).toBeCloseTo(4.54, 2);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(contrastRatio('rgb(0, 0, 238)', 'rgb(255, 255, 255)')).toBeCloseTo(9.4, 1);
  });

  it('paints a translucent text colour over the background first', () => {
    // 87 % black on white is rgb(33, 33, 33): 16.1:1, not the 21:1 of black.
    expect(contrastRatio('rgba(0, 0, 0, 0.87)', '#fff')).toBeCloseTo(contrastRatio('#212121', '#fff'), 1);
    expect(contrastRatio('rgba(0, 0, 0, 0.87)', '#fff')).toBeCloseTo(16.1, 1);
  });

  it('refuses a background that is not opaque (what is behind it decides)', () => {
    expect(() => contrastRatio('#000', 'rgba(0, 0, 0, 0.06)')).toThrow('not opaque');
  });
});

describe('paintOver', () => {
  it('paints an opaque colour as itself and a transparent one as nothing', () => {
    const white = parseColor('#fff');
    expect(paintOver(parseColor('#6ea9d7'), white)).toEqual(parseColor('#6ea9d7'));
    expect(paintOver(parseColor('transparent'), white)).toEqual(white);
  });

  it('mixes half black over white into mid grey', () => {
    expect(paintOver(parseColor('rgba(0, 0, 0, 0.5)'), parseColor('#fff'))).toEqual({
      red: 127.5,
      green: 127.5,
      blue: 127.5,
      alpha: 1,
    });
  });
});

describe('backdropOf and textContrast (computed styles)', () => {
  /** `<div style=outer><div style=middle><span style=inner>text</span></div></div>` in the document. */
  function nest(outer: string, middle: string, inner: string): HTMLElement {
    const wrapper = document.createElement('div');
    wrapper.setAttribute('style', outer);
    const box = document.createElement('div');
    box.setAttribute('style', middle);
    const text = document.createElement('span');
    text.setAttribute('style', inner);
    text.textContent = 'text';
    box.append(text);
    wrapper.append(box);
    document.body.append(wrapper);
    return text;
  }

  it('finds the first opaque background up the tree and names the nearest element that paints', () => {
    const text = nest('background-color: #6ea9d7', 'background-color: transparent', 'color: #000');
    const backdrop = backdropOf(text);
    expect(backdrop.colour).toBe('rgb(110, 169, 215)');
    expect(backdrop.painter).toBe(text.parentElement?.parentElement);
  });

  it('paints a translucent background over the one behind it', () => {
    const text = nest('background-color: #000', 'background-color: rgba(255, 255, 255, 0.5)', 'color: #fff');
    expect(backdropOf(text)).toEqual({ colour: 'rgb(128, 128, 128)', painter: text.parentElement });
  });

  it("measures the text's computed colour against that backdrop", () => {
    const text = nest('background-color: #ffffff', '', 'color: #767676');
    expect(textContrast(text).ratio).toBeCloseTo(4.54, 2);
    expect(textContrast(text).background).toBe('rgb(255, 255, 255)');
  });
});
