export { useCallRecords } from './useCallRecords';
export type { UseCallRecordsOptions } from './useCallRecords';
