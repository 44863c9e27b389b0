/**
 * The design tokens of a call-record bubble. Every colour is a CSS colour string,
 * every length a CSS length string. Each token is also published as a CSS custom
 * property (see `CALL_RECORD_THEME_VARS`), so apps can restyle bubbles with plain CSS.
 *
 * @example
 * ```ts
 * const brand: Partial<CallRecordTheme> = { selfBackground: '#d6e8ff', radius: '12px' };
 * ```
 */
export interface CallRecordTheme {
  /** Background of the viewer's own bubbles (outgoing calls). `--crb-self-bg`. */
  readonly selfBackground: string;
  /** Text colour on the viewer's own bubbles. `--crb-self-text`. */
  readonly selfText: string;
  /**
   * Background of the other person's bubbles (incoming calls), also of the centred bubbles whose
   * side nobody knows (`data-side="unknown"`). `--crb-peer-bg`.
   */
  readonly peerBackground: string;
  /** Text colour on the other person's bubbles and on the centred ones. `--crb-peer-text`. */
  readonly peerText: string;
  /** The 1px bubble border, drawn on every side. `--crb-border`. */
  readonly border: string;
  /** Label and icon colour of a missed call; must read on both bubble backgrounds. `--crb-missed`. */
  readonly missedText: string;
  /** Colour of the audio/video icon of a call that was not missed. `--crb-icon`. */
  readonly icon: string;
  /** Colour of the (smaller) time of day; must read on both bubble backgrounds. `--crb-time`. */
  readonly timeText: string;
  /** Outline colour of the keyboard focus ring. `--crb-focus`. */
  readonly focusRing: string;
  /** Corner radius of the bubble. `--crb-radius`. */
  readonly radius: string;
  /** Base spacing unit: the gap between icon and text, and the block padding. `--crb-space`. */
  readonly spacing: string;
  /** Font size of the label (the time is 0.75em of it). `--crb-font-size`. */
  readonly fontSize: string;
}
