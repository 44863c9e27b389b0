import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CALL_STATUS_CODES,
  CALL_TYPE_CODES,
  MAX_CALL_RECORD_DURATIONS,
  MAX_CALL_RECORD_INPUT_LENGTH,
  isCallRecordMessage,
  parseCallRecord,
} from '../src/record';
import type { CallRecord, CallRecordErrorCode, ParseCallRecordResult } from '../src/record';

const text = (name: string): string => readFileSync(join(__dirname, 'fixtures', `${name}.json`), 'utf8');
const fixture = (name: string): Record<string, unknown> => JSON.parse(text(name)) as Record<string, unknown>;

function record(result: ParseCallRecordResult): CallRecord {
  if (!result.ok) throw new Error(`expected a record, got ${result.error.code}: ${result.error.message}`);
  return result.record;
}

function failure(result: ParseCallRecordResult): { code: CallRecordErrorCode; message: string } {
  if (result.ok) throw new Error(`expected an error, got a record ${JSON.stringify(result.record)}`);
  return result.error;
}

const seed = { type: 1, channelId: 123, status: 1, durations: [{ accid: 'acc01', duration: 10 }] };

describe('parseCallRecord: the five shapes (fixtures), as objects and as JSON strings', () => {
  const cases: [string, CallRecord][] = [
    [
      'seed-attach',
      {
        id: 'call:["attach","123","audio","completed",null,null,null,null,[["acc01",10,null],["acc02",12,null]]]',
        serverId: undefined,
        channelId: '123',
        callType: 'audio',
        status: 'completed',
        senderId: undefined,
        receiverId: undefined,
        timestamp: undefined,
        direction: undefined,
        conversationType: undefined,
        conversationId: undefined,
        durations: [
          { accountId: 'acc01', seconds: 10, caller: undefined },
          { accountId: 'acc02', seconds: 12, caller: undefined },
        ],
        source: 'attach',
      },
    ],
    [
      'server-copy-rejected',
      {
        id: '6b1f3c0e9a',
        serverId: '27715043871',
        channelId: '6f0b4d1e2a3c4b5d6e7f8a9b0c1d2e3f',
        callType: 'video',
        status: 'rejected',
        senderId: 'alice',
        receiverId: 'bob',
        timestamp: 1732500000000,
        direction: undefined,
        conversationType: 'p2p',
        conversationId: undefined,
        durations: [],
        source: 'server-copy',
      },
    ],
    [
      'server-copy-completed',
      {
        id: '27715049999',
        serverId: '27715049999',
        channelId: '12345678901234',
        callType: 'audio',
        status: 'completed',
        senderId: 'alice',
        receiverId: 'bob',
        timestamp: 1732500300000,
        direction: undefined,
        conversationType: 'p2p',
        conversationId: undefined,
        durations: [
          { accountId: 'alice', seconds: 62, caller: undefined },
          { accountId: 'bob', seconds: 61, caller: undefined },
        ],
        source: 'server-copy',
      },
    ],
    [
      'v2-message-completed',
      {
        id: 'c-001',
        serverId: '9001',
        channelId: '778899',
        callType: 'video',
        status: 'completed',
        senderId: 'alice',
        receiverId: 'bob',
        timestamp: 1732500100000,
        direction: 'incoming',
        conversationType: 'p2p',
        conversationId: 'alice|1|bob',
        durations: [
          { accountId: 'alice', seconds: 75, caller: undefined },
          { accountId: 'bob', seconds: 74, caller: undefined },
        ],
        source: 'v2-message',
      },
    ],
    [
      'v2-message-raw-only',
      {
        id: 'c-002',
        serverId: '9003',
        channelId: '4455',
        callType: 'audio',
        status: 'cancelled',
        senderId: 'bob',
        receiverId: 'alice',
        timestamp: 1732500400000,
        direction: 'outgoing',
        conversationType: 'p2p',
        conversationId: 'bob|1|alice',
        durations: [],
        source: 'v2-message',
      },
    ],
    [
      'v1-message-timeout',
      {
        id: 'a9c2',
        serverId: '9002',
        channelId: '5c2d',
        callType: 'audio',
        status: 'timeout',
        senderId: 'alice',
        receiverId: 'bob',
        timestamp: 1732500200000,
        direction: 'outgoing',
        conversationType: 'p2p',
        conversationId: undefined,
        durations: [],
        source: 'v9-message',
      },
    ],
    [
      'ios-object-busy',
      {
        id: 'call:["ios-object","0a1b2c","video","busy",null,null,null,null,[]]',
        serverId: undefined,
        channelId: '0a1b2c',
        callType: 'video',
        status: 'busy',
        senderId: undefined,
        receiverId: undefined,
        timestamp: undefined,
        direction: undefined,
        conversationType: undefined,
        conversationId: undefined,
        durations: [],
        source: 'ios-object',
      },
    ],
    [
      'ios-object-completed',
      {
        id: 'call:["ios-object","9f8e7d6c5b4a39281706f5e4d3c2b1a0","audio","completed",null,null,null,null,[["alice",1020,null],["bob",1019,null]]]',
        serverId: undefined,
        channelId: '9f8e7d6c5b4a39281706f5e4d3c2b1a0',
        callType: 'audio',
        status: 'completed',
        senderId: undefined,
        receiverId: undefined,
        timestamp: undefined,
        direction: undefined,
        conversationType: undefined,
        conversationId: undefined,
        durations: [
          { accountId: 'alice', seconds: 1020, caller: undefined },
          { accountId: 'bob', seconds: 1019, caller: undefined },
        ],
        source: 'ios-object',
      },
    ],
  ];

  it.each(cases)('%s as an object', (name, expected) => {
    const got = record(parseCallRecord(fixture(name)));
    expect(got).toStrictEqual(expected);
    // every key present, even when undefined
    expect(Object.keys(got).sort()).toEqual(Object.keys(expected).sort());
  });

  it.each(cases)('%s as a JSON string (also with surrounding whitespace)', (name, expected) => {
    expect(record(parseCallRecord(text(name)))).toStrictEqual(expected);
    expect(record(parseCallRecord(`\n\t  ${text(name)}  \n`))).toStrictEqual(expected);
  });

  it('reads a server copy whose attach is already an object', () => {
    const copy = { ...fixture('server-copy-rejected'), attach: { type: 2, channelId: 'abc', status: 3 } };
    expect(record(parseCallRecord(copy))).toMatchObject({
      channelId: 'abc',
      callType: 'video',
      status: 'rejected',
    });
  });

  it('reads a V2 attachment that was handed over as a JSON string', () => {
    const message = {
      ...fixture('v2-message-completed'),
      attachment: '{"type":1,"channelId":"x1","status":5}',
    };
    expect(record(parseCallRecord(message))).toMatchObject({
      channelId: 'x1',
      callType: 'audio',
      status: 'busy',
    });
  });
});

