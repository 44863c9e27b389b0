import type { CallRecordMessages } from '../messages';

/**
 * Traditional Chinese (Taiwan; also used for Hong Kong and Macau) call-record strings.
 *
 * @example
 * formatCallRecord(record, { locale: 'zh-TW' }).text; // "通話時長 01:15"
 */
export const zhTW: CallRecordMessages = {
  cancelledCaller: '已取消',
  rejectedCaller: '對方已拒絕',
  timeoutCaller: '對方未接聽',
  busyCaller: '對方忙線中',
  cancelledCallee: '對方已取消',
  rejectedCallee: '已拒絕',
  timeoutCallee: '未接來電',
  busyCallee: '忙線未接聽',
  completed: '通話時長 {duration}',
  ended: '通話已結束',
  audio: '語音',
  video: '視訊',
  audioPreview: '[語音通話]',
  videoPreview: '[視訊通話]',
  outgoing: '撥出{media}通話',
  incoming: '{media}來電',
  label: '{call}，{outcome}',
  spokenDuration: '{text}（{duration}）',
  callBack: '回撥',
  callRecord: '通話紀錄',
  missedCalls: { other: '{count} 通未接來電' },
  units: null,
  unitSeparator: ' ',
};
