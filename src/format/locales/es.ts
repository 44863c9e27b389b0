import type { CompleteCallRecordLocale } from '../../options';

/**
 * Spanish call-record wording: outcomes from the Android dialer ("Llamada perdida", "Llamada
 * rechazada", "Llamada finalizada"), voice/video phrasing from Signal ("Videollamada entrante",
 * "Llamada no atendida", "Has rechazado…"), "Sin respuesta" and "Devolver la llamada" from Element.
 * Opt-in: import it and pass it as `locale`.
 *
 * @example
 * formatCallRecord(record, { locale: es, selfId: 'me' }).text; // 'Llamada perdida'
 */
export const es: CompleteCallRecordLocale = {
  code: 'es',
  name: 'Español',
  dir: 'ltr',
  messages: {
    cancelledCaller: 'Llamada cancelada',
    cancelledCallee: 'Llamada perdida',
    cancelledUnknown: 'Llamada cancelada',
    rejectedCaller: 'Llamada rechazada',
    rejectedCallee: 'Has rechazado la llamada',
    rejectedUnknown: 'Llamada rechazada',
    timeoutCaller: 'Sin respuesta',
    timeoutCallee: 'Llamada perdida',
    timeoutUnknown: 'Llamada no atendida',
    busyCaller: 'Ocupado',
    busyCallee: 'Llamada perdida (ocupado)',
    busyUnknown: 'Línea ocupada',
    completed: 'Duración de la llamada: {duration}',
    ended: 'Llamada finalizada',
    callRecord: 'Registro de llamada',
    outgoingAudioCall: 'Llamada de voz realizada',
    outgoingVideoCall: 'Videollamada realizada',
    incomingAudioCall: 'Llamada de voz entrante',
    incomingVideoCall: 'Videollamada entrante',
    audioCall: 'Llamada de voz',
    videoCall: 'Videollamada',
    audio: 'voz',
    video: 'vídeo',
    audioPreview: '[Llamada de voz]',
    videoPreview: '[Videollamada]',
    missedCalls: {
      one: '{count} llamada perdida',
      many: '{count} llamadas perdidas',
      other: '{count} llamadas perdidas',
    },
    missedCallsSpoken: '{text} ({media})',
    label: '{call}, {outcome}',
    spokenDuration: '{text} ({duration})',
    withTime: '{label}, {time}',
    withAction: '{label}. {action}',
    callBack: 'Devolver la llamada',
    units: null,
    unitSeparator: ' ',
    missedAudioCall: 'Llamada de voz perdida',
    missedVideoCall: 'Videollamada perdida',
    callFrom: '{call} de {name}',
    callTo: '{call} a {name}',
    callCount: { one: '{count} vez', many: '{count} veces', other: '{count} veces' },
    withCount: '{label}, {count}',
    dayAtTime: '{day} a las {time}',
    allCallsFilter: 'Todas',
    missedCallsFilter: 'Perdidas',
    noRecentCalls: 'No hay llamadas recientes',
  },
};
