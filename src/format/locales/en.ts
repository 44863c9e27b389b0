import type { CompleteCallRecordLocale } from '../../options';

/**
 * English call-record wording (sentence case, British "Cancelled"), after Signal, Telegram and the
 * Android dialer.
 *
 * @example
 * formatCallRecord(record, { locale: en, selfId: 'me' }).text; // 'Missed call'
 */
export const en: CompleteCallRecordLocale = {
  code: 'en',
  name: 'English',
  dir: 'ltr',
  messages: {
    cancelledCaller: 'Cancelled',
    cancelledCallee: 'Missed call',
    cancelledUnknown: 'Call cancelled',
    rejectedCaller: 'Declined',
    rejectedCallee: 'You declined',
    rejectedUnknown: 'Call declined',
    timeoutCaller: 'No answer',
    timeoutCallee: 'Missed call',
    timeoutUnknown: 'Not answered',
    busyCaller: 'Line busy',
    busyCallee: 'Missed call (busy)',
    busyUnknown: 'Line busy',
    completed: 'Call duration: {duration}',
    ended: 'Call ended',
    callRecord: 'Call record',
    outgoingAudioCall: 'Outgoing voice call',
    outgoingVideoCall: 'Outgoing video call',
    incomingAudioCall: 'Incoming voice call',
    incomingVideoCall: 'Incoming video call',
    audioCall: 'Voice call',
    videoCall: 'Video call',
    audio: 'voice',
    video: 'video',
    audioPreview: '[Voice call]',
    videoPreview: '[Video call]',
    missedCalls: { one: '{count} missed call', other: '{count} missed calls' },
    missedCallsSpoken: '{text} ({media})',
    label: '{call}, {outcome}',
    spokenDuration: '{text} ({duration})',
    withTime: '{label}, {time}',
    withAction: '{label}. {action}',
    callBack: 'Call back',
    units: null,
    unitSeparator: ' ',
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
  },
};
