// The package's subpath entries, as an app imports them: type-checked under both the app's
// `moduleResolution: "Bundler"` and the older `"node"` (node10) that reads `typesVersions`.
import { formatCallRecord, parseCallRecord } from 'react-call-records/core';
import type { CallRecordLocale } from 'react-call-records/core';
import { fr } from 'react-call-records/locales';
import type { NimMessageService, useNimCallRecords } from 'react-call-records/nim';

const french: CallRecordLocale = fr;
const parsed = parseCallRecord('{"type":1,"channelId":7,"status":4,"durations":[]}');

/** A French label through the subpath entries (unused by the app; it exists to be type-checked). */
export const frenchLabel: string = parsed.ok ? formatCallRecord(parsed.record, { locale: french }).text : '';

// react-call-records/nim type-checks without nim-web-sdk-ng installed (an optional peer): the SDK is
// described by shape, so an app's own stand-in of the message service is enough for the compiler.
interface AppMessage {
  readonly messageClientId: string;
  readonly messageServerId: string;
  readonly messageType: number;
  readonly createTime: number;
  readonly conversationId: string;
}

/** A message service as the hook needs it (unused by the app; it exists to be type-checked). */
export const messageService: NimMessageService<AppMessage> = {
  on: () => {},
  off: () => {},
  getMessageList: () => Promise.resolve([]),
};

/** The hook's types, through the /nim entry (unused by the app). */
export type LiveCalls = ReturnType<typeof useNimCallRecords<AppMessage>>;
