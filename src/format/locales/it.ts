import type { CompleteCallRecordLocale } from '../../options';

/**
 * Italian call-record wording: outcomes from the Android dialer ("Chiamata persa", "Chiamata
 * rifiutata", "Chiamata terminata", "Richiama"), voice/video phrasing from Signal ("Videochiamata
 * in arrivo", "Chiamata senza risposta", "Occupato"), "Nessuna risposta" from Element. Opt-in:
 * import it and pass it as `locale`.
 *
 * @example
 * formatCallRecord(record, { locale: it, selfId: 'me' }).text; // 'Chiamata persa'
 */
export const it: CompleteCallRecordLocale = {
  code: 'it',
  name: 'Italiano',
  dir: 'ltr',
  messages: {
    cancelledCaller: 'Chiamata annullata',
    cancelledCallee: 'Chiamata persa',
    cancelledUnknown: 'Chiamata annullata',
    rejectedCaller: 'Chiamata rifiutata',
    rejectedCallee: 'Hai rifiutato la chiamata',
    rejectedUnknown: 'Chiamata rifiutata',
    timeoutCaller: 'Nessuna risposta',
    timeoutCallee: 'Chiamata persa',
    timeoutUnknown: 'Chiamata senza risposta',
    busyCaller: 'Occupato',
    busyCallee: 'Chiamata persa (occupato)',
    busyUnknown: 'Linea occupata',
    completed: 'Durata chiamata: {duration}',
    ended: 'Chiamata terminata',
    callRecord: 'Registro chiamata',
    outgoingAudioCall: 'Chiamata vocale in uscita',
    outgoingVideoCall: 'Videochiamata in uscita',
    incomingAudioCall: 'Chiamata vocale in arrivo',
    incomingVideoCall: 'Videochiamata in arrivo',
    audioCall: 'Chiamata vocale',
    videoCall: 'Videochiamata',
    audio: 'audio',
    video: 'video',
    audioPreview: '[Chiamata vocale]',
    videoPreview: '[Videochiamata]',
    missedCalls: {
      one: '{count} chiamata persa',
      many: '{count} chiamate perse',
      other: '{count} chiamate perse',
    },
    missedCallsSpoken: '{text} ({media})',
    label: '{call}, {outcome}',
    spokenDuration: '{text} ({duration})',
    withTime: '{label}, {time}',
    withAction: '{label}. {action}',
    callBack: 'Richiama',
    units: null,
    unitSeparator: ' ',
    missedAudioCall: 'Chiamata vocale persa',
    missedVideoCall: 'Videochiamata persa',
    callFrom: '{call} da {name}',
    callTo: '{call} a {name}',
    callCount: { one: '{count} volta', many: '{count} volte', other: '{count} volte' },
    withCount: '{label}, {count}',
    dayAtTime: '{day} alle {time}',
    allCallsFilter: 'Tutte',
    missedCallsFilter: 'Perse',
    noRecentCalls: 'Nessuna chiamata recente',
  },
};
