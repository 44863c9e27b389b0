import { css, styled } from 'styled-components';
import { CALL_RECORD_THEME_VARS, lightTheme } from '../theme';
import type { CallRecordTheme } from '../theme';
import { version } from '../../package.json';

/** `var(--crb-…, <light default>)`: a plain string, so the CSS below stays one static text. */
function token(name: keyof CallRecordTheme): string {
  return `var(${CALL_RECORD_THEME_VARS[name]}, ${lightTheme[name]})`;
}

/**
 * The bubble's CSS. Fully static (one class for every bubble, no per-prop class): variants are
 * chosen by the `data-side` / `data-tone` attributes, sub-elements by `data-part`, and the tokens
 * are CSS custom properties with the light values as fallbacks. Logical properties only, so the
 * bubble mirrors under `dir="rtl"`.
 */
function bubbleCss(): string {
  const spacing = token('spacing');
  const radius = token('radius');
  return css`
    /* The other person's bubble: inline-start side, tail in the end-start corner. */
    :where(&) {
      box-sizing: border-box;
      display: flex;
      align-items: center;
      gap: ${spacing};
      inline-size: fit-content;
      max-inline-size: 80%;
      min-inline-size: 0;
      margin: 0;
      margin-inline-end: auto;
      padding-block: ${spacing};
      padding-inline: calc(${spacing} * 1.5);
      border: 1px solid ${token('border')};
      border-radius: ${radius};
      border-end-start-radius: calc(${radius} / 4);
      background-color: ${token('peerBackground')};
      color: ${token('peerText')};
      font: inherit;
      font-size: ${token('fontSize')};
      line-height: 1.4;
      text-align: start;
      text-transform: none;
      overflow-wrap: anywhere;
      -webkit-tap-highlight-color: transparent;
    }

    /* The viewer's own bubble: inline-end side, tail in the end-end corner. */
    :where(&[data-side='self']) {
      margin-inline: auto 0;
      border-end-start-radius: ${radius};
      border-end-end-radius: calc(${radius} / 4);
      background-color: ${token('selfBackground')};
      color: ${token('selfText')};
    }

    /* Nobody knows whose call it was: centred, neutral colours, no tail (it points at nobody). */
    :where(&[data-side='unknown']) {
      margin-inline: auto;
      border-end-start-radius: ${radius};
    }

    :where(& > svg) {
      flex: none;
      inline-size: 1.25em;
      block-size: 1.25em;
      color: ${token('icon')};
    }

    /* Content mode: the icon takes the kit's text colour (a missed one keeps the missed colour). */
    :where(&[data-variant='content'] > svg) {
      color: inherit;
    }

    /* A missed call: icon and label in the missed colour (the icon also gains an arrow). */
    :where(&[data-tone='missed'] > svg),
    :where(&[data-tone='missed'] [data-part='label']) {
      color: ${token('missedText')};
    }

    /* The missed-call arrow is a direction: it mirrors under right-to-left (Material's bidi icons). */
    :where(& [data-part='arrow']) {
      transform-box: fill-box;
      transform-origin: center;
    }

    :where(&:dir(rtl) [data-part='arrow']) {
      transform: scaleX(-1);
    }

    :where(& > [data-part='body']) {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      column-gap: ${spacing};
      min-inline-size: 0;
    }

    :where(& time) {
      margin-inline-start: auto;
      font-size: 0.75em;
      color: ${token('timeText')};
      white-space: nowrap;
      font-variant-numeric: tabular-nums;
    }

    /* A call-back button. */
    :where(&:enabled) {
      cursor: pointer;
      touch-action: manipulation;
    }

    :where(&:focus-visible) {
      outline: 2px solid ${token('focusRing')};
      outline-offset: 2px;
    }

    @media (hover: hover) {
      :where(&:enabled:hover) {
        box-shadow: inset 0 0 0 99em rgb(0 0 0 / 4%);
      }
    }

    :where(&:enabled:active) {
      box-shadow: inset 0 0 0 99em rgb(0 0 0 / 8%);
    }

    /*
     * Content mode, inside another kit's message bubble: the kit draws the bubble, so this draws
     * none (no background, border, radius, tail, shadow, outer margin or maximum width), takes the
     * kit's font size and text colour, and sizes to its content on one line while the kit's box
     * leaves room. The missed and time colours stay the tokens'.
     */
    :where(&[data-variant='content']) {
      display: inline-flex;
      vertical-align: middle;
      inline-size: auto;
      max-inline-size: 100%;
      margin: 0;
      padding: 0;
      border: 0;
      border-radius: 0;
      background: none;
      box-shadow: none;
      color: inherit;
      font-size: inherit;
      overflow-wrap: break-word;
    }

    @media (hover: hover) {
      :where(&[data-variant='content']:enabled:hover [data-part='label']) {
        text-decoration: underline;
      }
    }

    /*
     * Windows high contrast (forced colours): the system forces the text, the border and the focus
     * ring, but Chromium keeps a colour set on an <svg>. The icon and its missed-call arrow take the
     * forced text colour like the label.
     */
    @media (forced-colors: active) {
      :where(& > svg) {
        color: inherit;
      }
    }
  `.join('');
}

/**
 * The bubble's styled-components id, fixed and versioned (`crb-bubble-1-0-0`). Without it
 * styled-components counts the unnamed components each module graph evaluates, so an app's own
 * component evaluated first on the server or in the browser only gives the bubble another class, and
 * hydration keeps a className React will not patch. The version keeps two copies of the library in
 * one page apart (a class name may not hold dots).
 */
const BUBBLE_COMPONENT_ID = `crb-bubble-${version.replaceAll('.', '-')}`;

/**
 * The root element of a bubble with {@link bubbleCss}.
 *
 * The CSS reaches styled-components as one string, the template's only piece: styled-components 6
 * concatenates a template's pieces and looks the result up in its class-name cache on every render,
 * so a template of 60 pieces builds and hashes a new 1.5 kB string per bubble, while a lone string is
 * reused as is (its hash stays cached). `css` above only assembles the text once, at load.
 */
function createBubbleRoot() {
  return styled.div.withConfig({ componentId: BUBBLE_COMPONENT_ID, displayName: 'CallRecordBubble' })`
    ${bubbleCss()}
  `;
}

/**
 * Internal: the single styled element of the bubble. Created in a function marked pure (bundlers
 * ignore that mark on a tagged template), so an app that only imports `parseCallRecord` drops the
 * component and its CSS.
 */
export const BubbleRoot = /* @__PURE__ */ createBubbleRoot();
