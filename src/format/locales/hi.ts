import type { CompleteCallRecordLocale } from '../../options';

/**
 * Hindi call-record wording, from the Android dialer (AOSP/LineageOS Dialer `values-hi`: "छूटा कॉल",
 * "%d छूटे कॉल", "इनकमिंग वीडियो कॉल", "आउटगोइंग कॉल", "वापस कॉल करें", "कॉल समाप्त"). कॉल is
 * treated as masculine throughout, as in the dialer's call log. Sentences end with the danda "।".
 *
 * @example
 * formatCallRecord(record, { locale: hi, selfId: 'me' }).text; // 'छूटा कॉल'
 */
export const hi: CompleteCallRecordLocale = {
  code: 'hi',
  name: 'हिन्दी',
  dir: 'ltr',
  messages: {
    cancelledCaller: 'रद्द किया गया',
    cancelledCallee: 'छूटा कॉल',
    cancelledUnknown: 'कॉल रद्द किया गया',
    rejectedCaller: 'अस्वीकार किया गया',
    rejectedCallee: 'आपने कॉल अस्वीकार किया',
    rejectedUnknown: 'कॉल अस्वीकार किया गया',
    timeoutCaller: 'कोई जवाब नहीं',
    timeoutCallee: 'छूटा कॉल',
    timeoutUnknown: 'कॉल का जवाब नहीं दिया गया',
    busyCaller: 'लाइन व्यस्त',
    busyCallee: 'छूटा कॉल (व्यस्त)',
    busyUnknown: 'लाइन व्यस्त',
    completed: 'कॉल अवधि {duration}',
    ended: 'कॉल समाप्त',
    callRecord: 'कॉल विवरण',
    outgoingAudioCall: 'आउटगोइंग वॉइस कॉल',
    outgoingVideoCall: 'आउटगोइंग वीडियो कॉल',
    incomingAudioCall: 'इनकमिंग वॉइस कॉल',
    incomingVideoCall: 'इनकमिंग वीडियो कॉल',
    audioCall: 'वॉइस कॉल',
    videoCall: 'वीडियो कॉल',
    audio: 'वॉइस',
    video: 'वीडियो',
    audioPreview: '[वॉइस कॉल]',
    videoPreview: '[वीडियो कॉल]',
    missedCalls: { one: '{count} छूटा कॉल', other: '{count} छूटे कॉल' },
    missedCallsSpoken: '{text} ({media})',
    label: '{call}, {outcome}',
    spokenDuration: '{text} ({duration})',
    withTime: '{label}, {time}',
    withAction: '{label}। {action}',
    callBack: 'वापस कॉल करें',
    units: null,
    unitSeparator: ' ',
    missedAudioCall: 'छूटा वॉइस कॉल',
    missedVideoCall: 'छूटा वीडियो कॉल',
    callFrom: '{name} से {call}',
    callTo: '{name} को {call}',
    callCount: { one: '{count} बार', other: '{count} बार' },
    withCount: '{label}, {count}',
    dayAtTime: '{day} को {time} बजे',
    allCallsFilter: 'सभी',
    missedCallsFilter: 'मिस्ड',
    noRecentCalls: 'एक भी कॉल नहीं',
  },
};
