import { describe, expect, it } from 'vitest';
import { MAX_CALL_RECORD_INPUT_LENGTH, isCallRecordMessage, parseCallRecord } from '../src/record';

const json = '{"type":1,"channelId":123,"status":1,"durations":[{"accid":"a","duration":10}]}';

/** What parseCallRecord says: a call record, working or broken. */
const parsesAsRecord = (input: string): boolean => {
  const result = parseCallRecord(input);
  return result.ok || result.error.code !== 'not-a-call-record';
};

describe('isCallRecordMessage on strings picks the candidates parseCallRecord picks', () => {
  it('counts a BOM, NBSP and other trimStart whitespace before "{"', () => {
    for (const lead of ['\uFEFF', '\u00A0', '\u2003', '\u3000', '\u2028', ' \t\r\n', '\uFEFF\u00A0 ']) {
      const input = lead + json;
      expect(parsesAsRecord(input)).toBe(true);
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

  it('agrees with parseCallRecord for a string over the size limit that mentions a call field', () => {
    const input = 'channelId ' + 'x'.repeat(MAX_CALL_RECORD_INPUT_LENGTH);
    expect(parsesAsRecord(input)).toBe(true);
    expect(isCallRecordMessage(input)).toBe(true);
  });

  it('keeps the substring heuristic for candidates', () => {
    expect(isCallRecordMessage('\u00A0{"callStatus":1}')).toBe(true);
    expect(isCallRecordMessage('\uFEFF{"msg":"hello"}')).toBe(false);
    expect(isCallRecordMessage('x'.repeat(MAX_CALL_RECORD_INPUT_LENGTH + 1))).toBe(false);
  });
});
