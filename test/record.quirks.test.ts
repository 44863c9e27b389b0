// Issue 14, item 1: what NetEase's SDKs and kits really send.
import { describe, expect, it } from 'vitest';
import { parseCallRecord } from '../src/record';
import type { CallRecord, ParseCallRecordResult } from '../src/record';

function record(result: ParseCallRecordResult): CallRecord {
  if (!result.ok) throw new Error(`expected a record, got ${result.error.code}: ${result.error.message}`);
  return result.record;
}

const v2 = (attachment: unknown) => ({
  messageClientId: 'c-9',
  messageServerId: '9009',
  createTime: 1732500000000,
  senderId: 'alice',
  receiverId: 'bob',
  conversationType: 1,
  isSelf: true,
  messageType: 12,
  attachment,
});

describe('account-less duration entries (NetEase web call kit v10)', () => {
  it('reads {"duration":37} as an entry without an account id', () => {
    const got = record(
      parseCallRecord('{"type":1,"channelId":"abc","status":1,"durations":[{"duration":37}]}'),
    );
    expect(got.durations).toStrictEqual([{ accountId: undefined, seconds: 37, caller: undefined }]);
  });

  it('reads empty and null account ids as absent, next to named entries', () => {
    const got = record(
      parseCallRecord(
        v2({
          type: 2,
          channelId: 'x',
          status: 1,
          durations: [
            { accountId: '', duration: 5 },
            { accid: null, duration: '6' },
            { accountId: 'bob', duration: 7 },
          ],
        }),
      ),
    );
    expect(got.durations).toStrictEqual([
      { accountId: undefined, seconds: 5, caller: undefined },
      { accountId: undefined, seconds: 6, caller: undefined },
      { accountId: 'bob', seconds: 7, caller: undefined },
    ]);
  });
});

describe('empty or missing channelId', () => {
  it('reads an empty channelId (Android kit) as undefined', () => {
    const got = record(parseCallRecord({ type: 1, channelId: '', status: 4 }));
    expect(got.channelId).toBeUndefined();
    expect(got.id).toBe('call:["attach",null,"audio","timeout",null,null,null,null,[]]');
  });

  it('reads a message without a channelId (some SDK event paths) as a record without one', () => {
    expect(record(parseCallRecord(v2({ type: 1, status: 2 }))).channelId).toBeUndefined();
    expect(
      record(parseCallRecord({ msgType: 'NRTC_NETCALL', msgidServer: '5', attach: '{"type":1,"status":3}' })),
    ).toStrictEqual({
      id: '5',
      serverId: '5',
      channelId: undefined,
      callType: 'audio',
      status: 'rejected',
      senderId: undefined,
      receiverId: undefined,
      timestamp: undefined,
      direction: undefined,
      conversationType: undefined,
      conversationId: undefined,
      durations: [],
      source: 'server-copy',
    });
    expect(
      record(parseCallRecord({ type: 'g2', attach: { type: 2, status: 5, channelId: null } })).channelId,
    ).toBe(undefined);
  });

  it('still needs the channelId key on a bare attach, so an app object is not a call', () => {
    const result = parseCallRecord({ type: 1, status: 2, text: 'call me' });
    expect(result).toStrictEqual({
      ok: false,
      error: { code: 'not-a-call-record', message: 'input: object is not a call record' },
    });
  });
});

describe('caller flag on duration entries', () => {
  it("keeps caller true / false and reads the server copy's strings", () => {
    const got = record(
      parseCallRecord(
        '{"type":"2","channelId":"7","status":"1","durations":[' +
          '{"accid":"alice","duration":"62","caller":"true"},{"accid":"bob","duration":"61","caller":"false"},' +
          '{"accid":"carol","duration":"1","caller":1},{"accid":"dave","duration":"1","caller":"yes"}]}',
      ),
    );
    expect(got.durations).toStrictEqual([
      { accountId: 'alice', seconds: 62, caller: true },
      { accountId: 'bob', seconds: 61, caller: false },
      { accountId: 'carol', seconds: 1, caller: undefined },
      { accountId: 'dave', seconds: 1, caller: undefined },
    ]);
  });
});

describe('BOM and whitespace around JSON', () => {
  it.each([
    ['a BOM', '\uFEFF'],
    ['a BOM and a newline', '\uFEFF\r\n'],
    ['NBSP and ideographic space', '\u00A0\u3000'],
    ['tabs', '\t\t'],
  ])('reads JSON after %s', (_name, lead) => {
    expect(record(parseCallRecord(`${lead}{"type":2,"channelId":"c","status":3}`))).toMatchObject({
      callType: 'video',
      status: 'rejected',
      channelId: 'c',
    });
  });

  it('reads JSON with a BOM or NBSP after it, and with spaces on both sides', () => {
    for (const text of [
      '{"type":2,"channelId":"c","status":3}\u00A0',
      '{"type":2,"channelId":"c","status":3}\uFEFF',
      '\u3000{"type":2,"channelId":"c","status":3}\u00A0\n',
    ])
      expect(record(parseCallRecord(text)).status).toBe('rejected');
  });

  it('still calls broken JSON invalid when whitespace surrounds it', () => {
    const result = parseCallRecord('\u00A0{"type":2,"channelId":"c",}\u00A0');
    expect(result.ok ? 'ok' : result.error.code).toBe('invalid-json');
  });

  it('reads a server copy whose attach starts with a BOM', () => {
    expect(
      record(
        parseCallRecord({ msgType: 'NRTC_NETCALL', attach: '\uFEFF {"type":1,"channelId":1,"status":2}' }),
      ).status,
    ).toBe('cancelled');
  });
});

describe('numeric channelId in V2 objects', () => {
  it('reads the number the V2 SDK leaves in place as its decimal string', () => {
    expect(record(parseCallRecord(v2({ type: 1, channelId: 6016231887, status: 1 }))).channelId).toBe(
      '6016231887',
    );
  });

  it('drops a number past 2^53 (its digits are gone) instead of using it as identity', () => {
    const got = record(parseCallRecord(v2({ type: 1, channelId: 6290737000999815988, status: 1 })));
    expect(got.channelId).toBeUndefined();
    expect(got.id).toBe('c-9');
  });
});

describe('a full V2 attachment with an unreadable raw', () => {
  it('is read from its fields; raw is only consulted for missing ones', () => {
    const got = record(
      parseCallRecord(
        v2({
          type: 1,
          channelId: 'ch',
          status: 1,
          durations: [{ accountId: 'a', duration: 3 }],
          raw: '{oops',
        }),
      ),
    );
    expect(got).toMatchObject({ channelId: 'ch', status: 'completed' });
    expect(got.durations).toStrictEqual([{ accountId: 'a', seconds: 3, caller: undefined }]);
  });

  it('reads a missing optional field as absent when raw cannot be read', () => {
    const got = record(parseCallRecord(v2({ type: 1, status: 2, raw: 'not json' })));
    expect(got.channelId).toBeUndefined();
    expect(got.durations).toStrictEqual([]);
  });

  it('fails with invalid-json when a required field is only in an unreadable raw', () => {
    expect(parseCallRecord(v2({ status: 2, raw: 'not json' }))).toStrictEqual({
      ok: false,
      error: { code: 'invalid-json', message: 'attachment.raw: "not json" is not valid JSON' },
    });
  });
});
