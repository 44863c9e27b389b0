import type { CompleteCallRecordLocale } from '../../options';

/**
 * Indonesian call-record wording. Outcomes follow the Android dialer (AOSP/LineageOS Dialer
 * `values-in`: "Panggilan tak terjawab", "Panggilan ditolak"); the voice/video phrasing follows
 * Element ("Panggilan suara masuk", "Anda menolak panggilan", "Tidak ada jawaban") rather than the
 * dialer's "Video call masuk". Indonesian has one plural form: "3 panggilan tak terjawab".
 *
 * @example
 * formatCallRecord(record, { locale: id, selfId: 'me' }).text; // 'Panggilan tak terjawab'
 */
export const id: CompleteCallRecordLocale = {
  code: 'id',
  name: 'Bahasa Indonesia',
  dir: 'ltr',
  messages: {
    cancelledCaller: 'Dibatalkan',
    cancelledCallee: 'Panggilan tak terjawab',
    cancelledUnknown: 'Panggilan dibatalkan',
    rejectedCaller: 'Ditolak',
    rejectedCallee: 'Anda menolak panggilan',
    rejectedUnknown: 'Panggilan ditolak',
    timeoutCaller: 'Tidak ada jawaban',
    timeoutCallee: 'Panggilan tak terjawab',
    timeoutUnknown: 'Tidak dijawab',
    busyCaller: 'Sibuk',
    busyCallee: 'Panggilan tak terjawab (sibuk)',
    busyUnknown: 'Sibuk',
    completed: 'Durasi panggilan {duration}',
    ended: 'Panggilan berakhir',
    callRecord: 'Catatan panggilan',
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
    missedCalls: { other: '{count} panggilan tak terjawab' },
    missedCallsSpoken: '{text} ({media})',
    label: '{call}, {outcome}',
    spokenDuration: '{text} ({duration})',
    withTime: '{label}, {time}',
    withAction: '{label}. {action}',
    callBack: 'Panggil balik',
    units: null,
    unitSeparator: ' ',
    missedAudioCall: 'Panggilan suara tak terjawab',
    missedVideoCall: 'Panggilan video tak terjawab',
    callFrom: '{call} dari {name}',
    callTo: '{call} ke {name}',
    callCount: { other: '{count} kali' },
    withCount: '{label}, {count}',
    dayAtTime: '{day} pukul {time}',
    allCallsFilter: 'Semua',
    missedCallsFilter: 'Tak dijawab',
    noRecentCalls: 'Tak ada panggilan baru-baru ini',
  },
};
