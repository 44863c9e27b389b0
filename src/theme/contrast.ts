/** Linearized sRGB channel (0–255 in, 0–1 out). */
function channel(value: number): number {
  const c = value / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/**
 * The WCAG 2 relative luminance of a `#rgb` or `#rrggbb` colour, or `undefined`
 * for any other notation.
 *
 * @example
 * ```ts
 * relativeLuminance('#ffffff'); // 1
 * ```
 */
export function relativeLuminance(color: string): number | undefined {
  const match = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color.trim());
  if (!match?.[1]) return undefined;
  let hex = match[1];
  if (hex.length === 3) hex = hex.replace(/./g, '$&$&');
  const [r, g, b] = [0, 2, 4].map((i) => channel(parseInt(hex.slice(i, i + 2), 16))) as [
    number,
    number,
    number,
  ];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/**
 * The WCAG 2 contrast ratio (1–21) between two `#rgb` / `#rrggbb` colours, or
 * `undefined` when either is in another notation. Text needs at least 4.5.
 *
 * @example
 * ```ts
 * contrastRatio('#000000', '#ffffff'); // 21
 * contrastRatio(darkTheme.missedText, darkTheme.selfBackground) >= 4.5; // true
 * ```
 */
export function contrastRatio(foreground: string, background: string): number | undefined {
  const a = relativeLuminance(foreground);
  const b = relativeLuminance(background);
  if (a === undefined || b === undefined) return undefined;
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}
