// The Chromium bench page (bundled by bench/browser-rows.mjs). It exposes `window.__bench`:
// - setup(n): parses the records, mounts the bubbles once, captures what the hand-written baseline must
//   reproduce, and checks that the baseline's DOM equals the bubbles' DOM node for node;
// - round(index): one interleaved round: mount n bubbles (timed) and append one (timed); the same
//   elements rendered by React from the captured strings (timed: React's floor for this DOM); the same
//   DOM written by hand (timed); each in a fresh container, each timing ending with a forced layout
//   (offsetHeight), the three sides in one of six orders (`index`);
// - coldBubbles(n) / coldFloor(captured): the first mount in a fresh page, bubbles or the same elements
//   rendered by plain React (the driver opens a new browser context for each), each with a digest of the
//   DOM it built, so the driver can check that both sides built the same DOM in every page;
// - callLogSetup / callLogRound: the call log's window (see callLog.mjs).
import { createElement as h } from 'react';
import { flushSync } from 'react-dom';
import { CallRecordBubble, formatCallRecord, formatCallTime, parseCallRecord } from '../../dist/index.js';
import { makeConversation } from '../data.mjs';
import { callLogRound, callLogSetup } from './callLog.mjs';
import {
  SVG_NS,
  canonical,
  dispose,
  firstDifference,
  freshContainer,
  gc,
  profileTimedMounts,
  settle,
  timedMount,
} from './harness.mjs';

const SELF = 'me';

let records = [];
let count = 0;
let specs = [];
let icons = [];

/** A stable handler, as an app would pass (so memoized bubbles stay memoized on append). */
function onCallBack(record, peerId) {
  window.__lastCallBack = [record.id, peerId];
}

function BubbleList({ list }) {
  return list.map((record) =>
    h(CallRecordBubble, { key: record.id, record, selfId: SELF, locale: 'en', showTime: true, onCallBack }),
  );
}

// ---------------------------------------------------------------------------------------------
// The baseline: the same bubbles written by hand with the DOM API. The strings, attributes and
// icon shapes are read once from the bubbles' own output in setup(), so both sides show the same
// content; setup() then verifies the two DOM trees are identical.

/** Builds one icon (an <svg> and its shapes) from its captured description. */
function buildSvg(node) {
  const el = document.createElementNS(SVG_NS, node.tag);
  for (let i = 0; i < node.attrs.length; i += 1) el.setAttribute(node.attrs[i][0], node.attrs[i][1]);
  for (let i = 0; i < node.children.length; i += 1) el.appendChild(buildSvg(node.children[i]));
  return el;
}

/**
 * One bubble by hand: root (button or div) > svg icon + span[data-part=body] > its parts (label,
 * time, and whatever text nodes sit between them).
 */
function plainBubble(spec) {
  const root = document.createElement(spec.tag);
  for (let i = 0; i < spec.attrs.length; i += 1) root.setAttribute(spec.attrs[i][0], spec.attrs[i][1]);
  root.appendChild(buildSvg(icons[spec.icon]));
  const body = document.createElement('span');
  for (let i = 0; i < spec.bodyAttrs.length; i += 1)
    body.setAttribute(spec.bodyAttrs[i][0], spec.bodyAttrs[i][1]);
  for (let i = 0; i < spec.parts.length; i += 1) {
    const part = spec.parts[i];
    if (part.tag === null) {
      body.appendChild(document.createTextNode(part.text));
    } else {
      const el = document.createElement(part.tag);
      for (let j = 0; j < part.attrs.length; j += 1) el.setAttribute(part.attrs[j][0], part.attrs[j][1]);
      el.textContent = part.text;
      body.appendChild(el);
    }
  }
  root.appendChild(body);
  return root;
}

function onPlainClick(event) {
  const bubble = event.target.closest('button[data-status]');
  if (bubble) {
    const index = Array.prototype.indexOf.call(bubble.parentNode.children, bubble);
    onCallBack(records[index], undefined);
  }
}

