import type { CallStatus } from '../record';

/**
 * The built-in locales. Any BCP 47 tag resolves to one of them (see {@link resolveCallRecordLocale}).
 */
export type CallRecordLocale = 'zh-CN' | 'zh-TW' | 'en' | 'ja' | 'ko' | 'ar';

/**
 * A count-dependent string, keyed by `Intl.PluralRules` category; `other` is required and used for
 * any category the object lacks. `{count}` is replaced by the count in plain ASCII digits, without grouping
 * separators (`1234`, in every locale).
 *
 * @example
 * const missed: PluralMessage = { one: '{count} missed call', other: '{count} missed calls' };
 */
export type PluralMessage = { readonly other: string } & {
  readonly [K in Intl.LDMLPluralRule]?: string;
};

/** The statuses that have a caller and a callee wording. */
type Outcome = Exclude<CallStatus, 'completed'>;

/**
 * Every string the formatters use, for one language. Plain data: one object per locale in
 * `src/format/locales/`. Placeholders are written in braces (`{duration}`).
 *
 * Outcome keys are `<status>Caller` (the viewer placed the call) and `<status>Callee` (the viewer
 * received it), e.g. `timeoutCaller: 'No answer'`, `timeoutCallee: 'Missed call'`.
 *
 * @example
 * const messages: CallRecordMessages = { ...en, callBack: 'Ring back' };
 */
export type CallRecordMessages = {
  /** The visible outcome of a call that did not connect, as the caller and as the callee see it. */
  readonly [K in `${Outcome}${'Caller' | 'Callee'}`]: string;
} & {
  /** Visible label of a completed call; `{duration}` is the clock duration: "Call duration {duration}". */
  readonly completed: string;
  /** Visible label of a completed call that carries no duration: "Call ended". */
  readonly ended: string;
  /** The media as used inside {@link CallRecordMessages.outgoing} / `incoming`: "voice". */
  readonly audio: string;
  /** The media as used inside {@link CallRecordMessages.outgoing} / `incoming`: "video". */
  readonly video: string;
  /** Conversation-list preview of a voice call: "[Voice call]". */
  readonly audioPreview: string;
  /** Conversation-list preview of a video call: "[Video call]". */
  readonly videoPreview: string;
  /** A call the viewer placed, `{media}` being `audio` or `video`: "Outgoing {media} call". */
  readonly outgoing: string;
  /** A call the viewer received: "Incoming {media} call". */
  readonly incoming: string;
  /**
   * The accessible sentence: `{call}` is `outgoing`/`incoming` filled in, `{outcome}` the outcome or the
   * spoken duration, inserted with its first letter lower-cased (a no-op for scripts without case):
   * "{call}, {outcome}" → "Incoming voice call, missed call".
   */
  readonly label: string;
  /**
   * The outcome of a completed call inside the accessible sentence: `{text}` is the visible
   * `completed` label, `{duration}` the spoken duration:
   * "{text} ({duration})" → "call duration 01:15 (1 minute 15 seconds)".
   * Keeping the visible text in the name lets voice-control users say what they see (WCAG 2.5.3).
   */
  readonly spokenDuration: string;
  /** The call-back action: "Call back". */
  readonly callBack: string;
  /**
   * Neutral label for a call record (the visible text of a record whose status has no wording), also a
   * fallback label for UIs: "Call record".
   */
  readonly callRecord: string;
  /** N missed calls from one person: `{ one: '{count} missed call', other: '{count} missed calls' }`. */
  readonly missedCalls: PluralMessage;
  /**
   * Spoken duration units `[hour, minute, second]` with `{count}` (e.g. `['{count}時間', '{count}分', '{count}秒']`),
   * or `null` to use `Intl.NumberFormat`'s plural-aware long unit names.
   */
  readonly units: readonly [hour: string, minute: string, second: string] | null;
  /** What joins the spoken duration units: " " in English ("1 minute 2 seconds"), "" in Japanese ("1分2秒"). */
  readonly unitSeparator: string;
};
