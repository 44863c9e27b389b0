export { useCallRecords } from './useCallRecords';
export { createCallRecordCollector, collectCallRecords } from './collect';
export type {
  CallRecordItem,
  CallRecordErrorEntry,
  CallRecordStats,
  UseCallRecordsResult,
  UseCallRecordsOptions,
  CollectCallRecordsOptions,
  CallRecordCollector,
  CallRecordCollectorConfig,
} from './types';
