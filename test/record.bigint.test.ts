// Issue 20, item 12: an exact id as a bigint (json-bigint, a BigInt reviver) made the record invalid-field.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isCallRecordMessage, parseCallRecord } from '../src/record';
import type { CallRecord, CallRecordSource, ParseCallRecordResult } from '../src/record';

function record(result: ParseCallRecordResult): CallRecord {
  if (!result.ok) throw new Error(`expected a record, got ${result.error.code}: ${result.error.message}`);
  return result.record;
}

/** Ids past 2^53, as a BigInt reviver gives them: as numbers they would have lost their last digits. */
const CHANNEL = 6290737000999815988n;
const CLIENT_ID = 12345678901234567891n;
const SERVER_ID = 27715049999000000001n;
const ALICE = 9007199254740993n;
const BOB = 9007199254740995n;

interface BigIntCase {
  readonly input: unknown;
  readonly expected: Partial<CallRecord>;
}

/** One input of each shape with every id it carries as a bigint: a shape without one here is a type error. */
const CASES: { readonly [Source in CallRecordSource]: BigIntCase } = {
  attach: {
    input: { type: 1, channelId: CHANNEL, status: 1, durations: [{ accid: ALICE, duration: 10 }] },
    expected: {
      channelId: '6290737000999815988',
      durations: [{ accountId: '9007199254740993', seconds: 10, caller: undefined }],
    },
  },
  'server-copy': {
    input: {
      msgType: 'NRTC_NETCALL',
      msgidClient: CLIENT_ID,
      msgidServer: SERVER_ID,
      fromAccount: ALICE,
      to: BOB,
      msgTimestamp: '1732500300000',
      attach: { type: '1', channelId: CHANNEL, status: '3', durations: [] },
    },
    expected: {
      id: '12345678901234567891',
      serverId: '27715049999000000001',
      channelId: '6290737000999815988',
      senderId: '9007199254740993',
      receiverId: '9007199254740995',
    },
  },
  'v2-message': {
    input: {
      messageType: 12,
      messageClientId: CLIENT_ID,
      messageServerId: SERVER_ID,
      senderId: ALICE,
      receiverId: BOB,
      createTime: 1732500100000,
      isSelf: false,
      attachment: { type: 2, channelId: CHANNEL, status: 1, durations: [{ accountId: BOB, duration: 74 }] },
    },
    expected: {
      id: '12345678901234567891',
      serverId: '27715049999000000001',
      channelId: '6290737000999815988',
      senderId: '9007199254740993',
      receiverId: '9007199254740995',
      durations: [{ accountId: '9007199254740995', seconds: 74, caller: undefined }],
    },
  },
  'v9-message': {
    input: {
      type: 'g2',
      idClient: CLIENT_ID,
      idServer: SERVER_ID,
      from: ALICE,
      to: BOB,
      time: 1732500200000,
      flow: 'out',
      attach: { type: 1, channelId: CHANNEL, status: 4, durations: [] },
    },
    expected: {
      id: '12345678901234567891',
      serverId: '27715049999000000001',
      channelId: '6290737000999815988',
      senderId: '9007199254740993',
      receiverId: '9007199254740995',
    },
  },
  'ios-object': {
    input: { callType: 2, callStatus: 5, channelID: CHANNEL, durations: {} },
    expected: { channelId: '6290737000999815988' },
  },
  'g1-message': {
    input: {
      type: 'notification',
      idClient: CLIENT_ID,
      idServer: SERVER_ID,
      from: ALICE,
      to: BOB,
      time: 1430995117500,
      flow: 'out',
      attach: {
        type: 'netcallMiss',
        netcallType: 1,
        channelId: CHANNEL,
        accounts: [ALICE, BOB],
        from: ALICE,
        time: 1430995117398,
      },
    },
    expected: {
      id: '12345678901234567891',
      serverId: '27715049999000000001',
      channelId: '6290737000999815988',
      senderId: '9007199254740993',
      receiverId: '9007199254740995',
    },
  },
  'g1-attach': {
    input: {
      id: 102,
      data: {
        calltype: 2,
        channel: CHANNEL,
        ids: [BOB, ALICE],
        from: ALICE,
        duration: 8,
        time: 1430995117398,
      },
    },
    expected: {
      channelId: '6290737000999815988',
      senderId: '9007199254740993',
      receiverId: '9007199254740995',
    },
  },
};

describe('bigint ids', () => {
  it.each(Object.entries(CASES))(
    'reads every id of the %s shape as its exact digits',
    (source, { input, expected }) => {
      expect(isCallRecordMessage(input)).toBe(true);
      expect(record(parseCallRecord(input))).toMatchObject({ ...expected, source });
    },
  );

  it('reads a small bigint id as its decimal digits, as the same number would read', () => {
    const asNumber = record(
      parseCallRecord({ type: 1, channelId: 42, status: 4, durations: [{ accid: 7, duration: 0 }] }),
    );
    const asBigInt = record(
      parseCallRecord({ type: 1, channelId: 42n, status: 4, durations: [{ accid: 7n, duration: 0 }] }),
    );
    expect(asBigInt).toStrictEqual(asNumber);
    expect(asBigInt.channelId).toBe('42');
  });
});

// ---- fixtures as a BigInt reviver reads them ---------------------------------------------------

const FIXTURES = join(__dirname, 'fixtures');

/** A JSON string token or a JSON number token. */
const STRING_OR_NUMBER = /"(?:[^"\\]|\\.)*"|-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/g;
const BIGINT_MARK = '\u0000bigint:';

/**
 * Parses JSON text as json-bigint (`useNativeBigInt`) does: an integer that is not a safe integer becomes a
 * bigint with every digit, anything else is what `JSON.parse` gives.
 */
function parseWithBigInts(text: string): unknown {
  const marked = text.replace(STRING_OR_NUMBER, (token) => {
    const isUnsafeInteger = /^-?[0-9]+$/.test(token) && !Number.isSafeInteger(Number(token));
    return isUnsafeInteger ? JSON.stringify(`${BIGINT_MARK}${token}`) : token;
  });
  return JSON.parse(marked, (_key, value: unknown) =>
    typeof value === 'string' && value.startsWith(BIGINT_MARK)
      ? BigInt(value.slice(BIGINT_MARK.length))
      : value,
  );
}

const FIXTURE_NAMES = readdirSync(FIXTURES)
  .filter((file) => file.endsWith('.json'))
  .map((file) => file.slice(0, -'.json'.length));

describe('test/fixtures through a BigInt reviver', () => {
  it('turns the long channel ids of the G1 fixtures into bigints', () => {
    const missed = parseWithBigInts(readFileSync(join(FIXTURES, 'g1-pc-demo-missed.json'), 'utf8'));
    expect(missed).toMatchObject({ data: { channel: 6144978055925334000n } });
  });

  it.each(FIXTURE_NAMES)('reads %s as its JSON text reads, every digit kept', (name) => {
    const text = readFileSync(join(FIXTURES, `${name}.json`), 'utf8');
    expect(parseCallRecord(parseWithBigInts(text))).toStrictEqual(parseCallRecord(text));
  });
});
