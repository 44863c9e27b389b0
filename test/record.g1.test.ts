// Issue 14, item 2: legacy G1 (NRTC) call notifications.
import { describe, expect, it } from 'vitest';
import { isCallRecordMessage, parseCallRecord } from '../src/record';
import type { CallRecord, ParseCallRecordResult } from '../src/record';

function record(result: ParseCallRecordResult): CallRecord {
  if (!result.ok) throw new Error(`expected a record, got ${result.error.code}: ${result.error.message}`);
  return result.record;
}

/** A Web SDK v9 G1 notification message as `getLocalMsgs` / history give it. */
const v9 = (attach: Record<string, unknown>, message: Record<string, unknown> = {}) => ({
  scene: 'p2p',
  from: 'alice',
  to: 'bob',
  time: 1430995117500,
  flow: 'out',
  idClient: 'g1-c1',
  idServer: '4001',
  type: 'notification',
  status: 'success',
  attach,
  ...message,
});

describe('G1 raw notification attach {"id":101|102|103,"data":{…}}', () => {
  it('102: a bill, completed, one account-less duration for the whole call, every digit of the channel', () => {
    const text =
      '{"id":102,"data":{"calltype":2,"channel":6146077129466446197,"duration":8,"ids":["id1","id2"],"time":1430995117398}}';
    expect(record(parseCallRecord(text))).toStrictEqual({
      id: 'call:["g1-attach","6146077129466446197","video","completed",null,null,1430995117398,null,[[null,8,null]]]',
      serverId: undefined,
      channelId: '6146077129466446197',
      callType: 'video',
      status: 'completed',
      senderId: undefined,
      receiverId: undefined,
      timestamp: 1430995117398,
      direction: undefined,
      conversationType: undefined,
      conversationId: undefined,
      durations: [{ accountId: undefined, seconds: 8, caller: undefined }],
      source: 'g1-attach',
    });
  });

  it('102 with the caller named in data.from (newer servers)', () => {
    const got = record(
      parseCallRecord({
        id: 102,
        data: { calltype: 1, channel: 1, duration: 3, ids: ['id1', 'id2'], from: 'id2' },
      }),
    );
    expect(got).toMatchObject({ senderId: 'id2', receiverId: 'id1', status: 'completed', callType: 'audio' });
  });

  it('101: missed reads as timeout (G1 does not tell a cancel from a timeout), data.from is the caller', () => {
    const text =
      '{"id":101,"data":{"calltype":1,"channel":6146078138783760761,"from":"id1","ids":["id1","id2"],"time":1430995380471}}';
    expect(record(parseCallRecord(text))).toStrictEqual({
      id: 'call:["g1-attach","6146078138783760761","audio","timeout","id1","id2",1430995380471,null,[]]',
      serverId: undefined,
      channelId: '6146078138783760761',
      callType: 'audio',
      status: 'timeout',
      senderId: 'id1',
      receiverId: 'id2',
      timestamp: 1430995380471,
      direction: undefined,
      conversationType: undefined,
      conversationId: undefined,
      durations: [],
      source: 'g1-attach',
    });
  });

  it('103: rejected, data.from is the caller', () => {
    expect(
      record(
        parseCallRecord({ id: '103', data: { calltype: '2', channel: '77', from: 'b', ids: ['a', 'b'] } }),
      ),
    ).toMatchObject({
      status: 'rejected',
      callType: 'video',
      channelId: '77',
      senderId: 'b',
      receiverId: 'a',
    });
  });

  it('is broken, not ignored, when data says call but a field is wrong', () => {
    expect(parseCallRecord({ id: 102, data: { calltype: 3, channel: 1 } })).toStrictEqual({
      ok: false,
      error: { code: 'invalid-call-type', message: 'data.calltype: 3 is not one of 1-2' },
    });
    expect(parseCallRecord({ id: 102, data: { calltype: 1, channel: 1, duration: -8 } })).toStrictEqual({
      ok: false,
      error: { code: 'invalid-durations', message: 'data.duration: -8 is not a non-negative integer' },
    });
  });

  it('is not a call record without call data, or with another notification id', () => {
    for (const input of [
      { id: 102, data: {} },
      { id: 102, data: { name: 'x' } },
      { id: 104, data: { calltype: 1, channel: 1 } },
      { id: 2, data: { calltype: 1, channel: 1 } },
      { id: 102 },
    ]) {
      expect(parseCallRecord(input).ok).toBe(false);
      expect(isCallRecordMessage(input)).toBe(false);
    }
  });
});

