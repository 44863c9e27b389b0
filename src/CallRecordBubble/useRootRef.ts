import { useCallback } from 'react';
import type { ForwardedRef, RefCallback } from 'react';

/**
 * Writes `name` and `time` into the root element when they differ from what it carries. They can
 * differ only right after hydration, when the server's `Intl` wrote the zoned time otherwise than the
 * browser's (Node's `ko` "AM 11:05" against Chromium's "오전 11:05"): React patches neither
 * attributes nor suppressed text on hydration, so the server's time would stay in the visible text
 * and the accessible name. Writes what React would have written, into the very nodes React keeps, so
 * later updates go on as usual.
 */
function writeBrowserTime(root: HTMLElement, name: string, time: string): void {
  if (root.getAttribute('aria-label') !== name) root.setAttribute('aria-label', name);
  const timeText = root.querySelector('time')?.firstChild;
  if (timeText && timeText.nodeValue !== time) timeText.nodeValue = time;
}

/** Hands `element` to a ref the app passed, whichever kind it is. */
function handTo(ref: ForwardedRef<HTMLElement>, element: HTMLElement | null): void {
  if (typeof ref === 'function') ref(element);
  else if (ref !== null) ref.current = element;
}

/**
 * Internal: the ref of a bubble's root element. It hands the element to the app's `ref`, and, for a
 * bubble that shows a time, makes the element carry this render's accessible name and time (see
 * `writeBrowserTime`) when React attaches it: after mounting or hydrating, and when they change.
 *
 * @example
 * <BubbleRoot ref={useRootRef(ref, bubble.name, bubble.time)} … />
 */
export function useRootRef(
  ref: ForwardedRef<HTMLElement>,
  name: string,
  time: string | undefined,
): RefCallback<HTMLElement> {
  return useCallback(
    (element: HTMLElement | null) => {
      if (element !== null && time !== undefined) writeBrowserTime(element, name, time);
      handTo(ref, element);
    },
    [ref, name, time],
  );
}
