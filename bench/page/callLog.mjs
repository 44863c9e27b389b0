// The call-log row of the Chromium bench page: `CallLog` over 10,000 call records, with only the rows a
// 320×640 phone screen shows rendered through its `renderRows` seam (what a virtualizer renders), vs the
// same elements rendered by plain React.
//
// Each side mounts in two renders. The first, untimed, renders no rows: there `CallLog` folds the 10,000
// records (its own `createCallLog`; the Node row "call log, fold 10k records" measures that fold) and
// mounts its tabs; the plain-React side mounts the same tabs. The second, timed, renders the visible
// rows into the list, followed by a forced layout: mounting the window. Each time is measured in a fresh
// container, after an untimed settle and GC, the two sides alternating which goes first.
import { createElement as h } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { CallLog } from '../../dist/index.js';
import { CALL_LOG_OPTIONS, makeCallHistory } from '../data.mjs';
import { canonical, dispose, firstDifference, freshContainer, gc, settle, timedRender } from './harness.mjs';

const SCREEN = { width: 320, height: 640 };
/** Rendered to find how many rows the screen shows; more than any phone shows. */
const MEASURED_ROWS = 40;
const NAMES = ['Alice Chen', '王芳', 'Bob Martin', 'さくら', '김민준', 'محمد علي', 'Dave', 'Zoë Laurent'];

let history = [];
let now = 0;
let visibleRows = 0;
/** The plain-React side's two renders, captured from CallLog's DOM: no rows, then the window. */
let shell;
let windowed;

/** The app's contacts: a display name for most people, the account id for the others. */
function getPerson(accountId) {
  const name = NAMES[Number(accountId.replace('peer', ''))];
  return name === undefined ? undefined : { name };
}

/** Stable handlers, as an app passes them. */
function onCallBack(row, callType) {
  window.__lastCallBack = [row.key, callType];
}
function onPress() {
  window.__lastPress = performance.now();
}

const noRows = () => null;
const firstRows = (count) => (rows, renderRow) =>
  h(
    'ul',
    { role: 'list' },
    rows.slice(0, count).map((row) => renderRow(row)),
  );

function callLogElement(renderRows) {
  return h(CallLog, { ...CALL_LOG_OPTIONS, history, now, getPerson, onCallBack, renderRows });
}

/** A container as wide as the phone's screen. */
function screenContainer() {
  const container = freshContainer();
  container.style.inlineSize = `${SCREEN.width}px`;
  return container;
}

/** How many of the mounted rows start within the screen's height from the top of the call log. */
function rowsOnScreen(container) {
  const top = container.getBoundingClientRect().top;
  const rows = Array.from(container.querySelectorAll('li'));
  return rows.filter((row) => row.getBoundingClientRect().top - top < SCREEN.height).length;
}

/** React's names of the attributes whose DOM name differs. */
const REACT_NAMES = { class: 'className', tabindex: 'tabIndex', datetime: 'dateTime', for: 'htmlFor' };

/**
 * A DOM subtree as plain data (`{ tag, props, children }`, text as strings), read untimed, so that the
 * plain-React side builds its elements inside the timed render from strings, as the bubbles' floor does.
 * Buttons get a click handler and the tab list a key handler, as CallLog's have.
 */
function describe(node) {
  if (node.nodeType === Node.TEXT_NODE) return node.data;
  const props = {};
  for (const { name, value } of node.attributes) {
    if (name === 'style') throw new Error(`a style attribute the floor does not reproduce: ${value}`);
    props[REACT_NAMES[name] ?? name] = value;
  }
  if (node.localName === 'button') props.onClick = onPress;
  if (props.role === 'tablist') props.onKeyDown = onPress;
  return { tag: node.localName, props, children: Array.from(node.childNodes, describe) };
}

/** React elements for described nodes: the same DOM as CallLog's, without the library. */
function plainElement(node) {
  if (typeof node === 'string') return node;
  return h(node.tag, node.props, ...node.children.map(plainElement));
}

/**
 * One side in a fresh screen-wide container: `prepare()` rendered untimed (its time returned as
 * `prepared`), a settle and a GC, then `render()` timed (`elapsed`: render, commit and forced layout).
 * Leaves it mounted for the caller to compare or `dispose`.
 */
function mountWindow({ prepare, render }) {
  const container = screenContainer();
  const root = createRoot(container);
  const t0 = performance.now();
  flushSync(() => root.render(prepare()));
  void container.offsetHeight;
  const prepared = performance.now() - t0;
  settle();
  gc();
  const timed = timedRender(root, container, render);
  const rows = container.querySelectorAll('li').length;
  if (rows !== visibleRows) throw new Error(`the window mounted ${rows} rows, not ${visibleRows}`);
  return { root, container, prepared, elapsed: timed.build + timed.layout };
}

/** The two sides: CallLog (first render folds the history) and plain React (from the captured DOM). */
const SIDES = {
  callLog: { prepare: () => callLogElement(noRows), render: () => callLogElement(firstRows(visibleRows)) },
  plain: { prepare: () => plainElement(shell), render: () => plainElement(windowed) },
};

/**
 * Builds the history (untimed, once), finds how many rows the screen shows, captures CallLog's DOM for
 * the plain-React side and checks that side builds the same DOM. Returns `{ visibleRows, historySize,
 * notes }`.
 */
export function callLogSetup(conversations, perConversation) {
  history = makeCallHistory(conversations, perConversation);
  now = Math.max(...history.map((message) => message.createTime)) + 2 * 3600_000;

  const measuring = screenContainer();
  const measuringRoot = createRoot(measuring);
  flushSync(() => measuringRoot.render(callLogElement(firstRows(MEASURED_ROWS))));
  visibleRows = rowsOnScreen(measuring);
  dispose({ root: measuringRoot, container: measuring });

  const container = screenContainer();
  const root = createRoot(container);
  flushSync(() => root.render(callLogElement(noRows)));
  shell = describe(container.firstElementChild);
  flushSync(() => root.render(callLogElement(firstRows(visibleRows))));
  windowed = describe(container.firstElementChild);

  const plain = mountWindow(SIDES.plain);
  const difference = firstDifference(container, plain.container);
  const verdict =
    difference === -1
      ? `call log: plain-React DOM verified identical to CallLog's (tabs and ${visibleRows} rows: tags, attributes, text, icons)`
      : `WARNING call log: the plain-React DOM differs from CallLog's:\n  CallLog: ${canonical(container).slice(0, 2000)}\n  plain:   ${canonical(plain.container).slice(0, 2000)}`;
  dispose(plain);
  dispose({ root, container });
  return { visibleRows, historySize: history.length, notes: [verdict] };
}

/**
 * One interleaved round: both sides, CallLog first in even rounds; times in ms (`firstRender`: CallLog's
 * untimed first render, which folds the history).
 */
export function callLogRound(index) {
  const order = index % 2 === 0 ? ['callLog', 'plain'] : ['plain', 'callLog'];
  const times = {};
  for (const side of order) {
    settle();
    gc();
    const mounted = mountWindow(SIDES[side]);
    dispose(mounted);
    times[side] = mounted;
  }
  return { callLog: times.callLog.elapsed, plain: times.plain.elapsed, firstRender: times.callLog.prepared };
}
