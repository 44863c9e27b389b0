import type { CompleteCallRecordLocale } from '../../options';

/**
 * Malay (Malaysia) call-record wording, from the Android dialer (AOSP/LineageOS Dialer `values-ms`:
 * "Panggilan terlepas", "Panggilan video masuk", "Panggil balik", "Panggilan tamat"). Malaysian, not
 * Indonesian, vocabulary: "terlepas", "tiada jawapan", "talian", "tempoh". One plural form:
 * "3 panggilan terlepas".
 *
 * @example
 * formatCallRecord(record, { locale: ms, selfId: 'me' }).text; // 'Panggilan terlepas'
 */
export const ms: CompleteCallRecordLocale = {
  code: 'ms',
  name: 'Bahasa Melayu',
  dir: 'ltr',
  messages: {
    cancelledCaller: 'Dibatalkan',
    cancelledCallee: 'Panggilan terlepas',
    cancelledUnknown: 'Panggilan dibatalkan',
    rejectedCaller: 'Ditolak',
    rejectedCallee: 'Anda menolak panggilan',
    rejectedUnknown: 'Panggilan ditolak',
    timeoutCaller: 'Tiada jawapan',
    timeoutCallee: 'Panggilan terlepas',
    timeoutUnknown: 'Tidak dijawab',
    busyCaller: 'Talian sibuk',
    busyCallee: 'Panggilan terlepas (sibuk)',
    busyUnknown: 'Talian sibuk',
    completed: 'Tempoh panggilan {duration}',
    ended: 'Panggilan tamat',
    callRecord: 'Rekod panggilan',
    outgoingAudioCall: 'Panggilan suara keluar',
    outgoingVideoCall: 'Panggilan video keluar',
    incomingAudioCall: 'Panggilan suara masuk',
    incomingVideoCall: 'Panggilan video masuk',
    audioCall: 'Panggilan suara',
    videoCall: 'Panggilan video',
    audio: 'suara',
    video: 'video',
    audioPreview: '[Panggilan suara]',
    videoPreview: '[Panggilan video]',
    missedCalls: { other: '{count} panggilan terlepas' },
    missedCallsSpoken: '{text} ({media})',
    label: '{call}, {outcome}',
    spokenDuration: '{text} ({duration})',
    withTime: '{label}, {time}',
    withAction: '{label}. {action}',
    callBack: 'Panggil balik',
    units: null,
    unitSeparator: ' ',
    missedAudioCall: 'Panggilan suara terlepas',
    missedVideoCall: 'Panggilan video terlepas',
    callFrom: '{call} daripada {name}',
    callTo: '{call} kepada {name}',
    callCount: { other: '{count} kali' },
    withCount: '{label}, {count}',
    dayAtTime: '{day} pada {time}',
    allCallsFilter: 'Semua',
    missedCallsFilter: 'Terlepas',
    noRecentCalls: 'Tiada panggilan',
  },
};
