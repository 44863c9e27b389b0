/**
 * The design tokens of a call-record bubble. Every colour is a CSS colour string,
 * every length a CSS length string. Each token is also published as a CSS custom
 * property (see `CALL_RECORD_THEME_VARS`), so apps can restyle bubbles with plain CSS.
 *
 * Each token does one job. The older tokens that did two jobs still work as the fallback of the
 * narrower ones: `spacing` of `padding` and `gap`, `timeText` of `selfTimeText` and `peerTimeText`.
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
  /** Colour of the time of day on the viewer's own bubbles. `--crb-self-time`, else `--crb-time`. */
  readonly selfTimeText: string;
  /**
   * Background of the other person's bubbles (incoming calls), also of the centred bubbles whose
   * side nobody knows (`data-side="unknown"`). `--crb-peer-bg`.
   */
  readonly peerBackground: string;
  /** Text colour on the other person's bubbles and on the centred ones. `--crb-peer-text`. */
  readonly peerText: string;
  /** Colour of the time of day on the other person's bubbles and the centred ones. `--crb-peer-time`, else `--crb-time`. */
  readonly peerTimeText: string;
  /** The 1px bubble border, drawn on every side. `--crb-border`. */
  readonly border: string;
  /** Colour of the audio/video icon of a call that was not missed. `--crb-icon`. */
  readonly icon: string;
  /** Outline colour of the keyboard focus ring. `--crb-focus`. */
  readonly focusRing: string;
  /**
   * Label and icon colour of a missed call. Only a call the viewer received is ever missed, so this
   * colour always sits on the other person's background (`peerBackground`, or a chat kit's incoming
   * message). `--crb-missed`.
   */
  readonly missedText: string;
  /** Time colour of both sides: what `selfTimeText` and `peerTimeText` fall back to. `--crb-time`. */
  readonly timeText: string;
  /** Corner radius of the bubble. `--crb-radius`. */
  readonly radius: string;
  /** Block padding of the bubble; its inline padding is 1.5 times this. `--crb-padding`, else `--crb-space`. */
  readonly padding: string;
  /** Gap between the icon and the text, and between the label and the time. `--crb-gap`, else `--crb-space`. */
  readonly gap: string;
  /** Padding and gap at once: what `padding` and `gap` fall back to. `--crb-space`. */
  readonly spacing: string;
  /**
   * Font size of the bubble, relative to its container's (`em`); the time is 0.75em of it. The content
   * form (`variant="content"`) takes its container's font size instead. `--crb-font-size`.
   */
  readonly fontSize: string;
}
