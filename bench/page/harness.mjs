// The timing harness of the Chromium bench page, shared by its rows (entry.mjs: the bubbles; callLog.mjs:
// the call log's window): fresh containers, timed React renders ending with a forced layout, the untimed
// settle before each timed mount, and a canonical form of the DOM to check that two sides built the same.
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';

export const SVG_NS = 'http://www.w3.org/2000/svg';
const stage = document.getElementById('stage');
/** A full GC (Chromium runs with --expose-gc), so one side never pays for the other's garbage. */
export const gc = typeof window.gc === 'function' ? window.gc : () => {};

/** A new, empty container at the end of the stage. */
export function freshContainer() {
  const container = document.createElement('div');
  stage.append(container);
  return container;
}

/** While set (by bench/profile.mjs), every timed mount is a console profile of this name. */
let profileName;

/** For the profiler: profile the timed part of every following mount (CDP reports each profile). */
export function profileTimedMounts(name) {
  profileName = name;
}

/**
 * Renders `render()` (called inside the timed render) into the React `root` of `container`. Returns the
 * time to build the DOM (React render + commit) and the time of the forced style + layout that follows.
 */
export function timedRender(root, container, render) {
  if (profileName !== undefined) console.profile(profileName);
  const t0 = performance.now();
  flushSync(() => root.render(render()));
  const t1 = performance.now();
  void container.offsetHeight;
  const t2 = performance.now();
  if (profileName !== undefined) console.profileEnd(profileName);
  return { build: t1 - t0, layout: t2 - t1 };
}

/**
 * Mounts `render()` (called inside the timed render) with React in a fresh container. Returns the root
 * and container (see `dispose`), and the times of {@link timedRender}.
 */
export function timedMount(render) {
  const container = freshContainer();
  const root = createRoot(container);
  return { root, container, ...timedRender(root, container, render) };
}

/** Unmounts what {@link timedMount} mounted and removes its container. */
export function dispose({ root, container }) {
  root.unmount();
  container.remove();
}

/** A canonical form of a DOM subtree (attributes sorted), to compare the two sides. */
export function canonical(node) {
  if (node.nodeType === Node.TEXT_NODE) return JSON.stringify(node.data);
  if (node.nodeType !== Node.ELEMENT_NODE) return '';
  const attrs = Array.from(node.attributes, (a) => `${a.name}=${JSON.stringify(a.value)}`).sort();
  return `<${node.namespaceURI === SVG_NS ? 'svg:' : ''}${node.localName} ${attrs.join(' ')}>${Array.from(
    node.childNodes,
    canonical,
  ).join('')}</${node.localName}>`;
}

/** The index of the first child where two containers' DOM differs, or -1 when they are identical. */
export function firstDifference(expected, actual) {
  const length = Math.max(expected.childElementCount, actual.childElementCount);
  for (let i = 0; i < length; i += 1) {
    const want = expected.children[i];
    const got = actual.children[i];
    if (!want || !got || canonical(want) !== canonical(got)) return i;
  }
  return -1;
}

/**
 * Untimed, before each timed mount: settle the layout left by the containers removed before it, and keep
 * the CPU busy for a moment. Without it, whichever side ran first in a round measured some 30 ms slower
 * than when it ran second (per-round ratios split by order: medians 1.65× vs 1.38×), a bias the
 * interleaving only averaged out, at the cost of a two-humped spread of per-round ratios.
 */
export function settle() {
  void document.body.offsetHeight;
  const until = performance.now() + 30;
  while (performance.now() < until);
}
