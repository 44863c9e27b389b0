export { parseCallRecord } from './parse';
export { isCallRecordMessage } from './detect';
export { isCallRecord } from './isCallRecord';
export { isObject } from './values';
export {
  CALL_TYPE_CODES,
  CALL_STATUS_CODES,
  MAX_CALL_RECORD_INPUT_LENGTH,
  MAX_CALL_RECORD_DURATIONS,
} from './codes';
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
} from './types';
