import type { ReactElement } from 'react';
import type { CallType } from '../record';

/** The outline of a phone handset, earpiece at the top inline-start corner. */
const HANDSET_PATH =
  'M5 3h3.5l1.8 4.6-2.3 1.6a12 12 0 0 0 6.8 6.8l1.6-2.3 4.6 1.8V19a2 2 0 0 1-2 2A17 17 0 0 1 3 5a2 2 0 0 1 2-2z';

/** The missed-call arrow of each icon: from the top-right corner, pointing into the icon. */
const MISSED_ARROW_PATHS = {
  audio: 'M21 3l-6 6m0-4.5V9h4.5',
  video: 'M22 1.5l-5 5m0-4v4h4',
} as const satisfies Record<CallType, string>;

/**
 * A video camera; moved down when it carries the arrow, so the two do not touch. A plain function,
 * not a component: the icons are shared elements and should cost no render of their own.
 */
function cameraShape(missed: boolean): ReactElement {
  return (
    <g transform={missed ? 'translate(0 2.5)' : undefined}>
      <rect x="2" y="6" width="13" height="12" rx="2" />
      <path d="M15 10l6-3v10l-6-3z" />
    </g>
  );
}

function createIcon(callType: CallType, missed: boolean): ReactElement {
  return (
    <svg
      viewBox="0 0 24 24"
      width="20"
      height="20"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {callType === 'video' ? cameraShape(missed) : <path d={HANDSET_PATH} />}
      {/* The bubble's CSS mirrors this part under right-to-left: it shows a direction. */}
      {missed ? <path data-part="arrow" d={MISSED_ARROW_PATHS[callType]} /> : null}
    </svg>
  );
}

/** The four icons, made once and shared by every bubble. */
const icons = new Map<string, ReactElement>();

/**
 * Internal: the decorative (`aria-hidden`) icon of a call: a phone handset for audio, a
 * camera for video, each with an extra arrow (`data-part="arrow"`) when the call was missed, so a
 * missed call is told apart by shape as well as colour. Elements are created once and shared.
 *
 * @example
 * callIcon('video', true); // <svg …><g>…camera…</g><path data-part="arrow" …/></svg>
 */
export function callIcon(callType: CallType, missed: boolean): ReactElement {
  const key = `${callType}-${missed}`;
  let icon = icons.get(key);
  if (icon === undefined) {
    icon = createIcon(callType, missed);
    icons.set(key, icon);
  }
  return icon;
}
