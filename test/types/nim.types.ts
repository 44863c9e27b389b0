/**
 * Type tests of the NIM source against NetEase's real Web SDK typings (`nim-web-sdk-ng` 10.8.1, types
 * only). Checked by `npm run typecheck`; nothing here runs.
 *
 * - Accepted without casts: the SDK's `nim` instance and its `V2NIMMessageService`; the snapshot's
 *   messages are the SDK's `V2NIMMessage`.
 * - Rejected: each `@ts-expect-error` below must stay an error.
 */
import type NIM from 'nim-web-sdk-ng/dist/v2/NIM_BROWSER_SDK';
import type { V2NIMMessage } from 'nim-web-sdk-ng/dist/v2/NIM_BROWSER_SDK/V2NIMMessageService';
import { createNimCallRecordSource } from '../../src/core';
import type { NimCallRecordSnapshot } from '../../src/core';
import { useNimCallRecords } from '../../src/nim';

export function fromTheInstance(nim: NIM): NimCallRecordSnapshot<V2NIMMessage> {
  return createNimCallRecordSource(nim, 'alice|1|bob').getSnapshot();
}

export function fromTheService(nim: NIM): readonly V2NIMMessage[] {
  return createNimCallRecordSource(nim.V2NIMMessageService, 'alice|1|bob', {
    messageTypes: [12],
  }).getSnapshot().messages;
}

export function rejected(nim: NIM): void {
  // @ts-expect-error the conversation id is a string
  createNimCallRecordSource(nim, 42);
  // @ts-expect-error an object without the message service
  createNimCallRecordSource({ V2NIMLoginService: nim.V2NIMLoginService }, 'alice|1|bob');
  // @ts-expect-error messageTypes is a list
  createNimCallRecordSource(nim, 'alice|1|bob', { messageTypes: 12 });
}

export function useTheSdkMessageType(nim: NIM): readonly V2NIMMessage[] {
  const { items, messages } = useNimCallRecords(nim, 'alice|1|bob', { selfId: 'alice', limit: 20 });
  const first: V2NIMMessage | undefined = items[0]?.message;
  return first === undefined ? messages : [first];
}

export function useRejectedOptions(nim: NIM): void {
  // @ts-expect-error limit is a number
  useNimCallRecords(nim.V2NIMMessageService, 'alice|1|bob', { limit: '20' });
}