describe('parseCallRecord: codes', () => {
  it.each([
    [1, 'completed'],
    [2, 'cancelled'],
    [3, 'rejected'],
    [4, 'timeout'],
    [5, 'busy'],
  ] as const)('status %i is %s, in every shape', (code, status) => {
    expect(record(parseCallRecord({ ...seed, status: code })).status).toBe(status);
    expect(record(parseCallRecord({ callType: 2, callStatus: code, channelID: 'c' })).status).toBe(status);
    const v2 = fixture('v2-message-completed');
    expect(
      record(parseCallRecord({ ...v2, attachment: { type: 1, channelId: '1', status: code } })).status,
    ).toBe(status);
    const copy = {
      ...fixture('server-copy-rejected'),
      attach: `{"type":1,"channelId":"1","status":"${code}"}`,
    };
    expect(record(parseCallRecord(copy)).status).toBe(status);
  });

  it.each([
    [1, 'audio'],
    [2, 'video'],
  ] as const)('type %i is %s', (code, callType) => {
    expect(record(parseCallRecord({ ...seed, type: code })).callType).toBe(callType);
    expect(record(parseCallRecord({ ...seed, type: String(code) })).callType).toBe(callType);
    expect(record(parseCallRecord({ callType: code, callStatus: 2, channelID: 'c' })).callType).toBe(
      callType,
    );
  });

  it('exports the code tables', () => {
    expect(CALL_TYPE_CODES).toEqual({ 1: 'audio', 2: 'video' });
    expect(CALL_STATUS_CODES).toEqual({
      1: 'completed',
      2: 'cancelled',
      3: 'rejected',
      4: 'timeout',
      5: 'busy',
    });
  });
});

