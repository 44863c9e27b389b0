export { formatCallRecord } from './formatCallRecord';
export { formatMissedCallGroup } from './formatMissedCallGroup';
export { callRecordPreview } from './callRecordPreview';
export { formatAccessibleName } from './formatAccessibleName';
export type { AccessibleNameParts } from './formatAccessibleName';
export type { CallRecordDirection, CallTone, CallRecordView } from './view';
export { formatCallDuration } from './duration';
export { formatCallTime } from './formatCallTime';
export { resolveCallRecordLocale } from './resolveCallRecordLocale';
export { getCallRecordMessages } from './getCallRecordMessages';
export type {
  CallRecordLocale,
  CallRecordMessages,
  CompleteCallRecordLocale,
  CompleteCallRecordMessages,
  PluralMessage,
} from '../options';
export { en } from './locales/en';
export { zhCN } from './locales/zh-CN';
export { zhTW } from './locales/zh-TW';
export { ja } from './locales/ja';
export { ko } from './locales/ko';
export { ar } from './locales/ar';
export { acceptedTimeZone } from './timeZone';
