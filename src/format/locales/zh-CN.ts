import type { CallRecordMessages } from '../messages';

/**
 * Simplified Chinese (mainland China, Singapore) call-record strings.
 *
 * @example
 * formatCallRecord(record, { locale: 'zh-CN' }).text; // "通话时长 01:15"
 */
export const zhCN: CallRecordMessages = {
  cancelledCaller: '已取消',
  rejectedCaller: '对方已拒绝',
  timeoutCaller: '对方无应答',
  busyCaller: '对方忙线中',
  cancelledCallee: '对方已取消',
  rejectedCallee: '已拒绝',
  timeoutCallee: '未接听',
  busyCallee: '忙线未接听',
  completed: '通话时长 {duration}',
  ended: '通话已结束',
  audio: '语音',
  video: '视频',
  audioPreview: '[语音通话]',
  videoPreview: '[视频通话]',
  outgoing: '呼出{media}通话',
  incoming: '{media}来电',
  label: '{call}，{outcome}',
  spokenDuration: '{text}（{duration}）',
  callBack: '回拨',
  callRecord: '通话记录',
  missedCalls: { other: '{count}个未接来电' },
  units: ['{count}小时', '{count}分钟', '{count}秒'],
  unitSeparator: '',
};
