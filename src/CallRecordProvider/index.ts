export { CallRecordProvider, useCallRecordContext, useStableCallRecordOptions } from './CallRecordProvider';
export type { CallRecordContextValue, CallRecordProviderProps } from './CallRecordProvider';
export { mergeCallRecordOptions, sameCallRecordOptions } from './options';
export type { CallRecordOptions } from './options';