function describeSvg(el) {
  return {
    tag: el.localName,
    attrs: Array.from(el.attributes, (a) => [a.name, a.value]),
    children: Array.from(el.children, describeSvg),
  };
}

/** Reads what the hand-written baseline must reproduce from one mounted bubble. */
function captureSpec(el, iconIndex) {
  const svg = el.querySelector(':scope > svg');
  const body = el.querySelector(':scope > [data-part="body"]');
  if (!svg || !body || el.childElementCount !== 2) throw new Error(`unexpected bubble DOM: ${el.outerHTML}`);
  const iconKey = svg.outerHTML;
  if (!iconIndex.has(iconKey)) {
    iconIndex.set(iconKey, icons.length);
    icons.push(describeSvg(svg));
  }
  return {
    tag: el.localName,
    attrs: Array.from(el.attributes, (a) => [a.name, a.value]),
    icon: iconIndex.get(iconKey),
    bodyAttrs: Array.from(body.attributes, (a) => [a.name, a.value]),
    parts: Array.from(body.childNodes, (node) =>
      node.nodeType === Node.TEXT_NODE
        ? { tag: null, attrs: [], text: node.data }
        : {
            tag: node.localName,
            attrs: Array.from(node.attributes, (a) => [a.name, a.value]),
            text: node.textContent,
          },
    ),
  };
}

// ---------------------------------------------------------------------------------------------
// Timed operations.

function mountBubbles() {
  const list = records.slice(0, count);
  const mounted = timedMount(() => h(BubbleList, { list }));
  const { root, container } = mounted;
  const mount = mounted.build + mounted.layout;
  const longer = records.slice(0, count + 1);
  const t1 = performance.now();
  flushSync(() => root.render(h(BubbleList, { list: longer })));
  void container.offsetHeight;
  const append = performance.now() - t1;
  if (container.childElementCount !== count + 1) throw new Error('append did not render one more bubble');
  dispose(mounted);
  return { mount, append };
}

function mountPlain() {
  const container = freshContainer();
  const t0 = performance.now();
  container.addEventListener('click', onPlainClick);
  const fragment = document.createDocumentFragment();
  for (let i = 0; i < count; i += 1) fragment.appendChild(plainBubble(specs[i]));
  container.appendChild(fragment);
  void container.offsetHeight;
  const elapsed = performance.now() - t0;
  if (container.childElementCount !== count) throw new Error('plain DOM did not render every bubble');
  container.remove();
  return elapsed;
}

/** Parses the conversation's first `n + 1` call records (`n` to mount, one more to append). */
function loadRecords(n) {
  const { messages } = makeConversation(Math.ceil((n + 1) * 1.4), { selfId: SELF, peerId: 'peer' });
  records = [];
  for (const message of messages) {
    const result = parseCallRecord(message);
    if (result.ok) records.push(result.record);
  }
  if (records.length < n + 1) throw new Error(`only ${records.length} records for ${n + 1}`);
  records.length = n + 1;
  count = n;
}

/** A note saying whether a baseline's DOM equals the bubbles' DOM, node for node. */
function equivalenceNote(baselineName, bubblesContainer, baselineContainer, index) {
  if (index === -1) {
    return `${baselineName} verified identical to the bubbles' DOM (${count} bubbles: tags, attributes, text, icons)`;
  }
  const clip = (text) => (text.length > 800 ? `${text.slice(0, 800)}…` : text);
  const show = (element) => (element ? clip(canonical(element)) : '(none)');
  return `WARNING ${baselineName} differs at bubble ${index}:\n  bubble:   ${show(bubblesContainer.children[index])}\n  baseline: ${show(baselineContainer.children[index])}`;
}

/** The CSS rules styled-components put in the page (it inserts them through the CSSOM in production). */
function styledComponentsCss() {
  return Array.from(document.querySelectorAll('style[data-styled]'), (style) =>
    Array.from(style.sheet.cssRules, (rule) => rule.cssText).join('\n'),
  ).join('\n');
}

