import type { CallStatus } from '../record';

/**
 * A count-dependent string, keyed by `Intl.PluralRules` category; `other` is required and used for
 * any category the object lacks. `{count}` is replaced by the count, written with the locale's digits.
 *
 * @example
 * const missed: PluralMessage = { one: '{count} missed call', other: '{count} missed calls' };
 */
export type PluralMessage = { readonly other: string } & {
  readonly [Category in Intl.LDMLPluralRule]?: string;
};

/** The statuses that have a caller, a callee and a neutral wording. */
type Outcome = Exclude<CallStatus, 'completed'>;

/** Whose side the viewer is on: placed the call, received it, or nobody knows. */
type Perspective = 'Caller' | 'Callee' | 'Unknown';

/**
 * Every word and punctuation mark the formatters use, for one language. Placeholders are written
 * in braces (`{duration}`); strings are used exactly as written (no case is ever changed).
 *
 * Outcome keys are `<status>Caller` (the viewer placed the call), `<status>Callee` (the viewer
 * received it) and `<status>Unknown` (nobody knows which: wording true for both sides), e.g.
 * `timeoutCaller: 'No answer'`, `timeoutCallee: 'Missed call'`, `timeoutUnknown: 'Not answered'`.
 *
 * @example
 * const messages: Partial<CallRecordMessages> = { callBack: 'Ring back' };
 */
export type CallRecordMessages = {
  /** The visible outcome of a call that did not connect, per perspective. */
  readonly [Key in `${Outcome}${Perspective}`]: string;
} & {
  /** Visible label of a completed call; `{duration}` is the clock duration: "Call duration: {duration}". */
  readonly completed: string;
  /** Visible label of a completed call that carries no duration: "Call ended". */
  readonly ended: string;
  /** Neutral label of a call record, also the fallback when nothing can be read: "Call record". */
  readonly callRecord: string;
  /** Start of the accessible sentence of a voice call the viewer placed: "Outgoing voice call". */
  readonly outgoingAudioCall: string;
  /** …of a video call the viewer placed: "Outgoing video call". */
  readonly outgoingVideoCall: string;
  /** …of a voice call the viewer received: "Incoming voice call". */
  readonly incomingAudioCall: string;
  /** …of a video call the viewer received: "Incoming video call". */
  readonly incomingVideoCall: string;
  /** …of a voice call whose direction nobody knows: "Voice call". */
  readonly audioCall: string;
  /** …of a video call whose direction nobody knows: "Video call". */
  readonly videoCall: string;
  /** The medium as a word, for the spoken form of a missed-call group: "voice". */
  readonly audio: string;
  /** The medium as a word: "video". */
  readonly video: string;
  /** Conversation-list preview of a voice call: "[Voice call]". */
  readonly audioPreview: string;
  /** Conversation-list preview of a video call: "[Video call]". */
  readonly videoPreview: string;
  /** N missed calls from one person: `{ one: '{count} missed call', other: '{count} missed calls' }`. */
  readonly missedCalls: PluralMessage;
  /** The accessible name of a missed-call group: `{text}` the visible count, `{media}` the medium: "{text} ({media})". */
  readonly missedCallsSpoken: string;
  /** The accessible sentence: `{call}` (e.g. `incomingAudioCall`), `{outcome}`: "{call}, {outcome}". */
  readonly label: string;
  /**
   * The outcome of a completed call inside the accessible sentence: `{text}` the visible `completed`
   * label, `{duration}` the spoken duration: "{text} ({duration})". Keeping the visible text in the
   * name lets voice-control users say what they see (WCAG 2.5.3).
   */
  readonly spokenDuration: string;
  /** The accessible name with the time of day: "{label}, {time}". */
  readonly withTime: string;
  /** The accessible name with the call-back action: "{label}. {action}". */
  readonly withAction: string;
  /** The call-back action: "Call back". */
  readonly callBack: string;
  /**
   * Spoken duration units `[hour, minute, second]` with `{count}` (e.g. `['{count}時間', '{count}分', '{count}秒']`),
   * or `null` to use `Intl.NumberFormat`'s plural-aware long unit names.
   */
  readonly units: readonly [hour: string, minute: string, second: string] | null;
  /** What joins the spoken duration units: " " in English ("1 minute 2 seconds"), "" in Japanese ("1分2秒"). */
  readonly unitSeparator: string;
} & {
  // The words of the call-history list (since 1.1.0). Optional here, so a locale object an app wrote
  // for 1.0 still compiles: a missing one is taken at resolution time from the built-in locale of the
  // object's code (English for a language without one). Every shipped locale has them all
  // (`CompleteCallRecordLocale`).

  /** A row's call noun for a voice call the viewer missed: "Missed voice call". */
  readonly missedAudioCall?: string;
  /** …for a video call the viewer missed: "Missed video call". */
  readonly missedVideoCall?: string;
  /**
   * A row of calls the viewer received or missed: `{call}` the call noun (`incomingAudioCall`,
   * `missedVideoCall`…), `{name}` the other person: "{call} from {name}" ("Missed voice call from Bob").
   */
  readonly callFrom?: string;
  /** A row of calls the viewer placed: "{call} to {name}" ("Outgoing video call to Bob"). */
  readonly callTo?: string;
  /** How many calls a folded row holds, spoken: `{ one: '{count} time', other: '{count} times' }`. */
  readonly callCount?: PluralMessage;
  /** A row's label and its `callCount`, joined with the locale's list comma: "{label}, {count}". */
  readonly withCount?: string;
  /**
   * A day (`Intl`'s "yesterday", a weekday or a date) and a time of day: "{day} {time}" ("yesterday
   * 21:49"; French "{day} à {time}").
   */
  readonly dayAtTime?: string;
  /** The filter tab that shows every call: "All". */
  readonly allCallsFilter?: string;
  /** The filter tab that shows missed calls only: "Missed". */
  readonly missedCallsFilter?: string;
  /** What an empty call list says: "No recent calls". */
  readonly noRecentCalls?: string;
};

