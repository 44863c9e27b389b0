import type { CallRecordMessages } from '../messages';

/**
 * Japanese call-record strings.
 *
 * @example
 * formatCallRecord(record, { locale: 'ja' }).text; // "通話時間 01:15"
 */
export const ja: CallRecordMessages = {
  cancelledCaller: 'キャンセルしました',
  rejectedCaller: '相手が拒否しました',
  timeoutCaller: '応答なし',
  busyCaller: '話し中',
  cancelledCallee: '不在着信',
  rejectedCallee: '拒否した通話',
  timeoutCallee: '不在着信',
  busyCallee: '不在着信（通話中）',
  completed: '通話時間 {duration}',
  ended: '通話終了',
  audio: '音声',
  video: 'ビデオ',
  audioPreview: '[音声通話]',
  videoPreview: '[ビデオ通話]',
  outgoing: '{media}通話の発信',
  incoming: '{media}通話の着信',
  label: '{call}、{outcome}',
  spokenDuration: '{text}（{duration}）',
  callBack: 'かけ直す',
  callRecord: '通話履歴',
  missedCalls: { other: '不在着信 {count} 件' },
  units: ['{count}時間', '{count}分', '{count}秒'],
  unitSeparator: '',
};
