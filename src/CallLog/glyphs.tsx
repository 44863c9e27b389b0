import type { ReactElement } from 'react';
import type { CallLogKind } from '../callHistory';

/** The arrow of each kind, in a 24-unit box: into the phone (↙), out of it (↗), or the missed call's bent arrow. */
const GLYPH_PATHS = {
  incoming: 'M17 7L7 17M7 9v8h8',
  outgoing: 'M7 17L17 7M9 7h8v8',
  missed: 'M20 8l-8 8-7-7M5 14V9h5',
} as const satisfies Record<Exclude<CallLogKind, 'unknown'>, string>;

function createGlyph(path: string): ReactElement {
  return (
    <svg
      data-part="glyph"
      viewBox="0 0 24 24"
      width="16"
      height="16"
      fill="none"
      stroke="currentColor"
      strokeWidth="2.25"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      <path d={path} />
    </svg>
  );
}

const glyphs = new Map<CallLogKind, ReactElement>();

/**
 * Internal: the decorative (`aria-hidden`) direction glyph of a row: ↙ incoming, ↗ outgoing, a bent
 * arrow for a missed call (a cue by shape besides the missed colour); none for `'unknown'`. The CSS
 * mirrors it under right-to-left. Elements are made once and shared.
 *
 * @example
 * directionGlyph('missed'); // <svg data-part="glyph" …/>
 */
export function directionGlyph(kind: CallLogKind): ReactElement | null {
  if (kind === 'unknown') return null;
  let glyph = glyphs.get(kind);
  if (glyph === undefined) {
    glyph = createGlyph(GLYPH_PATHS[kind]);
    glyphs.set(kind, glyph);
  }
  return glyph;
}
