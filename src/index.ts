/**
 * react-call-records: NetEase Yunxin (NIM) audio/video call records (话单) as
 * accessible, localized React chat bubbles.
 *
 * This file is the only public entry. Everything not exported here is internal.
 * @packageDocumentation
 */

// Parsing (no React)
export {
  parseCallRecord,
  isCallRecordMessage,
  CALL_TYPE_CODES,
  CALL_STATUS_CODES,
  MAX_CALL_RECORD_INPUT_LENGTH,
  MAX_CALL_RECORD_DURATIONS,
} from './record';
export type {
  CallType,
  CallStatus,
  CallDirection,
  CallRecordSource,
  CallDuration,
  CallRecord,
  CallRecordErrorCode,
  CallRecordError,
  ParseCallRecordResult,
} from './record';

// Formatting (no React)
export {
  formatCallRecord,
  formatMissedCallGroup,
  formatCallDuration,
  formatCallTime,
  callRecordPreview,
  resolveCallRecordLocale,
  getCallRecordMessages,
  formatAccessibleName,
  zhCN,
  zhTW,
  en,
  ja,
  ko,
  ar,
} from './format';
export type {
  CallTone,
  CallRecordView,
  CallRecordOptions,
  CallRecordDirection,
  AccessibleNameParts,
  CallRecordLocale,
  CallRecordMessages,
  PluralMessage,
} from './format';

// Theme
export { lightTheme, darkTheme, CALL_RECORD_THEME_KEY } from './theme';
export type { CallRecordTheme } from './theme';

// React
// Collecting a message list (no React)
export { createCallRecordCollector, collectCallRecords } from './collect';
export type {
  CallRecordItem,
  CallRecordErrorEntry,
  CallRecordStats,
  UseCallRecordsResult,
  CollectCallRecordsOptions,
  CallRecordCollector,
  CallRecordCollectorConfig,
} from './collect';

// React
export { CallRecordProvider, useCallRecordContext } from './CallRecordProvider';
export type { CallRecordProviderProps, CallRecordContextValue } from './CallRecordProvider';
export { CallRecordBubble } from './CallRecordBubble';
export type { CallRecordBubbleProps } from './CallRecordBubble';
export { useCallRecords } from './useCallRecords';
export type { UseCallRecordsOptions } from './useCallRecords';
