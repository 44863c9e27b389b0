import type { CompleteCallRecordLocale } from '../../options';

/**
 * Korean call-record wording (noun-phrase style throughout, 거절 for declining, 상대방이 통화 중 for
 * the caller's busy line, no space before a bracket).
 *
 * @example
 * formatCallRecord(record, { locale: ko, selfId: 'me' }).text; // '부재중 전화'
 */
export const ko: CompleteCallRecordLocale = {
  code: 'ko',
  name: '한국어',
  dir: 'ltr',
  messages: {
    cancelledCaller: '취소됨',
    cancelledCallee: '부재중 전화',
    cancelledUnknown: '취소된 전화',
    rejectedCaller: '상대방이 거절함',
    rejectedCallee: '거절한 전화',
    rejectedUnknown: '거절된 전화',
    timeoutCaller: '응답 없음',
    timeoutCallee: '부재중 전화',
    timeoutUnknown: '미응답 통화',
    busyCaller: '상대방이 통화 중',
    busyCallee: '부재중 전화(통화 중)',
    busyUnknown: '연결 안 됨(통화 중)',
    completed: '통화 시간: {duration}',
    ended: '통화 종료',
    callRecord: '통화 기록',
    outgoingAudioCall: '발신 음성 통화',
    outgoingVideoCall: '발신 영상 통화',
    incomingAudioCall: '수신 음성 통화',
    incomingVideoCall: '수신 영상 통화',
    audioCall: '음성 통화',
    videoCall: '영상 통화',
    audio: '음성',
    video: '영상',
    audioPreview: '[음성 통화]',
    videoPreview: '[영상 통화]',
    missedCalls: { other: '부재중 전화 {count}통' },
    missedCallsSpoken: '{text}({media})',
    label: '{call}, {outcome}',
    spokenDuration: '{text}({duration})',
    withTime: '{label}, {time}',
    withAction: '{label}. {action}',
    callBack: '다시 걸기',
    units: null,
    unitSeparator: ' ',
    missedAudioCall: '부재중 음성 통화',
    missedVideoCall: '부재중 영상 통화',
    callFrom: '{name}의 {call}',
    callTo: '{name}에게 건 {call}',
    callCount: { other: '{count}번' },
    withCount: '{label}, {count}',
    dayAtTime: '{day} {time}',
    allCallsFilter: '전체',
    missedCallsFilter: '부재중 전화',
    noRecentCalls: '최근 통화 없음',
  },
};
