import { describe, expect, it } from 'vitest';
import { MAX_CALL_RECORD_INPUT_LENGTH, isCallRecordMessage, parseCallRecord } from '../src/record';

const json = '{"type":1,"channelId":123,"status":1,"durations":[{"accid":"a","duration":10}]}';

/** What parseCallRecord says: a call record, working or broken. */
const parsesAsRecord = (input: unknown): boolean => {
  const result = parseCallRecord(input);
  return result.ok || result.error.code !== 'not-a-call-record';
};

describe('isCallRecordMessage on strings agrees with parseCallRecord', () => {
  it('counts a BOM, NBSP and other trimStart whitespace before "{"', () => {
    for (const lead of ['\uFEFF', '\u00A0', '\u2003', '\u3000', '\u2028', ' \t\r\n', '\uFEFF\u00A0 ']) {
      const input = lead + json;
      expect(parseCallRecord(input).ok).toBe(true);
      expect(isCallRecordMessage(input)).toBe(true);
    }
  });

  it('does not skip control characters that trimStart keeps', () => {
    for (const lead of ['\u0001', '\u0000', '\u001F', '\u0008']) {
      const input = lead + json;
      expect(parsesAsRecord(input)).toBe(false);
      expect(isCallRecordMessage(input)).toBe(false);
    }
  });

  it('says true for a JSON string over the size limit (parseCallRecord: too-large), false for a plain one', () => {
    const json = '{"channelId":"' + 'x'.repeat(MAX_CALL_RECORD_INPUT_LENGTH) + '"}';
    expect(parsesAsRecord(json)).toBe(true);
    expect(isCallRecordMessage(json)).toBe(true);
    const plain = 'channelId ' + 'x'.repeat(MAX_CALL_RECORD_INPUT_LENGTH);
    expect(parsesAsRecord(plain)).toBe(false);
    expect(isCallRecordMessage(plain)).toBe(false);
  });

  it('reads the JSON instead of guessing from words in it', () => {
    expect(isCallRecordMessage('\u00A0{"callStatus":1,"channelID":"c"}')).toBe(true);
    expect(isCallRecordMessage('{"msgType":"TEXT","body":"my channelId is 5, callStatus 1"}')).toBe(false);
    expect(isCallRecordMessage('{"messageType":12,"attachment":{"type":1,"status":2}}')).toBe(true);
    expect(isCallRecordMessage('{"id":102,"data":{"calltype":1,"channel":1}}')).toBe(true);
    expect(isCallRecordMessage('\uFEFF{"msg":"hello"}')).toBe(false);
  });

  it('agrees on every shape, as objects and as JSON strings, broken ones included', () => {
    const inputs: unknown[] = [
      { type: 1, channelId: '', status: 1 },
      { type: 1, status: 1 },
      { type: 1, status: 2, text: 'call me' },
      { id: 1, type: 0, status: 'sent', text: 'hi' },
      { channelId: 5, foo: 1 },
      { channelId: 5, status: 'x' },
      { type: 'text', status: 'success', channelId: 1 },
      { type: '0x1', status: 1, channelId: 1 },
      { callStatus: 1 },
      { callStatus: 9, channelID: 'c' },
      { messageType: 12 },
      { messageType: 12, attachment: { raw: '{' } },
      { messageType: 0, attachment: { type: 1, channelId: 1, status: 1 } },
      { msgType: 'NRTC_NETCALL' },
      { msgType: 'TEXT', attach: '{"type":1,"channelId":1,"status":1}' },
      { type: 'g2', attach: {} },
      { type: 'notification', attach: { type: 'netcallBill', netcallType: 1, duration: 3 } },
      { type: 'notification', attach: { type: 'netcallBill', netcallType: 9 } },
      { type: 'notification', attach: { type: 'updateTeam' } },
      { id: 101, data: { calltype: 1, channel: 1, from: 'a', ids: ['a', 'b'], time: 1 } },
      { id: 104, data: { calltype: 1, channel: 1 } },
      { id: 103, data: { calltype: 3 } },
      { id: 103, data: { name: 'not a call' } },
    ];
    for (const input of inputs) {
      const expected = parsesAsRecord(input);
      expect(isCallRecordMessage(input)).toBe(expected);
      expect(isCallRecordMessage(JSON.stringify(input))).toBe(expected);
    }
  });
});
