import type { ReactElement } from 'react';
import type { CallType } from '../record';

const HANDSET =
  'M5 3h3.5l1.8 4.6-2.3 1.6a12 12 0 0 0 6.8 6.8l1.6-2.3 4.6 1.8V19a2 2 0 0 1-2 2A17 17 0 0 1 3 5a2 2 0 0 1 2-2z';

const cache: Partial<Record<string, ReactElement>> = {};

function createIcon(video: boolean, missed: boolean): ReactElement {
  const camera = (
    <g transform={missed ? 'translate(0 2.5)' : undefined}>
      <rect x="2" y="6" width="13" height="12" rx="2" />
      <path d="M15 10l6-3v10l-6-3z" />
    </g>
  );
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
      {video ? camera : <path d={HANDSET} />}
      {/* The missed-call marker: an arrow pointing into the icon from the top inline-end corner. */}
      {missed ? <path d={video ? 'M22 1.5l-5 5m0-4v4h4' : 'M21 3l-6 6m0-4.5V9h4.5'} /> : null}
    </svg>
  );
}

/**
 * Internal: the decorative (`aria-hidden`) icon of a call: a phone handset for audio, a
 * camera for video, each with an extra arrow when the call was missed, so a missed call
 * is told apart by shape as well as colour. Elements are created once and shared.
 */
export function callIcon(callType: CallType, missed: boolean): ReactElement {
  const key = `${callType}${missed}`;
  return (cache[key] ??= createIcon(callType === 'video', missed));
}
