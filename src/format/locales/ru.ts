import type { CompleteCallRecordLocale } from '../../options';

/**
 * Russian call-record wording, with "звонок" throughout as messengers write it (Signal: "Входящий
 * голосовой звонок", "Пропущенный голосовой звонок", "Вы отклонили голосовой звонок", "Занято";
 * Telegram: "Отменённый звонок"); outcomes and "Перезвонить" as the Android dialer words them,
 * "Нет ответа" from Element. Counts take all four plural forms. Opt-in: import it and pass it as
 * `locale`.
 *
 * @example
 * formatCallRecord(record, { locale: ru, selfId: 'me' }).text; // 'Пропущенный звонок'
 */
export const ru: CompleteCallRecordLocale = {
  code: 'ru',
  name: 'Русский',
  dir: 'ltr',
  messages: {
    cancelledCaller: 'Отменённый звонок',
    cancelledCallee: 'Пропущенный звонок',
    cancelledUnknown: 'Звонок отменён',
    rejectedCaller: 'Звонок отклонён',
    rejectedCallee: 'Вы отклонили звонок',
    rejectedUnknown: 'Звонок отклонён',
    timeoutCaller: 'Нет ответа',
    timeoutCallee: 'Пропущенный звонок',
    timeoutUnknown: 'Звонок без ответа',
    busyCaller: 'Занято',
    busyCallee: 'Пропущенный звонок (линия занята)',
    busyUnknown: 'Линия занята',
    completed: 'Длительность звонка: {duration}',
    ended: 'Звонок завершён',
    callRecord: 'Запись о звонке',
    outgoingAudioCall: 'Исходящий голосовой звонок',
    outgoingVideoCall: 'Исходящий видеозвонок',
    incomingAudioCall: 'Входящий голосовой звонок',
    incomingVideoCall: 'Входящий видеозвонок',
    audioCall: 'Голосовой звонок',
    videoCall: 'Видеозвонок',
    audio: 'аудио',
    video: 'видео',
    audioPreview: '[Голосовой звонок]',
    videoPreview: '[Видеозвонок]',
    missedCalls: {
      one: '{count} пропущенный звонок',
      few: '{count} пропущенных звонка',
      many: '{count} пропущенных звонков',
      other: '{count} пропущенного звонка',
    },
    missedCallsSpoken: '{text} ({media})',
    label: '{call}, {outcome}',
    spokenDuration: '{text} ({duration})',
    withTime: '{label}, {time}',
    withAction: '{label}. {action}',
    callBack: 'Перезвонить',
    units: null,
    unitSeparator: ' ',
    missedAudioCall: 'Пропущенный голосовой звонок',
    missedVideoCall: 'Пропущенный видеозвонок',
    callFrom: '{call} от {name}',
    callTo: '{call}: {name}',
    callCount: { one: '{count} раз', few: '{count} раза', many: '{count} раз', other: '{count} раза' },
    withCount: '{label}, {count}',
    dayAtTime: '{day} в {time}',
    allCallsFilter: 'Все',
    missedCallsFilter: 'Пропущенные',
    noRecentCalls: 'Нет звонков',
  },
};