/**
 * {@link CallRecordMessages} with every key present: what each shipped locale holds, and what the
 * formatters read once a locale is resolved (a missing call-history word filled in).
 *
 * @example
 * const messages: CompleteCallRecordMessages = getCallRecordMessages('en');
 * messages.noRecentCalls; // 'No recent calls'
 */
export type CompleteCallRecordMessages = Required<CallRecordMessages>;

/**
 * A language the formatters can speak, as a typed plain object (date-fns style): its BCP 47 code,
 * its own name, its writing direction and every word and punctuation mark. Bring your own by
 * writing one; wherever a `locale` is accepted, a tag or such an object works.
 *
 * @example
 * const enAU: CallRecordLocale = { ...en, code: 'en-AU', name: 'English (Australia)' };
 */
export interface CallRecordLocale {
  /** BCP 47 tag of the language the words are in: 'en', 'pt-BR', 'zh-TW'. */
  readonly code: string;
  /** The language's own name for itself: 'English', 'Français', '简体中文'. */
  readonly name: string;
  /** Writing direction of the words. */
  readonly dir: 'ltr' | 'rtl';
  /** Every word and punctuation mark the formatters use. */
  readonly messages: CallRecordMessages;
}

/**
 * A {@link CallRecordLocale} with every message, the call-history words included: the type of every
 * locale the package ships, and of what `resolveCallRecordLocale` returns.
 *
 * @example
 * const locale: CompleteCallRecordLocale = resolveCallRecordLocale('fr-CA', [fr]);
 * locale.messages.allCallsFilter; // 'Tous'
 */
export interface CompleteCallRecordLocale extends CallRecordLocale {
  /** Every word and punctuation mark the formatters use, the optional ones included. */
  readonly messages: CompleteCallRecordMessages;
}
