export { CallRecordBubble } from './CallRecordBubble';
export type { CallRecordBubbleProps } from './CallRecordBubble';
export { CallRecordProvider, merge, useCallRecordContext } from './context';
export type { CallRecordContextValue, CallRecordProviderProps } from './context';
