export { useNimCallRecords } from './useNimCallRecords';
export type { UseNimCallRecordsOptions, UseNimCallRecordsResult } from './useNimCallRecords';
