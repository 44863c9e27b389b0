/**
 * WCAG 2 contrast, as a user sees it: colours as the browser computes them (`#rgb`, `#rrggbb`,
 * `rgb(…)`, `rgba(…)`), translucent layers painted over what is behind them, and the colour behind a
 * piece of text found by walking up its ancestors to the first opaque background.
 *
 * Used by the Chromium tests of the bubble inside chat kits (test/browser/kits.*.test.tsx); the pure
 * part is tested in test/contrast.test.ts.
 */

/** A colour in sRGB: channels 0–255, alpha 0–1. */
export interface Rgba {
  readonly red: number;
  readonly green: number;
  readonly blue: number;
  readonly alpha: number;
}

/** Reads `#rgb` / `#rrggbb`; `undefined` for anything else. */
function parseHex(text: string): Rgba | undefined {
  const match = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(text);
  if (!match?.[1]) return undefined;
  const hex = match[1].length === 3 ? match[1].replace(/./g, '$&$&') : match[1];
  const [red, green, blue] = [0, 2, 4].map((start) => parseInt(hex.slice(start, start + 2), 16)) as [
    number,
    number,
    number,
  ];
  return { red, green, blue, alpha: 1 };
}

/** Reads `rgb(…)` / `rgba(…)` with commas or spaces, alpha as a number or a percentage. */
function parseRgbFunction(text: string): Rgba | undefined {
  const match = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+)(%?))?\s*\)$/i.exec(
    text,
  );
  if (!match) return undefined;
  const [, red, green, blue, alpha, percent] = match;
  let opacity = 1;
  if (alpha !== undefined) opacity = percent === '%' ? Number(alpha) / 100 : Number(alpha);
  return { red: Number(red), green: Number(green), blue: Number(blue), alpha: opacity };
}

/**
 * The colour a CSS colour string stands for. Throws on a notation it cannot read (a named colour,
 * `oklch()`…), so a test never passes on a colour it did not understand.
 */
export function parseColor(text: string): Rgba {
  const trimmed = text.trim();
  if (trimmed === 'transparent') return { red: 0, green: 0, blue: 0, alpha: 0 };
  const colour = parseHex(trimmed) ?? parseRgbFunction(trimmed);
  if (!colour) throw new Error(`parseColor: cannot read the colour ${JSON.stringify(text)}`);
  return colour;
}

/** `top` painted over `bottom` (source-over). */
export function paintOver(top: Rgba, bottom: Rgba): Rgba {
  const alpha = top.alpha + bottom.alpha * (1 - top.alpha);
  if (alpha === 0) return { red: 0, green: 0, blue: 0, alpha: 0 };
  const mix = (upper: number, lower: number): number =>
    (upper * top.alpha + lower * bottom.alpha * (1 - top.alpha)) / alpha;
  return {
    red: mix(top.red, bottom.red),
    green: mix(top.green, bottom.green),
    blue: mix(top.blue, bottom.blue),
    alpha,
  };
}

/** Linearised sRGB channel (0–255 in, 0–1 out), as WCAG 2 defines it. */
function linearChannel(value: number): number {
  const channel = value / 255;
  return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
}

/** WCAG 2 relative luminance of an opaque colour (0 for black, 1 for white). */
export function relativeLuminance(colour: Rgba): number {
  return (
    0.2126 * linearChannel(colour.red) +
    0.7152 * linearChannel(colour.green) +
    0.0722 * linearChannel(colour.blue)
  );
}

/**
 * WCAG 2 contrast ratio (1–21) of a text colour on a background. A translucent text colour is first
 * painted over the background (as the browser draws it); the background must be opaque.
 */
export function contrastRatio(foreground: string, background: string): number {
  const behind = parseColor(background);
  if (behind.alpha !== 1) throw new Error(`contrastRatio: the background ${background} is not opaque`);
  const text = paintOver(parseColor(foreground), behind);
  const lighter = Math.max(relativeLuminance(text), relativeLuminance(behind));
  const darker = Math.min(relativeLuminance(text), relativeLuminance(behind));
  return (lighter + 0.05) / (darker + 0.05);
}

/** An opaque colour as `rgb(r, g, b)` with whole channels. */
function rgbText(colour: Rgba): string {
  return `rgb(${Math.round(colour.red)}, ${Math.round(colour.green)}, ${Math.round(colour.blue)})`;
}

/** What is painted behind an element: the colour, and the nearest element that paints any of it. */
export interface Backdrop {
  /** The opaque colour behind the element, as `rgb(r, g, b)`. */
  readonly colour: string;
  /** The nearest element (the element itself or an ancestor) with a background that is not transparent. */
  readonly painter: Element | undefined;
}

/**
 * The colour actually behind `element`'s text: its own and its ancestors' computed
 * `background-color`, from the nearest up to the first opaque one, painted over each other (the
 * canvas, white, under all of them). Background images are not looked at.
 */
export function backdropOf(element: Element): Backdrop {
  const layers: Rgba[] = [];
  let painter: Element | undefined;
  for (let current: Element | null = element; current; current = current.parentElement) {
    const layer = parseColor(getComputedStyle(current).backgroundColor);
    if (layer.alpha === 0) continue;
    painter ??= current;
    layers.push(layer);
    if (layer.alpha === 1) break;
  }
  const canvas: Rgba = { red: 255, green: 255, blue: 255, alpha: 1 };
  const colour = layers.reduceRight((below, layer) => paintOver(layer, below), canvas);
  return { colour: rgbText(colour), painter };
}

/** The contrast of `element`'s computed text colour against the colour behind it ({@link backdropOf}). */
export function textContrast(element: Element): { ratio: number; colour: string; background: string } {
  const colour = getComputedStyle(element).color;
  const background = backdropOf(element).colour;
  return { ratio: contrastRatio(colour, background), colour, background };
}
