import type { CompleteCallRecordLocale } from '../../options';

/**
 * Dutch call-record wording: outcomes from the Android dialer ("Gemiste oproep", "Geweigerde
 * oproep", "Oproep beëindigd", "Terugbellen"), voice/video phrasing from Signal ("Inkomende
 * spraakoproep", "Uitgaande video-oproep", "Onbeantwoorde …", "Bezet"), "Geen antwoord" from
 * Element. Informal "je", as Signal and Element write it. Opt-in: import it and pass it as
 * `locale`.
 *
 * @example
 * formatCallRecord(record, { locale: nl, selfId: 'me' }).text; // 'Gemiste oproep'
 */
export const nl: CompleteCallRecordLocale = {
  code: 'nl',
  name: 'Nederlands',
  dir: 'ltr',
  messages: {
    cancelledCaller: 'Geannuleerde oproep',
    cancelledCallee: 'Gemiste oproep',
    cancelledUnknown: 'Oproep geannuleerd',
    rejectedCaller: 'Oproep geweigerd',
    rejectedCallee: 'Je hebt de oproep geweigerd',
    rejectedUnknown: 'Oproep geweigerd',
    timeoutCaller: 'Geen antwoord',
    timeoutCallee: 'Gemiste oproep',
    timeoutUnknown: 'Onbeantwoorde oproep',
    busyCaller: 'Bezet',
    busyCallee: 'Gemiste oproep (in gesprek)',
    busyUnknown: 'Bezet',
    completed: 'Gespreksduur: {duration}',
    ended: 'Oproep beëindigd',
    callRecord: 'Oproepgegevens',
    outgoingAudioCall: 'Uitgaande spraakoproep',
    outgoingVideoCall: 'Uitgaande video-oproep',
    incomingAudioCall: 'Inkomende spraakoproep',
    incomingVideoCall: 'Inkomende video-oproep',
    audioCall: 'Spraakoproep',
    videoCall: 'Video-oproep',
    audio: 'spraak',
    video: 'video',
    audioPreview: '[Spraakoproep]',
    videoPreview: '[Video-oproep]',
    missedCalls: { one: '{count} gemiste oproep', other: '{count} gemiste oproepen' },
    missedCallsSpoken: '{text} ({media})',
    label: '{call}, {outcome}',
    spokenDuration: '{text} ({duration})',
    withTime: '{label}, {time}',
    withAction: '{label}. {action}',
    callBack: 'Terugbellen',
    units: null,
    unitSeparator: ' ',
    missedAudioCall: 'Gemiste spraakoproep',
    missedVideoCall: 'Gemiste video-oproep',
    callFrom: '{call} van {name}',
    callTo: '{call} naar {name}',
    callCount: { one: '{count} keer', other: '{count} keer' },
    withCount: '{label}, {count}',
    dayAtTime: '{day} om {time}',
    allCallsFilter: 'Alle',
    missedCallsFilter: 'Gemist',
    noRecentCalls: 'Geen recente oproepen',
  },
};
