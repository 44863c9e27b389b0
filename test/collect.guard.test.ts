import { describe, it, expect, vi } from 'vitest';
import { collectCallRecords, createCallRecordCollector } from '../src/collect';
import type { UseCallRecordsResult } from '../src/collect';
import type * as FormatModule from '../src/format';
import type { CallRecordOptions } from '../src/options';
import type { CallRecord } from '../src/record';

// A formatter that throws on the record with client id 'boom' (as a user `pickDuration` that throws
// would), whatever the format helper guards itself.
let failing = 'boom';
vi.mock('../src/format', async (importOriginal) => {
  const actual = await importOriginal<typeof FormatModule>();
  return {
    ...actual,
    formatCallRecord: (record: CallRecord, options?: CallRecordOptions) => {
      if (record.id === failing) throw new Error('formatter bug');
      return actual.formatCallRecord(record, options);
    },
  };
});

const BASE_TIME = 1_732_500_000_000;
const call = (id: string, at: number, status = 1, durations: [string, number][] = []) => ({
  messageType: 12,
  messageClientId: id,
  createTime: at,
  senderId: 'alice',
  receiverId: 'bob',
  attachment: {
    type: 1,
    channelId: `ch-${id}`,
    status,
    durations: durations.map(([accountId, duration]) => ({ accountId, duration })),
  },
});
const FORMAT_FAILED = { code: 'invalid-field', message: 'formatting failed' };

function conserved({ stats }: UseCallRecordsResult): boolean {
  return stats.items + stats.errors + stats.ignored + stats.duplicates === stats.total;
}

describe('a formatter that throws', () => {
  it('makes that message an error entry instead of throwing, and keeps the other rows', () => {
    const messages = [
      call('ok', BASE_TIME),
      call('boom', BASE_TIME + 60_000, 4),
      call('after', BASE_TIME + 120_000, 3),
    ];
    const result = collectCallRecords(messages, { selfId: 'bob', locale: 'en' });
    expect(result.items.map((item) => item.key)).toEqual(['ok', 'after']);
    expect(result.errors).toEqual([{ message: messages[1], index: 1, error: FORMAT_FAILED }]);
    expect(result.stats).toMatchObject({ total: 3, items: 2, errors: 1, duplicates: 0 });
    expect(result.stats.byStatus).toMatchObject({ completed: 1, rejected: 1, timeout: 0 });
    expect(conserved(result)).toBe(true);
  });

  it('keeps the shown report when the richer second report of the same call cannot be formatted', () => {
    const first = call('first', BASE_TIME, 1, [['alice', 10]]);
    const boom = call('boom', BASE_TIME + 300, 1, [
      ['alice', 10],
      ['bob', 9],
    ]);
    const result = collectCallRecords([first, boom], { selfId: 'bob' });
    expect(result.items.map((item) => item.message)).toEqual([first]);
    expect(result.errors).toEqual([{ message: boom, index: 1, error: FORMAT_FAILED }]);
    expect(result.stats).toMatchObject({ total: 2, items: 1, errors: 1, duplicates: 0, talkSeconds: 10 });
  });

  it('does not take part in dedupe, and is formatted again on the next full pass', () => {
    const collector = createCallRecordCollector();
    const boom = call('boom', BASE_TIME, 4);
    const copy = { ...boom };
    const first = collector.collect([boom, copy]);
    expect(first.errors.map((e) => e.index)).toEqual([0, 1]);
    expect(first.stats).toMatchObject({ errors: 2, duplicates: 0 });
    failing = 'nothing';
    try {
      const second = collector.collect([call('older', BASE_TIME - 1e6), boom, copy]);
      expect(second.errors).toEqual([]);
      expect(second.items.map((item) => item.key)).toEqual(['older', 'boom']);
      expect(second.stats).toMatchObject({ total: 3, items: 2, duplicates: 1 });
    } finally {
      failing = 'boom';
    }
  });
});