describe('G1 Web SDK v9 notification {type:"notification", attach:{type:"netcall…"}}', () => {
  it('netcallBill: the sender is the caller; flow and to say who the callee is', () => {
    const message = v9({
      type: 'netcallBill',
      netcallType: 1,
      channelId: 6146077129466446000,
      duration: 125,
      accounts: ['alice', 'bob'],
      time: 1430995117398,
    });
    expect(record(parseCallRecord(message))).toStrictEqual({
      id: 'g1-c1',
      serverId: '4001',
      // The v9 SDK already parsed the 64-bit channel id into a lossy number: it is not used.
      channelId: undefined,
      callType: 'audio',
      status: 'completed',
      senderId: 'alice',
      receiverId: 'bob',
      timestamp: 1430995117500,
      direction: 'outgoing',
      conversationType: 'p2p',
      conversationId: undefined,
      durations: [{ accountId: undefined, seconds: 125, caller: undefined }],
      source: 'g1-message',
    });
  });

  it('netcallBill received: flow "in" makes it incoming', () => {
    const message = v9(
      { type: 'netcallBill', netcallType: 2, channelId: '55', duration: 9, accounts: ['bob', 'alice'] },
      { from: 'bob', to: 'alice', flow: 'in' },
    );
    expect(record(parseCallRecord(message))).toMatchObject({
      senderId: 'bob',
      receiverId: 'alice',
      direction: 'incoming',
      callType: 'video',
      channelId: '55',
    });
  });

  it('netcallMiss: the caller is attach.from, not the message sender; flow says nothing then', () => {
    const message = v9(
      { type: 'netcallMiss', netcallType: 2, channelId: '9', from: 'bob', accounts: ['alice', 'bob'] },
      { from: 'alice', to: 'bob', flow: 'out' },
    );
    expect(record(parseCallRecord(message))).toMatchObject({
      status: 'timeout',
      senderId: 'bob',
      receiverId: 'alice',
      direction: undefined,
    });
  });

  it('netcallMiss without attach.from: nobody is claimed as the caller', () => {
    const message = v9({ type: 'netcallMiss', netcallType: 1, channelId: '9', accounts: ['alice', 'bob'] });
    expect(record(parseCallRecord(message))).toMatchObject({
      status: 'timeout',
      senderId: undefined,
      receiverId: undefined,
      direction: undefined,
    });
  });

  it('netcallReject: rejected', () => {
    const message = v9({
      type: 'netcallReject',
      netcallType: 1,
      channelId: '3',
      from: 'alice',
      accounts: ['alice', 'bob'],
    });
    expect(record(parseCallRecord(message))).toMatchObject({
      status: 'rejected',
      senderId: 'alice',
      receiverId: 'bob',
      direction: 'outgoing',
    });
  });

  it('reads the same message as JSON text, keeping the 64-bit channel id', () => {
    const text =
      '{"type":"notification","from":"alice","to":"bob","time":1,"flow":"out","idClient":"g1-c2",' +
      '"attach":{"type":"netcallBill","netcallType":2,"channelId":6146077129466446197,"duration":8,"accounts":["alice","bob"]}}';
    expect(record(parseCallRecord(text))).toMatchObject({ id: 'g1-c2', channelId: '6146077129466446197' });
  });

  it('is not a call record for other notifications', () => {
    for (const attach of [{ type: 'addTeamMembers', accounts: ['a'] }, { type: 'netcallBillX' }, {}]) {
      const message = v9(attach);
      expect(parseCallRecord(message).ok).toBe(false);
      expect(isCallRecordMessage(message)).toBe(false);
    }
  });

  it('is a broken call record when the netcall type is wrong', () => {
    expect(parseCallRecord(v9({ type: 'netcallBill', netcallType: '0x1' }))).toStrictEqual({
      ok: false,
      error: { code: 'invalid-call-type', message: 'attach.netcallType: "0x1" is not one of 1-2' },
    });
    expect(isCallRecordMessage(v9({ type: 'netcallBill', netcallType: '0x1' }))).toBe(true);
  });
});
