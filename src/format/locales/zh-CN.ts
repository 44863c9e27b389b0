import type { CompleteCallRecordLocale } from '../../options';

/**
 * Simplified Chinese call-record wording (mainland China, Singapore), after WeChat and Tencent's
 * and NetEase's chat kits.
 *
 * @example
 * formatCallRecord(record, { locale: zhCN, selfId: 'me' }).text; // '未接听'
 */
export const zhCN: CompleteCallRecordLocale = {
  code: 'zh-CN',
  name: '简体中文',
  dir: 'ltr',
  messages: {
    cancelledCaller: '已取消',
    cancelledCallee: '对方已取消',
    cancelledUnknown: '通话已取消',
    rejectedCaller: '对方已拒绝',
    rejectedCallee: '已拒绝',
    rejectedUnknown: '通话被拒绝',
    timeoutCaller: '对方无应答',
    timeoutCallee: '未接听',
    timeoutUnknown: '无人接听',
    busyCaller: '对方忙线中',
    busyCallee: '忙线未接听',
    busyUnknown: '忙线未接通',
    completed: '通话时长 {duration}',
    ended: '通话已结束',
    callRecord: '通话记录',
    outgoingAudioCall: '拨出语音通话',
    outgoingVideoCall: '拨出视频通话',
    incomingAudioCall: '语音来电',
    incomingVideoCall: '视频来电',
    audioCall: '语音通话',
    videoCall: '视频通话',
    audio: '语音',
    video: '视频',
    audioPreview: '[语音通话]',
    videoPreview: '[视频通话]',
    missedCalls: { other: '{count}个未接来电' },
    missedCallsSpoken: '{text}（{media}）',
    label: '{call}，{outcome}',
    spokenDuration: '{text}（{duration}）',
    withTime: '{label}，{time}',
    withAction: '{label}。{action}',
    callBack: '回拨',
    units: ['{count}小时', '{count}分钟', '{count}秒'],
    unitSeparator: '',
    missedAudioCall: '未接语音来电',
    missedVideoCall: '未接视频来电',
    callFrom: '来自{name}的{call}',
    callTo: '与{name}的{call}',
    callCount: { other: '{count}次' },
    withCount: '{label}，{count}',
    dayAtTime: '{day} {time}',
    allCallsFilter: '全部',
    missedCallsFilter: '未接来电',
    noRecentCalls: '无近期通话',
  },
};
