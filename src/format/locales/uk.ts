import type { CompleteCallRecordLocale } from '../../options';

/**
 * Ukrainian call-record wording, with "дзвінок" throughout as the Android dialer writes it
 * ("Пропущений дзвінок", "Вхідний відеодзвінок", "Передзвонити"); voice/video phrasing from Signal
 * ("Вхідний голосовий …", "… без відповіді", "Ви відхилили …", "Зайнято"). Counts take all four
 * plural forms. Opt-in: import it and pass it as `locale`.
 *
 * @example
 * formatCallRecord(record, { locale: uk, selfId: 'me' }).text; // 'Пропущений дзвінок'
 */
export const uk: CompleteCallRecordLocale = {
  code: 'uk',
  name: 'Українська',
  dir: 'ltr',
  messages: {
    cancelledCaller: 'Скасований дзвінок',
    cancelledCallee: 'Пропущений дзвінок',
    cancelledUnknown: 'Дзвінок скасовано',
    rejectedCaller: 'Дзвінок відхилено',
    rejectedCallee: 'Ви відхилили дзвінок',
    rejectedUnknown: 'Дзвінок відхилено',
    timeoutCaller: 'Немає відповіді',
    timeoutCallee: 'Пропущений дзвінок',
    timeoutUnknown: 'Дзвінок без відповіді',
    busyCaller: 'Зайнято',
    busyCallee: 'Пропущений дзвінок (лінія зайнята)',
    busyUnknown: 'Лінія зайнята',
    completed: 'Тривалість дзвінка: {duration}',
    ended: 'Дзвінок завершено',
    callRecord: 'Запис про дзвінок',
    outgoingAudioCall: 'Вихідний голосовий дзвінок',
    outgoingVideoCall: 'Вихідний відеодзвінок',
    incomingAudioCall: 'Вхідний голосовий дзвінок',
    incomingVideoCall: 'Вхідний відеодзвінок',
    audioCall: 'Голосовий дзвінок',
    videoCall: 'Відеодзвінок',
    audio: 'аудіо',
    video: 'відео',
    audioPreview: '[Голосовий дзвінок]',
    videoPreview: '[Відеодзвінок]',
    missedCalls: {
      one: '{count} пропущений дзвінок',
      few: '{count} пропущені дзвінки',
      many: '{count} пропущених дзвінків',
      other: '{count} пропущеного дзвінка',
    },
    missedCallsSpoken: '{text} ({media})',
    label: '{call}, {outcome}',
    spokenDuration: '{text} ({duration})',
    withTime: '{label}, {time}',
    withAction: '{label}. {action}',
    callBack: 'Передзвонити',
    units: null,
    unitSeparator: ' ',
    missedAudioCall: 'Пропущений голосовий дзвінок',
    missedVideoCall: 'Пропущений відеодзвінок',
    callFrom: '{call} від {name}',
    callTo: '{call} до {name}',
    callCount: { one: '{count} раз', few: '{count} рази', many: '{count} разів', other: '{count} раза' },
    withCount: '{label}, {count}',
    dayAtTime: '{day} о {time}',
    allCallsFilter: 'Усі',
    missedCallsFilter: 'Пропущені',
    noRecentCalls: 'Дзвінків немає',
  },
};
