import type { CompleteCallRecordLocale } from '../../options';

/**
 * Vietnamese call-record wording. Outcomes follow the Android dialer (AOSP/LineageOS Dialer
 * `values-vi`: "Cuộc gọi nhỡ", "Cuộc gọi bị từ chối", "Gọi lại"); the voice/video phrasing follows
 * Element ("Cuộc gọi thoại đến", "Cuộc gọi video đến", "Bạn đã từ chối", "Không trả lời").
 * One plural form: "3 cuộc gọi nhỡ".
 *
 * @example
 * formatCallRecord(record, { locale: vi, selfId: 'me' }).text; // 'Cuộc gọi nhỡ'
 */
export const vi: CompleteCallRecordLocale = {
  code: 'vi',
  name: 'Tiếng Việt',
  dir: 'ltr',
  messages: {
    cancelledCaller: 'Đã hủy',
    cancelledCallee: 'Cuộc gọi nhỡ',
    cancelledUnknown: 'Cuộc gọi bị hủy',
    rejectedCaller: 'Bị từ chối',
    rejectedCallee: 'Bạn đã từ chối',
    rejectedUnknown: 'Cuộc gọi bị từ chối',
    timeoutCaller: 'Không trả lời',
    timeoutCallee: 'Cuộc gọi nhỡ',
    timeoutUnknown: 'Không được trả lời',
    busyCaller: 'Máy bận',
    busyCallee: 'Cuộc gọi nhỡ (đang bận)',
    busyUnknown: 'Máy bận',
    completed: 'Thời lượng cuộc gọi {duration}',
    ended: 'Cuộc gọi đã kết thúc',
    callRecord: 'Cuộc gọi',
    outgoingAudioCall: 'Cuộc gọi thoại đi',
    outgoingVideoCall: 'Cuộc gọi video đi',
    incomingAudioCall: 'Cuộc gọi thoại đến',
    incomingVideoCall: 'Cuộc gọi video đến',
    audioCall: 'Cuộc gọi thoại',
    videoCall: 'Cuộc gọi video',
    audio: 'thoại',
    video: 'video',
    audioPreview: '[Cuộc gọi thoại]',
    videoPreview: '[Cuộc gọi video]',
    missedCalls: { other: '{count} cuộc gọi nhỡ' },
    missedCallsSpoken: '{text} ({media})',
    label: '{call}, {outcome}',
    spokenDuration: '{text} ({duration})',
    withTime: '{label}, {time}',
    withAction: '{label}. {action}',
    callBack: 'Gọi lại',
    units: null,
    unitSeparator: ' ',
    missedAudioCall: 'Cuộc gọi thoại bị nhỡ',
    missedVideoCall: 'Cuộc gọi video bị nhỡ',
    callFrom: '{call} từ {name}',
    callTo: '{call} tới {name}',
    callCount: { other: '{count} lần' },
    withCount: '{label}, {count}',
    dayAtTime: '{day} lúc {time}',
    allCallsFilter: 'Tất cả',
    missedCallsFilter: 'Bị nhỡ',
    noRecentCalls: 'Không có cuộc gọi',
  },
};
