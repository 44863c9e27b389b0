// Issue 19: `selfId` is read by one normaliser, so the side of a call and its duration agree on who the
// viewer is. `''` and a value that is not a string are no viewer, in both.
import { describe, expect, it } from 'vitest';
import type { CallRecord } from '../src/record';
import { formatCallRecord } from '../src/format';
import { pickSeconds } from '../src/format/pickSeconds';
import { viewerIdOf, viewerSide } from '../src/format/viewerSide';
import { makeRecord } from './records';

/**
 * alice called bob, who took it. A hand-built record whose first entry has an empty account: a viewer
 * named `''` would take it for their own.
 */
const record: CallRecord = makeRecord({
  id: 'call-1',
  timestamp: 1732500000000,
  direction: 'incoming',
  durations: [
    { accountId: '', seconds: 7, caller: undefined },
    { accountId: 'alice', seconds: 40, caller: true },
    { accountId: 'bob', seconds: 38, caller: false },
  ],
  source: 'v2-message',
});

/** `selfId` values that name nobody; a JavaScript caller can pass anything. */
const NO_VIEWER: readonly unknown[] = ['', 42, null, undefined, {}, ['bob']];

describe('viewerIdOf', () => {
  it('keeps a non-empty string and reads everything else as no viewer', () => {
    expect(viewerIdOf('bob')).toBe('bob');
    expect(viewerIdOf(' ')).toBe(' ');
    for (const selfId of NO_VIEWER) expect(viewerIdOf(selfId)).toBe(undefined);
  });
});

describe("selfId '' or not a string", () => {
  it.each(NO_VIEWER.map((selfId) => [selfId]))(
    'viewerSide(record, %j) takes the record at its word: incoming from alice',
    (selfId) => {
      expect(viewerSide(record, selfId)).toStrictEqual({ direction: 'incoming', peerId: 'alice' });
    },
  );

  it.each(NO_VIEWER.map((selfId) => [selfId]))(
    "pickSeconds(record, %j, 'viewer') shows the longest entry, not the empty account's",
    (selfId) => {
      expect(pickSeconds(record, selfId, 'viewer')).toBe(40);
      expect(pickSeconds(record, selfId, undefined)).toBe(40);
    },
  );

  it.each(NO_VIEWER.map((selfId) => [selfId]))(
    'a pickDuration function is given no viewer for %j',
    (selfId) => {
      const seen: unknown[] = [];
      const picked = pickSeconds(record, selfId, (_record, viewerId) => {
        seen.push(viewerId);
        return 5;
      });
      expect(picked).toBe(5);
      expect(seen).toStrictEqual([undefined]);
    },
  );

  it.each(NO_VIEWER.map((selfId) => [selfId]))(
    'formatCallRecord with selfId %j reads as no viewer',
    (selfId) => {
      const view = formatCallRecord(record, { locale: 'en', selfId: selfId as string });
      expect(view).toMatchObject({
        direction: 'incoming',
        peerId: 'alice',
        seconds: 40,
        text: 'Call duration: 00:40',
      });
    },
  );

  it("differs from a named viewer: 'bob' sees his own entry and the same caller", () => {
    expect(viewerSide(record, 'bob')).toStrictEqual({ direction: 'incoming', peerId: 'alice' });
    expect(pickSeconds(record, 'bob', 'viewer')).toBe(38);
    expect(viewerSide(record, 'alice')).toStrictEqual({ direction: 'outgoing', peerId: 'bob' });
    expect(pickSeconds(record, 'alice', 'viewer')).toBe(40);
  });
});
