import { styled } from 'styled-components';
import { CALL_RECORD_THEME_VARS, lightTheme } from '../theme';
import type { CallRecordTheme } from '../theme';

/** `var(--crb-…,<light default>)`: a plain string, so the rules below stay static. */
const v = (name: keyof CallRecordTheme): string => `var(${CALL_RECORD_THEME_VARS[name]},${lightTheme[name]})`;

/**
 * Internal: the single styled element of the bubble. Its CSS is fully static (one class
 * for every bubble, no per-prop class generation): variants are chosen by the
 * `data-side` / `data-tone` attributes, sub-elements by `data-part`, and the tokens are
 * CSS custom properties with the light values as fallbacks. Logical properties only,
 * so the bubble mirrors under `dir="rtl"`.
 */
// The IIFE carries the pure annotation (bundlers ignore it on a tagged template), so an app that
// only imports `parseCallRecord` drops the component and its CSS.
// The CSS is one pre-built string, the template's only piece: styled-components 6 joins the pieces of
// a template and hashes the result on every render; a lone string is reused as is and its hash stays
// cached, which took the class-name step off the bubble's render profile (bench/profile.mjs render).
export const BubbleRoot = /* @__PURE__ */ (() => {
  const space = v('spacing');
  const radius = v('radius');
  // Written without whitespace: JS minifiers leave string contents alone, so this is what ships.
  const css =
    `box-sizing:border-box;display:flex;align-items:center;gap:${space};inline-size:fit-content;` +
    `max-inline-size:80%;min-inline-size:0;margin:0;margin-inline-end:auto;padding-block:${space};` +
    `padding-inline:calc(${space}*1.5);border:1px solid ${v('border')};border-radius:${radius};` +
    `border-end-start-radius:calc(${radius}/4);background-color:${v('peerBackground')};` +
    `color:${v('peerText')};font:inherit;font-size:${v('fontSize')};line-height:1.4;text-align:start;` +
    `text-transform:none;overflow-wrap:anywhere;-webkit-tap-highlight-color:transparent;` +
    `&[data-side=self]{margin-inline:auto 0;border-end-start-radius:${radius};` +
    `border-end-end-radius:calc(${radius}/4);background-color:${v('selfBackground')};color:${v('selfText')}}` +
    `&>svg{flex:none;inline-size:1.25em;block-size:1.25em;color:${v('icon')}}` +
    `&[data-tone=missed]>svg,&[data-tone=missed] [data-part=label]{color:${v('missedText')}}` +
    `&>[data-part=body]{display:flex;flex-wrap:wrap;align-items:baseline;column-gap:${space};min-inline-size:0}` +
    `& time{margin-inline-start:auto;font-size:.75em;color:${v('timeText')};white-space:nowrap;` +
    `font-variant-numeric:tabular-nums}` +
    `&:enabled{cursor:pointer;touch-action:manipulation}` +
    `&:focus-visible{outline:2px solid ${v('focusRing')};outline-offset:2px}` +
    `@media (hover:hover){&:enabled:hover{box-shadow:inset 0 0 0 99em rgb(0 0 0/4%)}}` +
    `&:enabled:active{box-shadow:inset 0 0 0 99em rgb(0 0 0/8%)}`;
  // Keep `css` the template's only piece (no whitespace pieces around it):
  // prettier-ignore
  return styled.div`${css}`;
})();
