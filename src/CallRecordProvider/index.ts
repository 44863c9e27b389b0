export { CallRecordProvider, useCallRecordContext, useStableCallRecordOptions } from './CallRecordProvider';
export type { CallRecordContextValue, CallRecordProviderProps } from './CallRecordProvider';
