import { styled } from 'styled-components';
import { tokenValue } from '../theme';
import { version } from '../../package.json';

/**
 * The call log's CSS, written as CSS: a phone's Recents list. Every selector is inside `:where()`, so
 * it weighs nothing and an app's own one-class rule wins, whatever order the style tags land in.
 * Variants by `data-kind`, parts by `data-part` and ARIA roles; logical properties only, so the list
 * mirrors under its container's `dir="rtl"` (and the direction glyph with it), whatever the locale. The bubble's tokens, read as the bubble
 * reads them (`tokenValue`: the app's `--crb-*`, then the `ThemeProvider` theme's, then the light
 * default): the list is painted as the other person's bubble, its selected tab and avatars as the
 * viewer's.
 */
function callLogCss(): string {
  const padding = tokenValue('padding');
  const gap = tokenValue('gap');
  const timeText = tokenValue('peerTimeText');
  return `
    :where(&) {
      box-sizing: border-box;
      inline-size: 100%;
      border: 1px solid ${tokenValue('border')};
      border-radius: ${tokenValue('radius')};
      background-color: ${tokenValue('peerBackground')};
      color: ${tokenValue('peerText')};
      font-size: ${tokenValue('fontSize')};
      line-height: 1.4;
      overflow-wrap: anywhere;
    }

    :where(&) :where([role='tablist']) {
      display: flex;
      flex-wrap: wrap;
      gap: ${gap};
      padding: calc(${padding} * 1.5) calc(${padding} * 2);
      border-block-end: 1px solid ${tokenValue('border')};
    }

    :where(&) :where([role='tab']) {
      display: inline-flex;
      align-items: center;
      gap: 0.5ch;
      min-block-size: 2.25em;
      margin: 0;
      padding-block: 0;
      padding-inline: calc(${padding} * 1.75);
      border: 1px solid ${tokenValue('border')};
      border-radius: 999px;
      background: transparent;
      color: inherit;
      font: inherit;
      cursor: pointer;
    }

    :where(&) :where([role='tab'][aria-selected='true']) {
      border-color: transparent;
      background-color: ${tokenValue('selfBackground')};
      color: ${tokenValue('selfText')};
      font-weight: 600;
    }

    :where(&) :where([data-part='tab-count']) {
      font-variant-numeric: tabular-nums;
    }

    :where(&) :where(ul) {
      margin: 0;
      padding: 0;
      list-style: none;
    }

    :where(&) :where([data-part='day']) {
      margin: 0;
      padding-block: ${padding} calc(${padding} / 2);
      padding-inline: calc(${padding} * 2);
      font-size: 0.8125em;
      font-weight: 600;
      color: ${timeText};
    }

    /* A row: avatar, who and what, when, and the call-back button. */
    :where(&) :where([data-part='row']) {
      display: grid;
      grid-template-columns: auto minmax(0, 1fr) auto auto;
      align-items: center;
      column-gap: calc(${gap} * 1.5);
      padding-block: ${padding};
      padding-inline: calc(${padding} * 2) ${padding};
      border-block-end: 1px solid ${tokenValue('border')};
    }

    :where(&) :where(li:last-child > [data-part='row'], li:last-child[data-part='row']) {
      border-block-end: 0;
    }

    :where(&) :where([data-part='avatar']) {
      display: grid;
      place-items: center;
      inline-size: 2.5em;
      block-size: 2.5em;
      border-radius: 50%;
      overflow: hidden;
      background-color: ${tokenValue('selfBackground')};
      color: ${tokenValue('selfText')};
      font-weight: 600;
    }

    :where(&) :where([data-part='avatar'] img) {
      inline-size: 100%;
      block-size: 100%;
      object-fit: cover;
    }

    :where(&) :where([data-part='avatar'] svg) {
      inline-size: 1.25em;
      block-size: 1.25em;
    }

    :where(&) :where([data-part='main']) {
      display: flex;
      flex-direction: column;
      align-items: stretch;
      min-inline-size: 0;
      margin: 0;
      padding: 0;
      border: 0;
      background: none;
      color: inherit;
      font: inherit;
      text-align: start;
    }

    :where(&) :where(button[data-part='main']) {
      cursor: pointer;
    }

    :where(&) :where([data-part='person']) {
      overflow: hidden;
      font-weight: 600;
      /* Its own size, at the layout's start (the container's dir), cut at the end of the words (the locale's dir). */
      align-self: start;
      max-inline-size: 100%;
      text-overflow: ellipsis;
      white-space: nowrap;
    }

    :where(&) :where([data-part='detail']) {
      display: flex;
      align-items: center;
      gap: 0.5ch;
      min-inline-size: 0;
      font-size: 0.875em;
      color: ${timeText};
    }

    :where(&) :where([data-part='glyph']) {
      flex: none;
      inline-size: 1.125em;
      block-size: 1.125em;
      color: ${tokenValue('icon')};
    }

    :where(&) :where([data-part='glyph']:dir(rtl)) {
      transform: scaleX(-1);
    }

    /* A missed call: the name and the glyph in the missed colour; the glyph's shape and the words say it too. */
    :where(&) :where([data-kind='missed'] [data-part='person'], [data-kind='missed'] [data-part='glyph']) {
      color: ${tokenValue('missedText')};
    }

    :where(&) :where([data-part='when']) {
      font-size: 0.8125em;
      color: ${timeText};
      white-space: nowrap;
      font-variant-numeric: tabular-nums;
    }

    :where(&) :where([data-part='call-back']) {
      display: grid;
      place-items: center;
      inline-size: 2.75em;
      block-size: 2.75em;
      margin: 0;
      padding: 0;
      border: 0;
      border-radius: 50%;
      background: transparent;
      color: ${tokenValue('icon')};
      cursor: pointer;
    }

    :where(&) :where([data-part='call-back'] svg) {
      inline-size: 1.375em;
      block-size: 1.375em;
    }

    :where(&) :where([data-part='empty']) {
      margin: 0;
      padding: calc(${padding} * 4) calc(${padding} * 2);
      color: ${timeText};
      text-align: center;
    }

    :where(&) :where(button:focus-visible, [role='tabpanel']:focus-visible) {
      outline: 2px solid ${tokenValue('focusRing')};
      outline-offset: -2px;
    }

    @media (hover: hover) {
      :where(&) :where([role='tab']:hover, button[data-part='main']:hover, [data-part='call-back']:hover) {
        box-shadow: inset 0 0 0 99em rgb(0 0 0 / 4%);
      }
    }

    @media (forced-colors: active) {
      :where(&) :where([data-part='glyph'], [data-part='call-back']) {
        color: inherit;
      }
      :where(&) :where([role='tab'][aria-selected='true']) {
        outline: 2px solid;
      }
    }
  `;
}

/** The call log's styled-components id, fixed and versioned like the bubble's (`crb-call-log-1-0-0`). */
const CALL_LOG_COMPONENT_ID = `crb-call-log-${version.replaceAll('.', '-')}`;

function createCallLogRoot() {
  return styled.div.withConfig({ componentId: CALL_LOG_COMPONENT_ID, displayName: 'CallLog' })`
    ${callLogCss()}
  `;
}

/** Internal: the root element of a call log, with all of its CSS. Made in a function marked pure, so an app that never renders a call log drops it. */
export const CallLogRoot = /* @__PURE__ */ createCallLogRoot();
