export { createCallRecordCollector, collectCallRecords } from './createCallRecordCollector';
export type {
  CallRecordItem,
  CallRecordErrorEntry,
  CallRecordStats,
  UseCallRecordsResult,
  CollectCallRecordsOptions,
  CallRecordCollector,
  CallRecordCollectorConfig,
} from './types';
export { formatRowView } from './ViewFormatter';
