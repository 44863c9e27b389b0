import type { CompleteCallRecordLocale } from '../../options';

/**
 * French call-record wording: outcomes from the Android dialer ("Appel manqué", "Appel refusé",
 * "Appel terminé", "Rappeler"), voice/video phrasing from Signal ("Appel vocal entrant", "Appel
 * vidéo sortant"), "Pas de réponse" from Element. A narrow no-break space (U+202F) precedes the
 * colon. Opt-in: import it and pass it as `locale`.
 *
 * @example
 * formatCallRecord(record, { locale: fr, selfId: 'me' }).text; // 'Appel manqué'
 */
export const fr: CompleteCallRecordLocale = {
  code: 'fr',
  name: 'Français',
  dir: 'ltr',
  messages: {
    cancelledCaller: 'Appel annulé',
    cancelledCallee: 'Appel manqué',
    cancelledUnknown: 'Appel annulé',
    rejectedCaller: 'Appel refusé',
    rejectedCallee: 'Vous avez refusé l’appel',
    rejectedUnknown: 'Appel refusé',
    timeoutCaller: 'Pas de réponse',
    timeoutCallee: 'Appel manqué',
    timeoutUnknown: 'Appel sans réponse',
    busyCaller: 'Occupé',
    busyCallee: 'Appel manqué (occupé)',
    busyUnknown: 'Ligne occupée',
    completed: 'Durée de l’appel\u202f: {duration}',
    ended: 'Appel terminé',
    callRecord: 'Journal d’appel',
    outgoingAudioCall: 'Appel vocal sortant',
    outgoingVideoCall: 'Appel vidéo sortant',
    incomingAudioCall: 'Appel vocal entrant',
    incomingVideoCall: 'Appel vidéo entrant',
    audioCall: 'Appel vocal',
    videoCall: 'Appel vidéo',
    audio: 'audio',
    video: 'vidéo',
    audioPreview: '[Appel vocal]',
    videoPreview: '[Appel vidéo]',
    missedCalls: {
      one: '{count} appel manqué',
      many: '{count} appels manqués',
      other: '{count} appels manqués',
    },
    missedCallsSpoken: '{text} ({media})',
    label: '{call}, {outcome}',
    spokenDuration: '{text} ({duration})',
    withTime: '{label}, {time}',
    withAction: '{label}. {action}',
    callBack: 'Rappeler',
    units: null,
    unitSeparator: ' ',
    missedAudioCall: 'Appel vocal manqué',
    missedVideoCall: 'Appel vidéo manqué',
    callFrom: '{call} de {name}',
    callTo: '{call} à {name}',
    callCount: { one: '{count} fois', many: '{count} fois', other: '{count} fois' },
    withCount: '{label}, {count}',
    dayAtTime: '{day} à {time}',
    allCallsFilter: 'Tous',
    missedCallsFilter: 'Manqués',
    noRecentCalls: 'Aucun appel récent',
  },
};
