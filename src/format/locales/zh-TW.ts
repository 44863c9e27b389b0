import type { CompleteCallRecordLocale } from '../../options';

/**
 * Traditional Chinese call-record wording (Taiwan; also used for Hong Kong and Macau): 視訊 for
 * video, 通話時間 for the duration, 未接聽 for a call the viewer did not answer.
 *
 * @example
 * formatCallRecord(record, { locale: zhTW, selfId: 'me' }).text; // '未接聽'
 */
export const zhTW: CompleteCallRecordLocale = {
  code: 'zh-TW',
  name: '繁體中文',
  dir: 'ltr',
  messages: {
    cancelledCaller: '已取消',
    cancelledCallee: '對方已取消',
    cancelledUnknown: '通話已取消',
    rejectedCaller: '對方已拒絕',
    rejectedCallee: '已拒絕',
    rejectedUnknown: '通話被拒絕',
    timeoutCaller: '對方未接聽',
    timeoutCallee: '未接聽',
    timeoutUnknown: '無人接聽',
    busyCaller: '對方忙線中',
    busyCallee: '忙線未接聽',
    busyUnknown: '忙線未接通',
    completed: '通話時間 {duration}',
    ended: '通話已結束',
    callRecord: '通話紀錄',
    outgoingAudioCall: '撥出語音通話',
    outgoingVideoCall: '撥出視訊通話',
    incomingAudioCall: '語音來電',
    incomingVideoCall: '視訊來電',
    audioCall: '語音通話',
    videoCall: '視訊通話',
    audio: '語音',
    video: '視訊',
    audioPreview: '[語音通話]',
    videoPreview: '[視訊通話]',
    missedCalls: { other: '{count} 通未接來電' },
    missedCallsSpoken: '{text}（{media}）',
    label: '{call}，{outcome}',
    spokenDuration: '{text}（{duration}）',
    withTime: '{label}，{time}',
    withAction: '{label}。{action}',
    callBack: '回撥',
    units: null,
    unitSeparator: ' ',
    missedAudioCall: '未接語音來電',
    missedVideoCall: '未接視訊來電',
    callFrom: '來自{name}的{call}',
    callTo: '與{name}的{call}',
    callCount: { other: '{count} 次' },
    withCount: '{label}，{count}',
    dayAtTime: '{day} {time}',
    allCallsFilter: '全部',
    missedCallsFilter: '未接來電',
    noRecentCalls: '最近沒有通話',
  },
};
