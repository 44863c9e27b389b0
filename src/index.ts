/**
 * react-call-records: NetEase Yunxin (NIM) audio/video call records (话单) as
 * accessible, localized React chat bubbles.
 *
 * The main entry: everything in `react-call-records/core` (parsing, formatting, the collector,
 * the built-in locales; listed in `src/core.ts`) plus the React layer and the theme below.
 * Everything not exported here is internal.
 *
 * @example
 * import { CallRecordBubble, CallRecordProvider, parseCallRecord } from 'react-call-records';
 * @packageDocumentation
 */

// The React-free core, name for name (its explicit list is src/core.ts; test/bundle.test.ts checks
// that both entries export the very same values).
export * from './core';

// Theme
export { lightTheme, darkTheme, CALL_RECORD_THEME_KEY, CALL_RECORD_THEME_VARS } from './theme';
export type { CallRecordTheme } from './theme';

// React
export { CallRecordProvider, useCallRecordContext } from './CallRecordProvider';
export type { CallRecordProviderProps, CallRecordContextValue } from './CallRecordProvider';
export { CallRecordBubble } from './CallRecordBubble';
export type { CallRecordBubbleProps } from './CallRecordBubble';
export { useCallRecords } from './useCallRecords';
export type { UseCallRecordsOptions } from './useCallRecords';
export { useCallLog } from './useCallLog';
export type { UseCallLogOptions, UseCallLogResult } from './useCallLog';
export { CallLog } from './CallLog';
export type { CallLogPerson, CallLogProps, CallLogRowProps } from './CallLog';
