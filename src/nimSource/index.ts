export { createNimCallRecordSource, serviceOf } from './createNimCallRecordSource';
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
} from './types';
