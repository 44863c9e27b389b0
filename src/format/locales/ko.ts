import type { CallRecordMessages } from '../messages';

/**
 * Korean call-record strings (noun-phrase style throughout, 거절 for declining).
 *
 * @example
 * formatCallRecord(record, { locale: 'ko' }).text; // "통화 시간 01:15"
 */
export const ko: CallRecordMessages = {
  cancelledCaller: '취소됨',
  rejectedCaller: '상대방이 거절함',
  timeoutCaller: '응답 없음',
  busyCaller: '통화 중',
  cancelledCallee: '부재중 전화',
  rejectedCallee: '거절한 전화',
  timeoutCallee: '부재중 전화',
  busyCallee: '부재중 전화(통화 중)',
  completed: '통화 시간 {duration}',
  ended: '통화 종료',
  audio: '음성',
  video: '영상',
  audioPreview: '[음성 통화]',
  videoPreview: '[영상 통화]',
  outgoing: '발신 {media} 통화',
  incoming: '수신 {media} 통화',
  label: '{call}, {outcome}',
  spokenDuration: '{text} ({duration})',
  callBack: '다시 걸기',
  callRecord: '통화 기록',
  missedCalls: { other: '부재중 전화 {count}통' },
  units: null,
  unitSeparator: ' ',
};
