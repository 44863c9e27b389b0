import type { CompleteCallRecordLocale } from '../../options';

/**
 * Brazilian Portuguese call-record wording: outcomes from the Android dialer ("Chamada perdida",
 * "Chamada recusada", "Chamada encerrada", "Retornar chamada"), voice/video phrasing from Signal
 * ("Chamada de voz efetuada", "Chamada de vídeo recebida", "Chamada de voz não atendida"), "Sem
 * resposta" from Element. Opt-in: import it and pass it as `locale`.
 *
 * @example
 * formatCallRecord(record, { locale: ptBR, selfId: 'me' }).text; // 'Chamada perdida'
 */
export const ptBR: CompleteCallRecordLocale = {
  code: 'pt-BR',
  name: 'Português (Brasil)',
  dir: 'ltr',
  messages: {
    cancelledCaller: 'Chamada cancelada',
    cancelledCallee: 'Chamada perdida',
    cancelledUnknown: 'Chamada cancelada',
    rejectedCaller: 'Chamada recusada',
    rejectedCallee: 'Você recusou a chamada',
    rejectedUnknown: 'Chamada recusada',
    timeoutCaller: 'Sem resposta',
    timeoutCallee: 'Chamada perdida',
    timeoutUnknown: 'Chamada não atendida',
    busyCaller: 'Ocupado',
    busyCallee: 'Chamada perdida (ocupado)',
    busyUnknown: 'Linha ocupada',
    completed: 'Duração da chamada: {duration}',
    ended: 'Chamada encerrada',
    callRecord: 'Registro de chamada',
    outgoingAudioCall: 'Chamada de voz efetuada',
    outgoingVideoCall: 'Chamada de vídeo efetuada',
    incomingAudioCall: 'Chamada de voz recebida',
    incomingVideoCall: 'Chamada de vídeo recebida',
    audioCall: 'Chamada de voz',
    videoCall: 'Chamada de vídeo',
    audio: 'voz',
    video: 'vídeo',
    audioPreview: '[Chamada de voz]',
    videoPreview: '[Chamada de vídeo]',
    missedCalls: {
      one: '{count} chamada perdida',
      many: '{count} chamadas perdidas',
      other: '{count} chamadas perdidas',
    },
    missedCallsSpoken: '{text} ({media})',
    label: '{call}, {outcome}',
    spokenDuration: '{text} ({duration})',
    withTime: '{label}, {time}',
    withAction: '{label}. {action}',
    callBack: 'Retornar chamada',
    units: null,
    unitSeparator: ' ',
    missedAudioCall: 'Chamada de voz perdida',
    missedVideoCall: 'Chamada de vídeo perdida',
    callFrom: '{call} de {name}',
    callTo: '{call} para {name}',
    callCount: { one: '{count} vez', many: '{count} vezes', other: '{count} vezes' },
    withCount: '{label}, {count}',
    dayAtTime: '{day} às {time}',
    allCallsFilter: 'Todas',
    missedCallsFilter: 'Perdidas',
    noRecentCalls: 'Sem chamadas recentes',
  },
};
