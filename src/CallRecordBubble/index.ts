export { CallRecordBubble } from './CallRecordBubble';
export type { CallRecordBubbleProps } from './CallRecordBubble';
export { CallRecordProvider, useCallRecordContext } from './context';
export type { CallRecordContextValue, CallRecordProviderProps } from './context';
