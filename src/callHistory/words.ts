import type { CallRecordMessages, PluralMessage } from '../options';

/**
 * The words of the call log, read from a locale's messages. TEMPORARY: until the optional keys of
 * the call log reach `CallRecordMessages` (issue 22, deliverable 3), English stands in for them.
 * @internal
 */
export interface CallLogWords {
  readonly missedAudioCall: string;
  readonly missedVideoCall: string;
  readonly callFrom: string;
  readonly callTo: string;
  readonly callCount: PluralMessage;
  readonly withCount: string;
  readonly dayAtTime: string;
  readonly allCallsFilter: string;
  readonly missedCallsFilter: string;
  readonly noRecentCalls: string;
}

const ENGLISH: CallLogWords = {
  missedAudioCall: 'Missed voice call',
  missedVideoCall: 'Missed video call',
  callFrom: '{call} from {name}',
  callTo: '{call} to {name}',
  callCount: { one: '{count} time', other: '{count} times' },
  withCount: '{label}, {count}',
  dayAtTime: '{day} {time}',
  allCallsFilter: 'All',
  missedCallsFilter: 'Missed',
  noRecentCalls: 'No recent calls',
};

/**
 * The call log's words of `messages`.
 * @internal
 *
 * @example
 * callLogWords(en.messages).noRecentCalls; // 'No recent calls'
 */
export function callLogWords(messages: CallRecordMessages): CallLogWords {
  return { ...ENGLISH, ...(messages as Partial<CallLogWords>) };
}
