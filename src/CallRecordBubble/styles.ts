import { css, styled } from 'styled-components';
import { appTokenValue, tokenValue } from '../theme';
import type { CallRecordTheme } from '../theme';
import { version } from '../../package.json';

/**
 * A colour of the content form: the app's custom properties only, else the container's text colour
 * (`currentColor`). The theme's and the light colours are made for the bubble's own backgrounds,
 * not for the one around the content.
 */
function colourOnContainer(name: keyof CallRecordTheme): string {
  return appTokenValue(name, 'currentColor');
}

/**
 * The bubble's CSS. Fully static (one class for every bubble, no per-prop class): variants are
 * chosen by the `data-variant` / `data-side` / `data-tone` attributes, sub-elements by `data-part`,
 * and the tokens are CSS custom properties with the theme's and the light values as fallbacks.
 * Every selector sits in `:where()`, so it weighs nothing: any rule of the app (one class through
 * `className`, a `[data-side]` rule) wins, and the rules below win over each other by their order.
 * Logical properties only, so the bubble mirrors under `dir="rtl"`.
 */
function bubbleCss(): string {
  const padding = tokenValue('padding');
  const gap = tokenValue('gap');
  const radius = tokenValue('radius');
  return [
    // The other person's bubble: inline-start side, tail in the end-start corner.
    css`
      :where(&) {
        box-sizing: border-box;
        display: flex;
        align-items: center;
        gap: ${gap};
        inline-size: fit-content;
        max-inline-size: 80%;
        min-inline-size: 0;
        margin: 0;
        margin-inline-end: auto;
        padding-block: ${padding};
        padding-inline: calc(${padding} * 1.5);
        border: 1px solid ${tokenValue('border')};
        border-radius: ${radius};
        border-end-start-radius: calc(${radius} / 4);
        background-color: ${tokenValue('peerBackground')};
        color: ${tokenValue('peerText')};
        font: inherit;
        font-size: ${tokenValue('fontSize')};
        line-height: 1.4;
        text-align: start;
        text-transform: none;
        overflow-wrap: anywhere;
        -webkit-tap-highlight-color: transparent;
      }
    `,
    // The viewer's own bubble: inline-end side, tail in the end-end corner.
    css`
      :where(&[data-side='self']) {
        margin-inline: auto 0;
        border-end-start-radius: ${radius};
        border-end-end-radius: calc(${radius} / 4);
        background-color: ${tokenValue('selfBackground')};
        color: ${tokenValue('selfText')};
      }
    `,
    // Nobody knows whose call it was: centred, neutral colours, no tail (it points at nobody).
    css`
      :where(&[data-side='unknown']) {
        margin-inline: auto;
        border-end-start-radius: ${radius};
      }
    `,
    // The audio or video icon.
    css`
      :where(& > svg) {
        flex: none;
        inline-size: 1.25em;
        block-size: 1.25em;
        color: ${tokenValue('icon')};
      }
    `,
    // The missed-call arrow is a direction: it mirrors under right-to-left (Material's bidi icons).
    css`
      :where(& [data-part='arrow']) {
        transform-box: fill-box;
        transform-origin: center;
      }

      :where(&:dir(rtl) [data-part='arrow']) {
        transform: scaleX(-1);
      }
    `,
    // The label and, with showTime, the smaller time of day, which goes under the label when the line is full.
    css`
      :where(& > [data-part='body']) {
        display: flex;
        flex-wrap: wrap;
        align-items: baseline;
        column-gap: ${gap};
        min-inline-size: 0;
      }

      :where(& time) {
        margin-inline-start: auto;
        font-size: 0.75em;
        color: ${tokenValue('peerTimeText')};
        white-space: nowrap;
        font-variant-numeric: tabular-nums;
      }

      :where(&[data-side='self'] time) {
        color: ${tokenValue('selfTimeText')};
      }
    `,
    // A call-back button.
    css`
      :where(&:enabled) {
        cursor: pointer;
        touch-action: manipulation;
      }

      :where(&:focus-visible) {
        outline: 2px solid ${tokenValue('focusRing')};
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
    `,
    // The content form (variant="content"), inside another kit's message bubble: the kit draws the
    // bubble, so this draws none (no background, border, radius, tail, shadow, outer margin or
    // maximum width) and takes the kit's font and text colour, which the icon and the time follow
    // unless the app sets their --crb-* property. An inline box sized to its content, so it stays
    // on one line while the kit's box has room; 'break-word' rather than 'anywhere' keeps its
    // narrowest width at its longest word, so a kit that sizes to content does not squeeze it.
    css`
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
        line-height: inherit;
        overflow-wrap: break-word;
      }

      :where(&[data-variant='content'] > svg) {
        color: ${colourOnContainer('icon')};
      }

      :where(&[data-variant='content'] time) {
        color: ${colourOnContainer('peerTimeText')};
      }

      :where(&[data-variant='content'][data-side='self'] time) {
        color: ${colourOnContainer('selfTimeText')};
      }

      @media (hover: hover) {
        :where(&[data-variant='content']:enabled:hover [data-part='label']) {
          text-decoration: underline;
        }
      }
    `,
    // A missed call, in either form: icon and label in the missed colour (the icon also gains an arrow).
    css`
      :where(&[data-tone='missed'] > svg),
      :where(&[data-tone='missed'] [data-part='label']) {
        color: ${tokenValue('missedText')};
      }
    `,
    // Windows high contrast (forced colours): the system forces the text, the border and the focus
    // ring, but Chromium keeps a colour set on an <svg>. The icon and its missed-call arrow take the
    // forced text colour like the label.
    css`
      @media (forced-colors: active) {
        :where(& > svg) {
          color: inherit;
        }
      }
    `,
  ]
    .map((rules) => rules.join(''))
    .join('');
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
