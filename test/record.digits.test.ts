// Issue 14, item 1: integers past 2^53 keep every digit in JSON text; lossy numbers are never identities.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseCallRecord } from '../src/record';
import type { CallRecord, ParseCallRecordResult } from '../src/record';

function record(result: ParseCallRecordResult): CallRecord {
  if (!result.ok) throw new Error(`expected a record, got ${result.error.code}: ${result.error.message}`);
  return result.record;
}

describe('long integers in JSON text', () => {
  it('keeps the channel id of a bare attach digit for digit', () => {
    expect(
      record(parseCallRecord('{"type":1,"channelId":6290737000999815988,"status":1,"durations":[]}'))
        .channelId,
    ).toBe('6290737000999815988');
  });

  it('keeps two server ids that differ only past 2^53 apart', () => {
    const copy = (serverId: string) =>
      `{"msgType":"NRTC_NETCALL","msgidServer":${serverId},"attach":"{\\"type\\":1,\\"channelId\\":1,\\"status\\":4}"}`;
    const first = record(parseCallRecord(copy('9007199254740993')));
    const second = record(parseCallRecord(copy('9007199254740995')));
    expect(first.id).toBe('9007199254740993');
    expect(second.id).toBe('9007199254740995');
    expect(first.serverId).toBe('9007199254740993');
  });

  it('keeps long account ids in durations and G1 id lists', () => {
    const got = record(
      parseCallRecord(
        '{"id":101,"data":{"calltype":1,"channel":1,"from":12345678901234567890,"ids":[12345678901234567890,98765432109876543210]}}',
      ),
    );
    expect(got.senderId).toBe('12345678901234567890');
    expect(got.receiverId).toBe('98765432109876543210');
    expect(
      record(
        parseCallRecord(
          '{"type":1,"channelId":9007199254740993,"status":1,"durations":[{"accid":12345678901234567890,"duration":5}]}',
        ),
      ).durations,
    ).toStrictEqual([{ accountId: '12345678901234567890', seconds: 5, caller: undefined }]);
  });

  it('leaves digits inside strings, fractions and exponents alone', () => {
    const got = record(
      parseCallRecord(
        '{"type":1,"channelId":9007199254740993,"status":1,"text":"1234567890123456789","x":1.12345678901234567,"y":1e12345678901234567}',
      ),
    );
    expect(got.channelId).toBe('9007199254740993');
  });

  it('reads a long duration or timestamp as the number it is (invalid or kept as before)', () => {
    expect(
      parseCallRecord(
        '{"type":1,"channelId":9007199254740993,"status":1,"durations":[{"duration":12345678901234567}]}',
      ),
    ).toStrictEqual({
      ok: false,
      error: {
        code: 'invalid-durations',
        message: 'attach.durations[0].duration: "12345678901234567" is not a non-negative integer',
      },
    });
    expect(
      record(
        parseCallRecord(
          '{"messageType":12,"messageServerId":12345678901234567890,"createTime":1732500000000123,"attachment":{"type":1,"status":1}}',
        ),
      ).timestamp,
    ).toBe(1732500000000123);
  });
});

describe('lossy numbers in objects', () => {
  it('never uses a server id past 2^53 as id or serverId', () => {
    const message = {
      messageType: 12,
      messageServerId: 9007199254740993,
      createTime: 1732500000000,
      attachment: { type: 2, channelId: 'ch', status: 1 },
    };
    expect(record(parseCallRecord(message))).toMatchObject({
      id: 'call:["v2-message","ch","video","completed",null,null,1732500000000,null,[]]',
      serverId: undefined,
    });
  });

  it('reads a non-integer number id as absent', () => {
    expect(
      record(parseCallRecord({ type: 'g2', idClient: 1.5, attach: { type: 1, channelId: 2.5, status: 2 } })),
    ).toMatchObject({
      id: 'call:["v9-message",null,"audio","cancelled",null,null,null,null,[]]',
      channelId: undefined,
    });
  });

  it('reads safe integer ids as their decimal strings', () => {
    expect(
      record(
        parseCallRecord({
          type: 'g2',
          idClient: 9007199254740991,
          attach: { type: 1, channelId: -5, status: 2 },
        }),
      ),
    ).toMatchObject({ id: '9007199254740991', channelId: '-5' });
  });
});

describe('how often an input is read', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  /**
   * A G1 v9 bill whose channel id is a number past 2^53, and how many times it has been read: its `type`,
   * which each read looks at once, first of all, counts.
   */
  function countedG1Bill(): { message: object; reads: () => number } {
    let reads = 0;
    const message = {
      get type() {
        reads += 1;
        return 'notification';
      },
      scene: 'p2p',
      from: 'id1',
      to: 'id2',
      time: 1430995117398,
      flow: 'out',
      idClient: 'g1-client',
      idServer: 'g1-server',
      attach: {
        type: 'netcallBill',
        netcallType: 2,
        channelId: 6146077129466446197,
        accounts: ['id1', 'id2'],
        duration: 8,
        time: 1430995117398,
      },
    };
    return { message, reads: () => reads };
  }

  it('reads an object with a 64-bit channel id once, and never as JSON text', () => {
    const jsonParse = vi.spyOn(JSON, 'parse');
    const { message, reads } = countedG1Bill();
    expect(parseCallRecord(message)).toStrictEqual({
      ok: true,
      record: {
        id: 'g1-client',
        serverId: 'g1-server',
        channelId: undefined,
        callType: 'video',
        status: 'completed',
        senderId: 'id1',
        receiverId: 'id2',
        timestamp: 1430995117398,
        direction: 'outgoing',
        conversationType: 'p2p',
        conversationId: undefined,
        durations: [{ accountId: undefined, seconds: 8, caller: undefined }],
        source: 'g1-message',
      },
    });
    expect(reads()).toBe(1);
    expect(jsonParse).not.toHaveBeenCalled();
  });

  it('reads an object once after a string input has been parsed', () => {
    record(parseCallRecord('{"type":1,"channelId":6290737000999815988,"status":4}'));
    const { message, reads } = countedG1Bill();
    expect(record(parseCallRecord(message)).channelId).toBe(undefined);
    expect(reads()).toBe(1);
  });

  it('still reads JSON text again with exact digits when it holds an id past 2^53', () => {
    const text =
      '{"type":"notification","from":"id1","to":"id2","time":1430995117398,"flow":"out","idClient":"g1-client",' +
      '"attach":{"type":"netcallBill","netcallType":2,"channelId":6146077129466446197,"accounts":["id1","id2"],"duration":8}}';
    expect(record(parseCallRecord(text)).channelId).toBe('6146077129466446197');
  });

  it('reads an object again when its attach is JSON text with an id past 2^53', () => {
    let reads = 0;
    const serverCopy = {
      get msgType() {
        reads += 1;
        return 'NRTC_NETCALL';
      },
      msgidClient: 'copy-1',
      attach: '{"type":1,"channelId":6290737000999815988,"status":4}',
    };
    expect(record(parseCallRecord(serverCopy)).channelId).toBe('6290737000999815988');
    expect(reads).toBe(2);
  });

  it('reads an object with lossy ids and an object attach once', () => {
    let reads = 0;
    const serverCopy = {
      get msgType() {
        reads += 1;
        return 'NRTC_NETCALL';
      },
      msgidClient: 'copy-2',
      msgidServer: 9007199254740993,
      attach: { type: 1, channelId: 6290737000999815988, status: 4 },
    };
    expect(record(parseCallRecord(serverCopy))).toMatchObject({ serverId: undefined, channelId: undefined });
    expect(reads).toBe(1);
  });
});