function setup(n) {
  loadRecords(n);
  const mounted = timedMount(() => h(BubbleList, { list: records.slice(0, n) }));
  const { container } = mounted;

  const iconIndex = new Map();
  icons = [];
  specs = Array.from(container.children, (el) => captureSpec(el, iconIndex));

  const plain = freshContainer();
  for (const spec of specs) plain.appendChild(plainBubble(spec));
  const floor = timedMount(floorElements);
  const plainDiff = firstDifference(container, plain);
  const floorDiff = firstDifference(container, floor.container);
  const notes = [
    equivalenceNote('hand-written baseline DOM', container, plain, plainDiff),
    equivalenceNote('plain-React baseline DOM', container, floor.container, floorDiff),
  ];
  const sample = canonical(container.children[0]);
  const captured = { specs, icons, css: styledComponentsCss() };
  dispose(mounted);
  dispose(floor);
  plain.remove();
  return {
    crossOriginIsolated: window.crossOriginIsolated === true,
    equivalent: plainDiff === -1 && floorDiff === -1,
    notes,
    sample,
    captured,
  };
}

/** The three sides of a round in every order: over six rounds, each side runs first, second and last twice. */
const ORDERS = [
  ['bubbles', 'floor', 'plain'],
  ['floor', 'plain', 'bubbles'],
  ['plain', 'bubbles', 'floor'],
  ['bubbles', 'plain', 'floor'],
  ['plain', 'floor', 'bubbles'],
  ['floor', 'bubbles', 'plain'],
];

/** One interleaved round (`index` picks the order of the sides); times in ms. */
function round(index) {
  const sides = { bubbles: mountBubbles, floor: mountFloor, plain: mountPlain };
  const times = {};
  for (const side of ORDERS[index % ORDERS.length]) {
    settle();
    gc();
    times[side] = sides[side]();
  }
  return {
    mount: times.bubbles.mount,
    append: times.bubbles.append,
    floor: times.floor.build + times.floor.layout,
    plain: times.plain,
  };
}

/**
 * A SHA-256 digest (hex) of the canonical form of a container's DOM: equal digests, identical DOM (tags,
 * attributes, text, icons), without sending the whole DOM out of a cold page.
 */
