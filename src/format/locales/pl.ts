import type { CompleteCallRecordLocale } from '../../options';

/**
 * Polish call-record wording: outcomes from the Android dialer ("Nieodebrane połączenie",
 * "Odrzucone połączenie", "Połączenie zakończone", "Oddzwoń"), voice/video phrasing from Signal
 * ("Przychodzące połączenie głosowe", "Wychodzące połączenie wideo"), "Brak odpowiedzi" from
 * Element. Gender-neutral forms only. Counts take all four plural forms. Opt-in: import it and
 * pass it as `locale`.
 *
 * @example
 * formatCallRecord(record, { locale: pl, selfId: 'me' }).text; // 'Nieodebrane połączenie'
 */
export const pl: CompleteCallRecordLocale = {
  code: 'pl',
  name: 'Polski',
  dir: 'ltr',
  messages: {
    cancelledCaller: 'Połączenie anulowane',
    cancelledCallee: 'Nieodebrane połączenie',
    cancelledUnknown: 'Połączenie anulowane',
    rejectedCaller: 'Połączenie odrzucone',
    rejectedCallee: 'Odrzucone przez Ciebie',
    rejectedUnknown: 'Połączenie odrzucone',
    timeoutCaller: 'Brak odpowiedzi',
    timeoutCallee: 'Nieodebrane połączenie',
    timeoutUnknown: 'Połączenie bez odpowiedzi',
    busyCaller: 'Zajęty',
    busyCallee: 'Nieodebrane połączenie (linia zajęta)',
    busyUnknown: 'Linia zajęta',
    completed: 'Czas połączenia: {duration}',
    ended: 'Połączenie zakończone',
    callRecord: 'Wpis w rejestrze połączeń',
    outgoingAudioCall: 'Wychodzące połączenie głosowe',
    outgoingVideoCall: 'Wychodzące połączenie wideo',
    incomingAudioCall: 'Przychodzące połączenie głosowe',
    incomingVideoCall: 'Przychodzące połączenie wideo',
    audioCall: 'Połączenie głosowe',
    videoCall: 'Połączenie wideo',
    audio: 'audio',
    video: 'wideo',
    audioPreview: '[Połączenie głosowe]',
    videoPreview: '[Połączenie wideo]',
    missedCalls: {
      one: '{count} nieodebrane połączenie',
      few: '{count} nieodebrane połączenia',
      many: '{count} nieodebranych połączeń',
      other: '{count} nieodebranego połączenia',
    },
    missedCallsSpoken: '{text} ({media})',
    label: '{call}, {outcome}',
    spokenDuration: '{text} ({duration})',
    withTime: '{label}, {time}',
    withAction: '{label}. {action}',
    callBack: 'Oddzwoń',
    units: null,
    unitSeparator: ' ',
    missedAudioCall: 'Nieodebrane połączenie głosowe',
    missedVideoCall: 'Nieodebrane połączenie wideo',
    callFrom: '{call} od {name}',
    callTo: '{call} do {name}',
    callCount: { one: '{count} raz', few: '{count} razy', many: '{count} razy', other: '{count} razy' },
    withCount: '{label}, {count}',
    dayAtTime: '{day} o {time}',
    allCallsFilter: 'Wszystkie',
    missedCallsFilter: 'Nieodebrane',
    noRecentCalls: 'Brak ostatnich połączeń',
  },
};
