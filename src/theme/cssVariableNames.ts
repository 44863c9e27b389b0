import type { CallRecordTheme } from './CallRecordTheme';

/**
 * The CSS custom property behind each token (`selfBackground` → `--crb-self-bg`). The
 * bubble's CSS reads `var(--crb-…, <light default>)`, so setting a property on the bubble or on any
 * ancestor (for instance a `.dark` chat container) restyles it without a provider.
 *
 * @example
 * ```css
 * .chat.dark {
 *   --crb-self-bg: #004d40;
 *   --crb-self-text: #e9edef;
 *   --crb-peer-bg: #202c33;
 *   --crb-peer-text: #e9edef;
 *   --crb-border: rgba(255, 255, 255, 0.1);
 *   --crb-missed: #ffb4ab;
 *   --crb-icon: #c4cdd2;
 *   --crb-time: #c4cdd2;
 *   --crb-focus: #a8c7fa;
 * }
 * ```
 */
export const CALL_RECORD_THEME_VARS = {
  selfBackground: '--crb-self-bg',
  selfText: '--crb-self-text',
  peerBackground: '--crb-peer-bg',
  peerText: '--crb-peer-text',
  border: '--crb-border',
  missedText: '--crb-missed',
  icon: '--crb-icon',
  timeText: '--crb-time',
  focusRing: '--crb-focus',
  radius: '--crb-radius',
  spacing: '--crb-space',
  fontSize: '--crb-font-size',
} as const satisfies { readonly [Token in keyof CallRecordTheme]: `--crb-${string}` };