describe('parseCallRecord: lenient where NIM varies', () => {
  it('accepts numeric strings for numbers (the server copy sends only strings)', () => {
    const got = record(
      parseCallRecord({
        type: '2',
        channelId: '7',
        status: '1',
        durations: [{ accid: 'a', duration: '30' }],
      }),
    );
    expect(got).toMatchObject({
      callType: 'video',
      status: 'completed',
      durations: [{ accountId: 'a', seconds: 30, caller: undefined }],
    });
    expect(record(parseCallRecord({ ...fixture('v2-message-completed'), messageType: '12' })).source).toBe(
      'v2-message',
    );
  });

  it('takes channelId as a number or a string, always giving a string', () => {
    expect(record(parseCallRecord({ ...seed, channelId: 6016231887 })).channelId).toBe('6016231887');
    expect(record(parseCallRecord({ ...seed, channelId: '6f0b4d1e' })).channelId).toBe('6f0b4d1e');
    expect(record(parseCallRecord({ ...seed, channelId: 0 })).channelId).toBe('0');
  });

  it('takes durations as an array of accid or accountId entries, or an accid → seconds map', () => {
    const expected = [
      { accountId: 'alice', seconds: 3, caller: undefined },
      { accountId: 'bob', seconds: 4, caller: undefined },
    ];
    const arrays = [
      [
        { accid: 'alice', duration: 3 },
        { accid: 'bob', duration: 4 },
      ],
      [
        { accountId: 'alice', duration: 3 },
        { accountId: 'bob', duration: '4' },
      ],
    ];
    for (const durations of arrays)
      expect(record(parseCallRecord({ ...seed, durations })).durations).toEqual(expected);
    expect(record(parseCallRecord({ ...seed, durations: { alice: 3, bob: '4' } })).durations).toEqual(
      expected,
    );
    expect(
      record(parseCallRecord({ callType: 1, callStatus: 1, channelID: 1, durations: { alice: 3, bob: 4 } }))
        .durations,
    ).toEqual(expected);
  });

  it('gives [] when durations are missing or null', () => {
    expect(record(parseCallRecord({ type: 1, channelId: 1, status: 2 })).durations).toEqual([]);
    expect(record(parseCallRecord({ type: 1, channelId: 1, status: 2, durations: null })).durations).toEqual(
      [],
    );
  });

  it('returns a fresh durations array of fresh objects', () => {
    const durations = [{ accid: 'a', duration: 1 }];
    const input = { ...seed, durations };
    const a = record(parseCallRecord(input));
    const b = record(parseCallRecord(input));
    expect(a.durations).not.toBe(durations);
    expect(a.durations).not.toBe(b.durations);
    expect(a.durations[0]).not.toBe(durations[0]);
    expect(a.durations[0]).toStrictEqual({ accountId: 'a', seconds: 1, caller: undefined });
  });

  it('stringifies numeric ids and reads -0 seconds as 0', () => {
    const got = record(
      parseCallRecord({
        type: 'g2',
        from: 1001,
        to: 1002,
        idClient: 77,
        idServer: 88,
        time: '1700000000000',
        attach: { type: 1, channelId: 5, status: 1, durations: [{ accid: 1001, duration: -0 }] },
      }),
    );
    expect(got).toMatchObject({
      id: '77',
      serverId: '88',
      senderId: '1001',
      receiverId: '1002',
      timestamp: 1.7e12,
    });
    expect(Object.is(got.durations[0]?.seconds, 0)).toBe(true);
    expect(got.durations[0]?.accountId).toBe('1001');
  });

  it('prefers parsed V2 attachment fields and reads only what is missing from raw', () => {
    const v2 = fixture('v2-message-completed');
    const raw = '{"type":1,"channelId":1,"status":4,"durations":[{"accid":"x","duration":9}]}';
    const parsed = record(
      parseCallRecord({ ...v2, attachment: { type: 2, channelId: 'p', status: 1, raw } }),
    );
    expect(parsed).toMatchObject({ callType: 'video', channelId: 'p', status: 'completed' });
    expect(parsed.durations).toEqual([{ accountId: 'x', seconds: 9, caller: undefined }]);
    const partial = record(parseCallRecord({ ...v2, attachment: { status: 3, raw } }));
    expect(partial).toMatchObject({ callType: 'audio', channelId: '1', status: 'rejected' });
  });
});

