import type { CompleteCallRecordLocale } from '../../options';

/**
 * Japanese call-record wording: 不在着信 for a missed call, 応答なし for the caller, 通話記録 for one
 * record (通話履歴 is the list), durations without spaces (1時間2分3秒).
 *
 * @example
 * formatCallRecord(record, { locale: ja, selfId: 'me' }).text; // '不在着信'
 */
export const ja: CompleteCallRecordLocale = {
  code: 'ja',
  name: '日本語',
  dir: 'ltr',
  messages: {
    cancelledCaller: 'キャンセルした通話',
    cancelledCallee: '不在着信',
    cancelledUnknown: 'キャンセルされた通話',
    rejectedCaller: '相手が拒否しました',
    rejectedCallee: '拒否した通話',
    rejectedUnknown: '拒否された通話',
    timeoutCaller: '応答なし',
    timeoutCallee: '不在着信',
    timeoutUnknown: '未応答',
    busyCaller: '話し中',
    busyCallee: '不在着信（通話中）',
    busyUnknown: '話し中',
    completed: '通話時間: {duration}',
    ended: '通話終了',
    callRecord: '通話記録',
    outgoingAudioCall: '音声通話の発信',
    outgoingVideoCall: 'ビデオ通話の発信',
    incomingAudioCall: '音声通話の着信',
    incomingVideoCall: 'ビデオ通話の着信',
    audioCall: '音声通話',
    videoCall: 'ビデオ通話',
    audio: '音声',
    video: 'ビデオ',
    audioPreview: '[音声通話]',
    videoPreview: '[ビデオ通話]',
    missedCalls: { other: '不在着信 {count} 件' },
    missedCallsSpoken: '{text}（{media}）',
    label: '{call}、{outcome}',
    spokenDuration: '{text}（{duration}）',
    withTime: '{label}、{time}',
    withAction: '{label}。{action}',
    callBack: 'かけ直す',
    units: ['{count}時間', '{count}分', '{count}秒'],
    unitSeparator: '',
    missedAudioCall: '音声通話の不在着信',
    missedVideoCall: 'ビデオ通話の不在着信',
    callFrom: '{name}からの{call}',
    callTo: '{name}への{call}',
    callCount: { other: '{count}回' },
    withCount: '{label}、{count}',
    dayAtTime: '{day} {time}',
    allCallsFilter: 'すべて',
    missedCallsFilter: '不在着信',
    noRecentCalls: '最近の通話はありません',
  },
};
