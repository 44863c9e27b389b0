import type { CompleteCallRecordLocale } from '../../options';

/**
 * Hebrew call-record wording (right-to-left). Outcomes follow the Android dialer (AOSP/LineageOS
 * Dialer `values-iw`: "שיחה שלא נענתה", "%d שיחות שלא נענו", "השיחה הסתיימה"); the voice/video phrasing
 * and "דחית את השיחה", "אין מענה", "שיחה חוזרת" follow Element. Counts use Hebrew's dual: "שתי שיחות".
 * Every string is gender-neutral for the reader (no masculine imperative).
 *
 * @example
 * formatCallRecord(record, { locale: he, selfId: 'me' }).text; // 'שיחה שלא נענתה'
 */
export const he: CompleteCallRecordLocale = {
  code: 'he',
  name: 'עברית',
  dir: 'rtl',
  messages: {
    cancelledCaller: 'בוטלה',
    cancelledCallee: 'שיחה שלא נענתה',
    cancelledUnknown: 'השיחה בוטלה',
    rejectedCaller: 'נדחתה',
    rejectedCallee: 'דחית את השיחה',
    rejectedUnknown: 'השיחה נדחתה',
    timeoutCaller: 'אין מענה',
    timeoutCallee: 'שיחה שלא נענתה',
    timeoutUnknown: 'השיחה לא נענתה',
    busyCaller: 'הקו תפוס',
    busyCallee: 'שיחה שלא נענתה (הקו תפוס)',
    busyUnknown: 'הקו תפוס',
    completed: 'משך השיחה {duration}',
    ended: 'השיחה הסתיימה',
    callRecord: 'רשומת שיחה',
    outgoingAudioCall: 'שיחה קולית יוצאת',
    outgoingVideoCall: 'שיחת וידאו יוצאת',
    incomingAudioCall: 'שיחה קולית נכנסת',
    incomingVideoCall: 'שיחת וידאו נכנסת',
    audioCall: 'שיחה קולית',
    videoCall: 'שיחת וידאו',
    audio: 'אודיו',
    video: 'וידאו',
    audioPreview: '[שיחה קולית]',
    videoPreview: '[שיחת וידאו]',
    missedCalls: {
      one: 'שיחה אחת שלא נענתה',
      two: 'שתי שיחות שלא נענו',
      other: '{count} שיחות שלא נענו',
    },
    missedCallsSpoken: '{text} ({media})',
    label: '{call}, {outcome}',
    spokenDuration: '{text} ({duration})',
    withTime: '{label}, {time}',
    withAction: '{label}. {action}',
    callBack: 'שיחה חוזרת',
    units: null,
    unitSeparator: ', ',
    missedAudioCall: 'שיחה קולית שלא נענתה',
    missedVideoCall: 'שיחת וידאו שלא נענתה',
    callFrom: '{call} מאת {name}',
    callTo: '{call} אל {name}',
    callCount: { one: 'פעם אחת', two: 'פעמיים', other: '{count} פעמים' },
    withCount: '{label}, {count}',
    dayAtTime: '{day} בשעה {time}',
    allCallsFilter: 'הכל',
    missedCallsFilter: 'שיחות שלא נענו',
    noRecentCalls: 'אין שיחות אחרונות',
  },
};
