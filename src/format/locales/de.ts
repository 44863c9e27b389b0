import type { CompleteCallRecordLocale } from '../../options';

/**
 * German call-record wording: outcomes from the Android dialer ("Entgangener Anruf", "Anruf
 * beendet", "Zurückrufen"), voice/video phrasing from Signal ("Eingehender Sprachanruf",
 * "Ausgehender Videoanruf", "Unbeantworteter Anruf", "Besetzt"), "Nicht angenommen" from Element.
 * Informal "du", as Signal and Element write it. Opt-in: import it and pass it as `locale`.
 *
 * @example
 * formatCallRecord(record, { locale: de, selfId: 'me' }).text; // 'Entgangener Anruf'
 */
export const de: CompleteCallRecordLocale = {
  code: 'de',
  name: 'Deutsch',
  dir: 'ltr',
  messages: {
    cancelledCaller: 'Abgebrochener Anruf',
    cancelledCallee: 'Entgangener Anruf',
    cancelledUnknown: 'Anruf abgebrochen',
    rejectedCaller: 'Anruf abgelehnt',
    rejectedCallee: 'Du hast den Anruf abgelehnt',
    rejectedUnknown: 'Anruf abgelehnt',
    timeoutCaller: 'Nicht angenommen',
    timeoutCallee: 'Entgangener Anruf',
    timeoutUnknown: 'Unbeantworteter Anruf',
    busyCaller: 'Besetzt',
    busyCallee: 'Entgangener Anruf (besetzt)',
    busyUnknown: 'Besetzt',
    completed: 'Anrufdauer: {duration}',
    ended: 'Anruf beendet',
    callRecord: 'Anrufeintrag',
    outgoingAudioCall: 'Ausgehender Sprachanruf',
    outgoingVideoCall: 'Ausgehender Videoanruf',
    incomingAudioCall: 'Eingehender Sprachanruf',
    incomingVideoCall: 'Eingehender Videoanruf',
    audioCall: 'Sprachanruf',
    videoCall: 'Videoanruf',
    audio: 'Audio',
    video: 'Video',
    audioPreview: '[Sprachanruf]',
    videoPreview: '[Videoanruf]',
    missedCalls: { one: '{count} entgangener Anruf', other: '{count} entgangene Anrufe' },
    missedCallsSpoken: '{text} ({media})',
    label: '{call}, {outcome}',
    spokenDuration: '{text} ({duration})',
    withTime: '{label}, {time}',
    withAction: '{label}. {action}',
    callBack: 'Zurückrufen',
    units: null,
    unitSeparator: ' ',
    missedAudioCall: 'Entgangener Sprachanruf',
    missedVideoCall: 'Entgangener Videoanruf',
    callFrom: '{call} von {name}',
    callTo: '{call} an {name}',
    callCount: { one: '{count}-mal', other: '{count}-mal' },
    withCount: '{label}, {count}',
    dayAtTime: '{day} um {time}',
    allCallsFilter: 'Alle',
    missedCallsFilter: 'Verpasst',
    noRecentCalls: 'Keine Anrufe',
  },
};
