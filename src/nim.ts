/**
 * `react-call-records/nim`: call records kept in step with NetEase's Web SDK (`nim-web-sdk-ng`, V2
 * API). `useNimCallRecords` loads a conversation's history and applies the SDK's message events;
 * `createNimCallRecordSource` is the same without React (also exported by `react-call-records/core`).
 *
 * The SDK is never imported (pass your `nim` instance); `nim-web-sdk-ng` is an optional peer
 * dependency. Apps that do not import this entry pay nothing for it.
 *
 * @example
 * import { useNimCallRecords } from 'react-call-records/nim';
 *
 * const { items, status, loadOlder } = useNimCallRecords(nim, conversationId, { selfId: me });
 * @packageDocumentation
 */

export { useNimCallRecords } from './useNimCallRecords';
export type { UseNimCallRecordsOptions, UseNimCallRecordsResult } from './useNimCallRecords';

// The React-free source.
export { createNimCallRecordSource } from './nimSource';
export type {
  NimCallRecordSnapshot,
  NimCallRecordSource,
  NimCallRecordSourceOptions,
  NimCallRecordStatus,
  NimClearHistoryNotification,
  NimInstance,
  NimMessage,
  NimMessageEvents,
  NimMessageListOption,
  NimMessageRefer,
  NimMessageRemovedNotification,
  NimMessageService,
  NimMessageSource,
} from './nimSource';
