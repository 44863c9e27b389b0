import type { CompleteCallRecordLocale } from '../../options';

/**
 * Turkish call-record wording. Outcomes follow the Android dialer (AOSP/LineageOS Dialer
 * `values-tr`: "Cevapsız …", "Geri ara") and Threema (`voip_strings.xml`: "Reddedildi", "Arama iptal
 * edildi"); the call itself is "arama" as in messengers (Threema, Element: "Gelen sesli arama"), not
 * the dialer's "çağrı". Turkish nouns stay singular after numbers: "3 cevapsız arama".
 *
 * @example
 * formatCallRecord(record, { locale: tr, selfId: 'me' }).text; // 'Cevapsız arama'
 */
export const tr: CompleteCallRecordLocale = {
  code: 'tr',
  name: 'Türkçe',
  dir: 'ltr',
  messages: {
    cancelledCaller: 'İptal edildi',
    cancelledCallee: 'Cevapsız arama',
    cancelledUnknown: 'Arama iptal edildi',
    rejectedCaller: 'Reddedildi',
    rejectedCallee: 'Reddettiniz',
    rejectedUnknown: 'Arama reddedildi',
    timeoutCaller: 'Cevap yok',
    timeoutCallee: 'Cevapsız arama',
    timeoutUnknown: 'Cevaplanmadı',
    busyCaller: 'Hat meşgul',
    busyCallee: 'Cevapsız arama (meşgul)',
    busyUnknown: 'Hat meşgul',
    completed: 'Arama süresi {duration}',
    ended: 'Arama sonlandı',
    callRecord: 'Arama kaydı',
    outgoingAudioCall: 'Giden sesli arama',
    outgoingVideoCall: 'Giden görüntülü arama',
    incomingAudioCall: 'Gelen sesli arama',
    incomingVideoCall: 'Gelen görüntülü arama',
    audioCall: 'Sesli arama',
    videoCall: 'Görüntülü arama',
    audio: 'sesli',
    video: 'görüntülü',
    audioPreview: '[Sesli arama]',
    videoPreview: '[Görüntülü arama]',
    missedCalls: { one: '{count} cevapsız arama', other: '{count} cevapsız arama' },
    missedCallsSpoken: '{text} ({media})',
    label: '{call}, {outcome}',
    spokenDuration: '{text} ({duration})',
    withTime: '{label}, {time}',
    withAction: '{label}. {action}',
    callBack: 'Geri ara',
    units: null,
    unitSeparator: ' ',
    missedAudioCall: 'Cevapsız sesli arama',
    missedVideoCall: 'Cevapsız görüntülü arama',
    callFrom: '{call}: {name}',
    callTo: '{call}: {name}',
    callCount: { one: '{count} kez', other: '{count} kez' },
    withCount: '{label}, {count}',
    dayAtTime: '{day} {time}',
    allCallsFilter: 'Tümü',
    missedCallsFilter: 'Cevapsız',
    noRecentCalls: 'Yakın zamanda arama yok',
  },
};
