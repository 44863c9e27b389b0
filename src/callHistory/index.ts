export { createCallLog, buildCallLog } from './createCallLog';
export { CALL_LOG_FILTERS } from './types';
export type {
  CallLogBuilder,
  CallLogFilter,
  CallLogKind,
  CallLogOptions,
  CallLogResult,
  CallLogRow,
} from './types';
export { CALL_LOG_FILTER_WORDS, describeCallLogRow, formatCallLogDay } from './describe';
export type { CallLogRowDescription, CallLogWordOptions } from './describe';
