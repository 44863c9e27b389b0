export { CallRecordProvider, useCallRecordContext, useStableMessages } from './CallRecordProvider';
export type { CallRecordContextValue, CallRecordProviderProps } from './CallRecordProvider';
