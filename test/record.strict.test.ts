// Issue 14, item 3: strict where it matters; and error messages that are safe to show.
import { describe, expect, it } from 'vitest';
import { isCallRecordMessage, parseCallRecord } from '../src/record';
import type { CallRecordError } from '../src/record';

function failure(input: unknown): CallRecordError {
  const result = parseCallRecord(input);
  if (result.ok) throw new Error(`expected an error, got ${JSON.stringify(result.record)}`);
  return result.error;
}

describe('codes are plain decimal integers', () => {
  it.each([
    '0x4',
    '1e0',
    '0b10',
    '+1',
    '1.0',
    '4.',
    '.4',
    '٤',
    '４',
    '\u00A04',
    '4\u3000',
    '1_0',
    'Infinity',
    '',
  ])('rejects the status %j', (status) => {
    expect(failure({ type: 1, channelId: 'c', status }).code).toBe('invalid-status');
  });

  it.each([' 4', '4 ', '\t4\n', '\r\n4\f', '04'])(
    'accepts the status %j (ASCII whitespace around)',
    (status) => {
      const result = parseCallRecord({ type: 1, channelId: 'c', status });
      expect(result.ok && result.record.status).toBe('timeout');
    },
  );

  it('rejects non-integer numbers and integers past 2^53 as codes', () => {
    expect(failure({ type: 1.5, channelId: 'c', status: 1 }).message).toBe(
      'attach.type: 1.5 is not one of 1-2',
    );
    expect(failure({ type: 1, channelId: 'c', status: 2 ** 53 + 1 }).code).toBe('invalid-status');
  });

  it('holds durations and V2 message types to the same rule', () => {
    expect(failure({ type: 1, channelId: 'c', status: 1, durations: [{ duration: '1e1' }] }).message).toBe(
      'attach.durations[0].duration: "1e1" is not a non-negative integer',
    );
    expect(parseCallRecord({ messageType: '0xC', attachment: { type: 1, status: 1 } })).toStrictEqual({
      ok: false,
      error: { code: 'not-a-call-record', message: 'input: object is not a call record' },
    });
    expect(parseCallRecord({ messageType: ' 12 ', attachment: { type: 1, status: 1 } }).ok).toBe(true);
  });
});

describe('an object is a broken call record only when it really looks like one', () => {
  it.each([
    ['an ordinary app message', { id: 1, type: 0, status: 'sent', text: 'hi' }],
    ['type, status and text without channelId', { type: 1, status: 2, text: 'call me' }],
    ['a v9 text message', { type: 'text', status: 'success', channelId: 'x', flow: 'in' }],
    ['a word type in another script', { type: '通话', status: 1, channelId: 'x' }],
    ['only a channelId', { channelId: 5, foo: 1 }],
    ['iOS keys without channelID', { callType: 1, callStatus: 1 }],
    ['a V2 message of another type', { messageType: 0, attachment: { type: 1, channelId: 1, status: 1 } }],
    ['a server copy of another type', { msgType: 'TEXT', attach: '{"type":1,"channelId":1,"status":1}' }],
  ])('%s is not-a-call-record', (_name, input) => {
    expect(failure(input).code).toBe('not-a-call-record');
    expect(isCallRecordMessage(input)).toBe(false);
  });

  it.each([
    [
      'a bare attach with an empty channelId and a bad type',
      { type: 9, channelId: '', status: 1 },
      'invalid-call-type',
    ],
    ['a bare attach with a hex type', { type: '0x1', channelId: 1, status: 1 }, 'invalid-call-type'],
    ['a call message without its attach', { messageType: 12 }, 'invalid-field'],
    ['an iOS object with a bad status', { callType: 1, callStatus: 7, channelID: 'c' }, 'invalid-status'],
  ])('%s is a broken call record', (_name, input, code) => {
    expect(failure(input).code).toBe(code);
    expect(isCallRecordMessage(input)).toBe(true);
  });
});

describe('error messages are safe to show', () => {
  it('escapes echoed strings as JSON and strips bidi controls', () => {
    expect(failure({ type: 1, channelId: 'c', status: '\u202Eevil\u2066"<b>\n' }).message).toBe(
      'attach.status: "evil\\"<b>\\n" is not one of 1-5',
    );
  });

  it('escapes duration-map keys the same way', () => {
    const durations = { 'a\u202E\u200F"]: 1 is fine; x[': -1 };
    expect(failure({ callType: 1, callStatus: 1, channelID: 'c', durations }).message).toBe(
      'input.durations["a\\"]: 1 is fine; x["]: -1 is not a non-negative integer',
    );
  });

  it('strips every bidi control: U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069', () => {
    const controls = '\u061C\u200E\u200F\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069';
    expect(failure({ type: 1, channelId: 'c', status: `x${controls}y` }).message).toBe(
      'attach.status: "xy" is not one of 1-5',
    );
  });

  it('cuts an echoed string to 40 characters after stripping', () => {
    const status = '\u202E'.repeat(100) + 'y'.repeat(100);
    expect(failure({ type: 1, channelId: 'c', status }).message).toBe(
      `attach.status: "${'y'.repeat(40)}" is not one of 1-5`,
    );
  });
});
