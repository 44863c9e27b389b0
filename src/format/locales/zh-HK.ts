import type { CompleteCallRecordLocale } from '../../options';

/**
 * Traditional Chinese call-record wording for Hong Kong (and Macau), after the Android dialer's
 * Hong Kong translation: 視像 for video, 個 as the counter ("3 個未接來電"), 未接來電 for a call the
 * viewer missed, 線路繁忙 for a busy line, 通話記錄 for a record. Opt-in: import it and pass it as
 * `locale`, or among the locales of `resolveCallRecordLocale` (then `zh-HK` and `zh-MO` resolve
 * to it; without it they fall back to the built-in `zhTW`).
 *
 * @example
 * formatCallRecord(record, { locale: zhHK, selfId: 'me' }).text; // '未接來電'
 */
export const zhHK: CompleteCallRecordLocale = {
  code: 'zh-HK',
  name: '繁體中文（香港）',
  dir: 'ltr',
  messages: {
    cancelledCaller: '已取消',
    cancelledCallee: '對方已取消',
    cancelledUnknown: '通話已取消',
    rejectedCaller: '對方已拒絕',
    rejectedCallee: '已拒絕',
    rejectedUnknown: '通話被拒',
    timeoutCaller: '對方未接聽',
    timeoutCallee: '未接來電',
    timeoutUnknown: '無人接聽',
    busyCaller: '對方線路繁忙',
    busyCallee: '未接來電（線路繁忙）',
    busyUnknown: '線路繁忙',
    completed: '通話時間 {duration}',
    ended: '通話已結束',
    callRecord: '通話記錄',
    outgoingAudioCall: '撥出語音通話',
    outgoingVideoCall: '撥出視像通話',
    incomingAudioCall: '語音通話來電',
    incomingVideoCall: '視像通話來電',
    audioCall: '語音通話',
    videoCall: '視像通話',
    audio: '語音',
    video: '視像',
    audioPreview: '[語音通話]',
    videoPreview: '[視像通話]',
    missedCalls: { other: '{count} 個未接來電' },
    missedCallsSpoken: '{text}（{media}）',
    label: '{call}，{outcome}',
    spokenDuration: '{text}（{duration}）',
    withTime: '{label}，{time}',
    withAction: '{label}。{action}',
    callBack: '回撥',
    units: null,
    unitSeparator: ' ',
    missedAudioCall: '未接語音通話',
    missedVideoCall: '未接視像通話',
    callFrom: '{name}打來的{call}',
    callTo: '與{name}的{call}',
    callCount: { other: '{count} 次' },
    withCount: '{label}，{count}',
    dayAtTime: '{day} {time}',
    allCallsFilter: '全部',
    missedCallsFilter: '未接來電',
    noRecentCalls: '沒有任何通話',
  },
};