describe('parseCallRecord: ids and direction', () => {
  it('uses the client id, else the server id, else a deterministic fallback', () => {
    const v2 = fixture('v2-message-completed');
    expect(record(parseCallRecord(v2)).id).toBe('c-001');
    expect(record(parseCallRecord({ ...v2, messageClientId: undefined })).id).toBe('9001');
    expect(record(parseCallRecord({ ...v2, messageClientId: '' })).id).toBe('9001');
    const anonymous = { ...v2, messageClientId: undefined, messageServerId: undefined };
    const first = record(parseCallRecord(anonymous));
    expect(first.id).toBe(
      'call:["v2-message","778899","video","completed","alice","bob",1732500100000,"incoming",[["alice",75,null],["bob",74,null]],"p2p","alice|1|bob"]',
    );
    expect(first.serverId).toBeUndefined();
    expect(record(parseCallRecord(JSON.stringify(anonymous))).id).toBe(first.id);
    expect(record(parseCallRecord({ ...anonymous, createTime: 1 })).id).not.toBe(first.id);
  });

  // Issue 20, item 9: two missed calls at one time, without message ids or channel ids, were one id.
  it('makes the fallback id of every field, so records that differ in any field never share it', () => {
    const missed = {
      messageType: 12,
      senderId: 'alice',
      receiverId: 'carol',
      createTime: 1732500000000,
      isSelf: false,
      attachment: { type: 1, channelId: '', status: 4 },
    };
    expect(record(parseCallRecord(missed)).id).toBe(
      'call:["v2-message",null,"audio","timeout","alice","carol",1732500000000,"incoming",[]]',
    );
    const completed = { type: 2, channelId: 'ch', status: 1, durations: [{ accid: 'a', duration: 3 }] };
    expect(record(parseCallRecord(completed)).id).toBe(
      'call:["attach","ch","video","completed",null,null,null,null,[["a",3,null]]]',
    );
    const others = [
      { ...missed, senderId: 'bob' },
      { ...missed, receiverId: 'dave' },
      { ...missed, createTime: 1732500000001 },
      { ...missed, isSelf: true },
      { ...missed, attachment: { ...missed.attachment, type: 2 } },
      { ...missed, attachment: { ...missed.attachment, status: 2 } },
      { ...missed, attachment: { ...missed.attachment, channelId: 'ch' } },
      { ...missed, attachment: { ...missed.attachment, durations: [{ duration: 0 }] } },
      { ...missed, attachment: { ...missed.attachment, durations: [{ accountId: 'alice', duration: 0 }] } },
      { ...missed, type: 'g2', messageType: undefined, attach: missed.attachment },
      // a separator inside an id never makes two records one
      { ...missed, senderId: 'alice:carol', receiverId: '' },
      { ...missed, senderId: 'alice', receiverId: 'carol:' },
    ];
    const ids = [missed, ...others].map((input) => record(parseCallRecord(input)).id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('reads the direction from isSelf (V2) and flow (v9), else leaves it undefined', () => {
    const v2 = fixture('v2-message-completed');
    expect(record(parseCallRecord({ ...v2, isSelf: true })).direction).toBe('outgoing');
    expect(record(parseCallRecord({ ...v2, isSelf: false })).direction).toBe('incoming');
    expect(record(parseCallRecord({ ...v2, isSelf: undefined })).direction).toBeUndefined();
    expect(record(parseCallRecord({ ...v2, isSelf: 'yes' })).direction).toBeUndefined();
    const v9 = fixture('v1-message-timeout');
    expect(record(parseCallRecord({ ...v9, flow: 'out' })).direction).toBe('outgoing');
    expect(record(parseCallRecord({ ...v9, flow: 'in' })).direction).toBe('incoming');
    expect(record(parseCallRecord({ ...v9, flow: undefined })).direction).toBeUndefined();
    expect(record(parseCallRecord(fixture('server-copy-rejected'))).direction).toBeUndefined();
    expect(record(parseCallRecord({ ...seed, isSelf: true, flow: 'out' })).direction).toBeUndefined();
  });
});

describe('parseCallRecord: errors', () => {
  const expectError = (input: unknown, code: CallRecordErrorCode, message?: string): void => {
    const error = failure(parseCallRecord(input));
    expect(error.code).toBe(code);
    if (message !== undefined) expect(error.message).toBe(message);
  };

  it('not-a-call-record: other messages and non-records', () => {
    for (const name of ['v2-message-text', 'server-copy-text', 'v9-message-text']) {
      expectError(fixture(name), 'not-a-call-record');
      expectError(text(name), 'not-a-call-record');
    }
    for (const input of [
      null,
      undefined,
      0,
      42,
      true,
      '',
      'hello',
      '12',
      '[1,2]',
      'null',
      '"text"',
      [],
      {},
      { type: 1 },
      { type: 1, status: 1 },
      { type: 1, status: 2, text: 'call me' },
      { id: 1, type: 0, status: 'sent', text: 'hi' },
      { callStatus: 1 },
      { callType: 2, callStatus: 1 },
      { id: 102, data: { text: 'x' } },
      { id: 102, data: 'x', channel: 1 },
      { type: 'notification', attach: { type: 'addTeamMembers', netcallType: 1 } },
      'x'.repeat(MAX_CALL_RECORD_INPUT_LENGTH + 1),
    ])
      expectError(input, 'not-a-call-record');
    expectError({ channelId: 5, foo: 1 }, 'not-a-call-record');
    expectError('{"a":1}', 'not-a-call-record');
    expectError({ messageType: 1, attachment: { type: 1, channelId: 1, status: 1 } }, 'not-a-call-record');
    expectError('hello', 'not-a-call-record', 'input: "hello" is not a call record');
  });

  it('invalid-json: a JSON-looking string or a server-copy attach that does not parse', () => {
    expectError('{"type":1,', 'invalid-json', 'input: "{\\"type\\":1," is not valid JSON');
    expectError('  {bad', 'invalid-json');
    expectError(
      { ...fixture('server-copy-rejected'), attach: '{"type":' },
      'invalid-json',
      'attach: "{\\"type\\":" is not valid JSON',
    );
    expectError(
      { ...fixture('v2-message-completed'), attachment: { raw: 'nope' } },
      'invalid-json',
      'attachment.raw: "nope" is not valid JSON',
    );
  });

  it('invalid-call-type', () => {
    expectError({ ...seed, type: 3 }, 'invalid-call-type', 'attach.type: 3 is not one of 1-2');
    expectError(
      { ...seed, type: undefined },
      'invalid-call-type',
      'attach.type: undefined is not one of 1-2',
    );
    expectError(
      { callType: 0, callStatus: 1, channelID: 'c' },
      'invalid-call-type',
      'input.callType: 0 is not one of 1-2',
    );
    expectError({ ...seed, type: 1.5 }, 'invalid-call-type');
    expectError({ ...seed, type: true }, 'invalid-call-type', 'attach.type: boolean is not one of 1-2');
    expectError({ ...seed, type: 'audio2' }, 'not-a-call-record');
  });

  it('invalid-status', () => {
    expectError({ ...seed, status: 9 }, 'invalid-status', 'attach.status: 9 is not one of 1-5');
    expectError(
      { ...fixture('server-copy-rejected'), attach: '{"type":1,"channelId":"1","status":"0"}' },
      'invalid-status',
      'attach.status: "0" is not one of 1-5',
    );
    expectError(
      { ...fixture('v2-message-completed'), attachment: { type: 1, channelId: '1', status: [1] } },
      'invalid-status',
      'attachment.status: an array is not one of 1-5',
    );
    expectError(
      { callType: 1, callStatus: 6, channelID: 'c' },
      'invalid-status',
      'input.callStatus: 6 is not one of 1-5',
    );
  });

  it('invalid-durations, naming the entry', () => {
    const at = (durations: unknown) => ({ ...seed, durations });
    expectError(
      at([
        { accid: 'a', duration: 1 },
        { accid: 'b', duration: -3 },
      ]),
      'invalid-durations',
      'attach.durations[1].duration: -3 is not a non-negative integer',
    );
    expectError(at([{ accid: 'a', duration: 1.5 }]), 'invalid-durations');
    expectError(at([{ accid: 'a', duration: NaN }]), 'invalid-durations');
    expectError(at([{ accid: 'a', duration: Infinity }]), 'invalid-durations');
    expectError(at([{ accid: 'a', duration: 'ten' }]), 'invalid-durations');
    expectError(at([{ accid: 'a', duration: '' }]), 'invalid-durations');
    expectError(
      at([{ accid: 'a' }]),
      'invalid-durations',
      'attach.durations[0].duration: undefined is not a non-negative integer',
    );
    expectError(
      at([{ accid: {}, duration: 1 }]),
      'invalid-durations',
      'attach.durations[0].accountId: object is not a string, a number or a bigint',
    );
    expectError(at([null]), 'invalid-durations', 'attach.durations[0]: null is not an object');
    expectError(at([7]), 'invalid-durations', 'attach.durations[0]: 7 is not an object');
    expectError(at('10'), 'invalid-durations', 'attach.durations: "10" is not an array or a map');
    expectError(
      { callType: 1, callStatus: 1, channelID: 'c', durations: { bob: -1 } },
      'invalid-durations',
      'input.durations["bob"]: -1 is not a non-negative integer',
    );
    expectError(
      {
        ...fixture('v2-message-completed'),
        attachment: { type: 1, channelId: '1', status: 1, durations: [{ accountId: 'a', duration: 2.5 }] },
      },
      'invalid-durations',
      'attachment.durations[0].duration: 2.5 is not a non-negative integer',
    );
  });

  it('invalid-field: mistyped fields', () => {
    expectError(
      { ...seed, channelId: {} },
      'invalid-field',
      'attach.channelId: object is not a string, a number or a bigint',
    );
    expectError({ ...seed, channelId: NaN }, 'invalid-field');
    expectError({ ...seed, channelId: Infinity }, 'invalid-field');
    expectError({ ...seed, channelId: true }, 'invalid-field');
    const v2 = fixture('v2-message-completed');
    expectError(
      { ...v2, senderId: { id: 'alice' } },
      'invalid-field',
      'senderId: object is not a string, a number or a bigint',
    );
    expectError({ ...v2, messageClientId: [] }, 'invalid-field');
    expectError(
      { ...v2, createTime: 'yesterday' },
      'invalid-field',
      'createTime: "yesterday" is not a number',
    );
    expectError({ ...v2, attachment: undefined }, 'invalid-field', 'attachment: undefined is not an object');
    expectError({ ...v2, attachment: 5 }, 'invalid-field');
    expectError(
      { ...fixture('server-copy-rejected'), attach: '[1]' },
      'invalid-field',
      'attach: an array is not an object',
    );
    expectError({ ...fixture('v1-message-timeout'), attach: null }, 'invalid-field');
  });

  it('too-large: over the documented limits', () => {
    expectError(
      '{' + ' '.repeat(MAX_CALL_RECORD_INPUT_LENGTH) + '}',
      'too-large',
      'input length: 65538 is not at most 65536',
    );
    expectError(
      { ...fixture('server-copy-rejected'), attach: '{' + ' '.repeat(MAX_CALL_RECORD_INPUT_LENGTH) + '}' },
      'too-large',
    );
    const durations = Array.from({ length: MAX_CALL_RECORD_DURATIONS + 1 }, (_, i) => ({
      accid: `a${i}`,
      duration: 1,
    }));
    expectError({ ...seed, durations }, 'too-large', 'attach.durations length: 65 is not at most 64');
    expect(record(parseCallRecord({ ...seed, durations: durations.slice(1) })).durations).toHaveLength(64);
  });

  it('cuts echoed values to 40 characters', () => {
    const error = failure(parseCallRecord({ ...seed, status: 'x'.repeat(1000) + '<script>' }));
    expect(error.message).toBe(`attach.status: "${'x'.repeat(40)}" is not one of 1-5`);
  });
});

describe('isCallRecordMessage', () => {
  it('is true for call records in every shape, as objects and strings', () => {
    for (const name of [
      'seed-attach',
      'server-copy-rejected',
      'server-copy-completed',
      'v2-message-completed',
      'v2-message-raw-only',
      'v1-message-timeout',
      'ios-object-busy',
      'ios-object-completed',
    ]) {
      expect(isCallRecordMessage(fixture(name))).toBe(true);
      expect(isCallRecordMessage(text(name))).toBe(true);
    }
  });

  it('is true for broken call records too, as parseCallRecord reports them', () => {
    expect(isCallRecordMessage({ ...seed, status: 9 })).toBe(true);
    expect(isCallRecordMessage({ ...fixture('server-copy-rejected'), attach: '{' })).toBe(true);
  });

  it('is false for other messages and junk', () => {
    for (const name of ['v2-message-text', 'server-copy-text', 'v9-message-text'])
      expect(isCallRecordMessage(fixture(name))).toBe(false);
    expect(isCallRecordMessage(text('server-copy-text'))).toBe(false);
    expect(isCallRecordMessage(text('v9-message-text'))).toBe(false);
    for (const input of [null, undefined, 1, 'hello', '[{"channelId":1}]', {}, [], Symbol('s'), 1n, () => 1])
      expect(isCallRecordMessage(input)).toBe(false);
  });

  it('agrees with parseCallRecord on objects', () => {
    const inputs: unknown[] = [
      fixture('v2-message-text'),
      fixture('server-copy-text'),
      fixture('v9-message-text'),
      { type: 1 },
      { type: 1, status: 1 },
      { channelId: 1, status: 'x' },
      { type: 'text', status: 'success', channelId: 1 },
      { messageType: '12' },
      { msgType: 'NRTC_NETCALL' },
      { callStatus: 1 },
    ];
    for (const input of inputs) {
      const result = parseCallRecord(input);
      const isRecord = result.ok || result.error.code !== 'not-a-call-record';
      expect(isCallRecordMessage(input)).toBe(isRecord);
    }
  });

  it('reads a text message JSON that mentions channelId as what it is: not a call record', () => {
    expect(isCallRecordMessage(text('v2-message-text'))).toBe(false);
    expect(failure(parseCallRecord(text('v2-message-text'))).code).toBe('not-a-call-record');
  });
});
