/**
 * `react-call-records/core`: the React-free part of the library. Parsing, formatting, the list
 * collector and the locales, for a server, a worker, a React Server Component or any code that
 * must not load React or styled-components.
 *
 * This entry imports no package at all (`test/bundle.test.ts` walks its built module graph to
 * check) and its built files carry no `'use client'`. Every name here is also exported, as the
 * very same value, by the main entry `react-call-records`.
 *
 * @example
 * import { parseCallRecord, formatCallRecord } from 'react-call-records/core';
 *
 * const result = parseCallRecord(message);
 * if (result.ok) console.log(formatCallRecord(result.record, { selfId: 'me' }).text);
 * @packageDocumentation
 */

// Parsing: raw message → CallRecord
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
  CallConversationType,
  CallRecordSource,
  CallDuration,
  CallRecord,
  CallRecordErrorCode,
  CallRecordError,
  ParseCallRecordResult,
} from './record';

// Formatting: CallRecord → view (words, accessible name, tone), with the built-in locales
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
  CallRecordDirection,
  AccessibleNameParts,
  CallRecordLocale,
  CallRecordMessages,
  CompleteCallRecordLocale,
  CompleteCallRecordMessages,
  PluralMessage,
} from './format';

// Options: the one options type and its resolver, shared by the formatters, the collector and the React layer
export { mergeCallRecordOptions, sameCallRecordOptions } from './options';
export type { CallRecordOptions, CallRecordListOptions } from './options';

// Collecting a message list: messages → list items, missed-call groups, stats
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

// The call history: messages from many conversations → a phone's Recents rows, day headers, spoken names
export {
  createCallLog,
  buildCallLog,
  describeCallLogRow,
  formatCallLogDay,
  CALL_LOG_FILTERS,
} from './callHistory';
export type {
  CallLogBuilder,
  CallLogFilter,
  CallLogKind,
  CallLogOptions,
  CallLogResult,
  CallLogRow,
  CallLogRowDescription,
  CallLogWordOptions,
} from './callHistory';

// Keeping a conversation in step with nim-web-sdk-ng's V2 message events (the SDK described by shape:
// nothing of it is imported). Its hook is the react-call-records/nim entry (src/nim.ts).
export { createNimCallRecordSource } from './nimSource';
export type {
  NimCallRecordSnapshot,
  NimCallRecordSource,
  NimCallRecordSourceOptions,
  NimCallRecordStatus,
  NimClearHistoryNotification,
  NimInstance,
  NimMessage,
  NimMessageEvents,
  NimMessageListOption,
  NimMessageRefer,
  NimMessageRemovedNotification,
  NimMessageService,
  NimMessageSource,
} from './nimSource';
