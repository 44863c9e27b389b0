import type { UseCallRecordsResult } from '../src/collect';

/** Test input builders shared by the collector's tests. */

/** What a test call looks like; becomes a V2 message or a server-copy string. */
export interface CallSpec {
  id?: string;
  server?: string;
  from?: string;
  to?: string;
  at?: number;
  status?: 1 | 2 | 3 | 4 | 5;
  type?: 1 | 2;
  channel?: string;
  durations?: readonly (readonly [string, number])[];
}

/** The time of the test calls, epoch ms. */
export const BASE_TIME = 1_732_500_000_000;

/** A Web SDK v10 message (messageType 12). */
export const v2 = (spec: CallSpec) => ({
  messageType: 12,
  messageClientId: spec.id,
  messageServerId: spec.server,
  createTime: spec.at,
  senderId: spec.from ?? 'alice',
  receiverId: spec.to ?? 'bob',
  attachment: {
    type: spec.type ?? 1,
    channelId: spec.channel ?? `ch-${spec.id ?? spec.server ?? 'x'}`,
    status: spec.status ?? 1,
    durations: (spec.durations ?? []).map(([accountId, duration]) => ({ accountId, duration })),
  },
});

/** A server copy (抄送) as the JSON string a webhook delivers: every field a string. */
export const serverCopy = (spec: CallSpec): string =>
  JSON.stringify({
    eventType: '1',
    convType: 'PERSON',
    fromAccount: spec.from ?? 'alice',
    to: spec.to ?? 'bob',
    msgTimestamp: spec.at === undefined ? undefined : String(spec.at),
    msgType: 'NRTC_NETCALL',
    msgidClient: spec.id,
    msgidServer: spec.server ?? 'srv',
    attach: JSON.stringify({
      type: spec.type ?? 1,
      channelId: spec.channel ?? `ch-${spec.server ?? 'srv'}`,
      status: spec.status ?? 1,
      durations: (spec.durations ?? []).map(([accid, duration]) => ({ accid, duration })),
    }),
  });

/** An ordinary text message (V2 `messageType` 0). */
export const text = (body: string) => ({ messageType: 0, text: body });

/** A V2 call message with an unknown status code: a broken call record. */
export const broken = (id: string) => ({
  ...v2({ id }),
  attachment: { type: 1, channelId: 'c', status: 9, durations: [] },
});

/** Whether every message is counted once: `items + errors + ignored + duplicates === total`. */
export function conserved(result: UseCallRecordsResult): boolean {
  const { items, errors, ignored, duplicates, total } = result.stats;
  return items + errors + ignored + duplicates === total;
}
