export { CALL_RECORD_OPTION_NAMES, VIEW_OPTION_NAMES } from './CallRecordOptions';
export type {
  CallRecordListOptions,
  CallRecordOptionEffect,
  CallRecordOptionName,
  CallRecordOptions,
} from './CallRecordOptions';
export type {
  CallRecordLocale,
  CallRecordMessages,
  CompleteCallRecordLocale,
  CompleteCallRecordMessages,
  PluralMessage,
} from './CallRecordLocale';
export {
  mergeCallRecordOptions,
  pickCallRecordOptions,
  readOption,
  sameCallRecordOptions,
  sameViewOptions,
  withoutCallRecordOptions,
} from './resolver';
