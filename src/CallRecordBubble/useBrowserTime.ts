import { useEffect } from 'react';
import type { RefObject } from 'react';

/**
 * Internal: after each commit of a bubble that shows a time, makes the root element carry this
 * render's accessible name and time text. They can differ only right after hydration, when the
 * server's `Intl` wrote the zoned time otherwise than the browser's (Node's `ko` "AM 11:05" against
 * Chromium's "오전 11:05"): React patches neither attributes nor suppressed text on hydration, so
 * the server's time would stay in the visible text and the accessible name. Writes what React
 * would have written, into the very nodes React keeps, so later updates go on as usual; reads two
 * values and writes nothing when they agree (every render but such a hydration).
 *
 * @example
 * useBrowserTime(rootRef, bubble.name, bubble.time);
 */
export function useBrowserTime(
  root: RefObject<HTMLElement | null>,
  name: string,
  time: string | undefined,
): void {
  useEffect(() => {
    const element = root.current;
    if (time === undefined || element === null) return;
    if (element.getAttribute('aria-label') !== name) element.setAttribute('aria-label', name);
    const timeText = element.querySelector('time')?.firstChild;
    if (timeText && timeText.nodeValue !== time) timeText.nodeValue = time;
  }, [root, name, time]);
}
