import type { CallRecord } from '../src/record';

/** A minimal valid record for tests: alice called bob (audio, completed, no duration data). */
export function makeRecord(patch: Partial<CallRecord> = {}): CallRecord {
  return {
    id: 'msg-1',
    serverId: undefined,
    channelId: 'ch-1',
    callType: 'audio',
    status: 'completed',
    senderId: 'alice',
    receiverId: 'bob',
    timestamp: 1_700_000_000_000,
    direction: undefined,
    durations: [],
    source: 'attach',
    ...patch,
  };
}