async function domDigest(container) {
  const text = Array.from(container.children, canonical).join('\n');
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * Cold row, subject: the first thing a fresh page does, mounting the bubbles: styled-components inserts
 * the CSS, React, the formatters and the Intl objects run for the first time. The records come parsed.
 * Returns the time and the digest of the DOM built.
 */
async function coldBubbles(n) {
  loadRecords(n);
  const mounted = timedMount(() => h(BubbleList, { list: records.slice(0, count) }));
  if (mounted.container.childElementCount !== count)
    throw new Error('cold mount did not render every bubble');
  const digest = await domDigest(mounted.container);
  dispose(mounted);
  return { elapsed: mounted.build + mounted.layout, digest };
}

/**
 * Cold row, baseline: the first thing a fresh page does, rendering the same elements with plain React
 * (`captured` by setup() in another page: strings, attributes, icons), with the bubbles' CSS already in
 * the page, as an app's own stylesheet would be. React runs for the first time here too. Returns the
 * time and the digest of the DOM built.
 */
async function coldFloor(captured) {
  specs = captured.specs;
  icons = captured.icons;
  count = specs.length;
  const style = document.createElement('style');
  style.textContent = captured.css;
  document.head.append(style);
  const mounted = timedMount(floorElements);
  if (mounted.container.childElementCount !== count)
    throw new Error('cold floor did not render every bubble');
  const digest = await domDigest(mounted.container);
  dispose(mounted);
  return { elapsed: mounted.build + mounted.layout, digest };
}

/**
 * Diagnostics for bench/profile.mjs: one bubble mount and one plain mount, each split into building
 * the DOM (React render + commit, or the DOM calls) and the forced style + layout that follows.
 */
function split(plainFirst = false) {
  const bubbles = () => {
    gc();
    const list = records.slice(0, count);
    const mounted = timedMount(() => h(BubbleList, { list }));
    dispose(mounted);
    return { bubbleBuild: mounted.build, bubbleLayout: mounted.layout };
  };
  const plainDom = () => {
    gc();
    const plain = freshContainer();
    const t3 = performance.now();
    const fragment = document.createDocumentFragment();
    for (let i = 0; i < count; i += 1) fragment.appendChild(plainBubble(specs[i]));
    plain.appendChild(fragment);
    const t4 = performance.now();
    void plain.offsetHeight;
    const t5 = performance.now();
    plain.remove();
    return { plainBuild: t4 - t3, plainLayout: t5 - t4 };
  };
  return plainFirst ? { ...plainDom(), ...bubbles() } : { ...bubbles(), ...plainDom() };
}

/**
 * Diagnostics: the library's formatting work for `count` bubbles alone (what each bubble computes
 * before rendering: formatCallRecord + formatCallTime + the ISO time), repeated `times` times.
 */
function formatOnly(times) {
  const out = [];
  let sink = 0;
  for (let t = 0; t < times; t += 1) {
    const t0 = performance.now();
    for (let i = 0; i < count; i += 1) {
      const record = records[i];
      const view = formatCallRecord(record, { selfId: SELF, locale: 'en' });
      const time = formatCallTime(record.timestamp, { locale: 'en' });
      sink += view.accessibleLabel.length + time.length + new Date(record.timestamp).toISOString().length;
    }
    out.push(performance.now() - t0);
  }
  return sink > 0 ? out : [];
}

/** React elements for one captured bubble: the same DOM as the bubble, without the library. */
function specElement(spec, key) {
  const props = { key };
  if (spec.tag === 'button') props.onClick = () => onCallBack(records[key], undefined);
  for (const [name, value] of spec.attrs) props[name === 'class' ? 'className' : name] = value;
  const svgNode = (node, k) => {
    const p = { key: k };
    for (const [name, value] of node.attrs) p[name] = value;
    return h(node.tag, p, ...node.children.map(svgNode));
  };
  const bodyProps = {};
  for (const [name, value] of spec.bodyAttrs) bodyProps[name] = value;
  const parts = spec.parts.map((part, i) => {
    if (part.tag === null) return part.text;
    const p = { key: i };
    for (const [name, value] of part.attrs) p[name === 'datetime' ? 'dateTime' : name] = value;
    return h(part.tag, p, part.text);
  });
  return h(spec.tag, props, svgNode(icons[spec.icon], 'i'), h('span', bodyProps, ...parts));
}

/** The floor's elements: every captured bubble as plain React elements (built inside the timed render). */
function floorElements() {
  return specs.map((spec, i) => specElement(spec, i));
}

/**
 * React's floor for this DOM: the same host elements rendered by React from the captured strings (no
 * library code, no styled-components), mounted and timed like the bubbles. Returns the time to build the
 * DOM and the time of the forced style + layout that follows (the render rows add them; the profiler
 * shows them apart).
 */
function mountFloor() {
  const mounted = timedMount(floorElements);
  if (mounted.container.childElementCount !== count) throw new Error('the floor did not render every bubble');
  dispose(mounted);
  return { build: mounted.build, layout: mounted.layout };
}

let kept;

/** For the profiler: one bubble mount (timed, with layout), left mounted until `unmountKept()`. */
function mountKeep() {
  gc();
  const list = records.slice(0, count);
  kept = timedMount(() => h(BubbleList, { list }));
  return kept.build + kept.layout;
}

function unmountKept() {
  dispose(kept);
  kept = undefined;
}

window.__bench = {
  callLogSetup,
  callLogRound,
  setup,
  round,
  coldBubbles,
  coldFloor,
  split,
  formatOnly,
  mountFloor,
  mountKeep,
  unmountKept,
  profileTimedMounts,
};
