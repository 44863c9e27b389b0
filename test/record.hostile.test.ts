import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isCallRecordMessage, parseCallRecord } from '../src/record';
import type { CallRecord, CallRecordErrorCode, ParseCallRecordResult } from '../src/record';

const RECORD_KEYS = [
  'callType',
  'channelId',
  'conversationId',
  'conversationType',
  'direction',
  'durations',
  'id',
  'receiverId',
  'senderId',
  'serverId',
  'source',
  'status',
  'timestamp',
];

const code = (result: ParseCallRecordResult): CallRecordErrorCode | 'ok' =>
  result.ok ? 'ok' : result.error.code;

function record(result: ParseCallRecordResult): CallRecord {
  if (!result.ok) throw new Error(`expected a record, got ${result.error.code}: ${result.error.message}`);
  return result.record;
}

const seed = () => ({ type: 1, channelId: 123, status: 1, durations: [{ accid: 'acc01', duration: 10 }] });

let prototypeNames: string[] = [];
beforeAll(() => {
  prototypeNames = Object.getOwnPropertyNames(Object.prototype).sort();
});
afterAll(() => {
  // Nothing any test below fed in reached Object.prototype.
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeNames);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
});

describe('prototype keys in the input', () => {
  it('never pollute and never become record keys', () => {
    const input =
      '{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}},"prototype":{"polluted":1},' +
      '"type":1,"channelId":1,"status":1,"durations":{"__proto__":5,"constructor":3,"prototype":2}}';
    const got = record(parseCallRecord(input));
    expect(Object.keys(got).sort()).toEqual(RECORD_KEYS);
    expect(Object.getPrototypeOf(got)).toBe(Object.prototype);
    expect(got.durations).toStrictEqual([
      { accountId: '__proto__', seconds: 5, caller: undefined },
      { accountId: 'constructor', seconds: 3, caller: undefined },
      { accountId: 'prototype', seconds: 2, caller: undefined },
    ]);
    for (const d of got.durations) {
      expect(Object.getPrototypeOf(d)).toBe(Object.prototype);
      expect(Object.keys(d)).toEqual(['accountId', 'seconds', 'caller']);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('reads an own "__proto__" key as data, not as a prototype', () => {
    const input =
      '{"type":1,"channelId":1,"status":1,"durations":[{"__proto__":{"accid":"x","duration":1}}]}';
    expect(code(parseCallRecord(input))).toBe('invalid-durations');
    expect(code(parseCallRecord('{"__proto__":{"type":1,"channelId":1,"status":1}}'))).toBe(
      'not-a-call-record',
    );
    expect(
      code(parseCallRecord('{"msgType":"NRTC_NETCALL","attach":"{\\"__proto__\\":{\\"type\\":1}}"}')),
    ).toBe('invalid-call-type');
  });

  it('ignores extra keys, including accessors on a null-prototype object', () => {
    const input = Object.assign(Object.create(null) as Record<string, unknown>, seed(), {
      extra: { deep: 1 },
    });
    const got = record(parseCallRecord(input));
    expect(Object.keys(got).sort()).toEqual(RECORD_KEYS);
    expect(Object.getPrototypeOf(got)).toBe(Object.prototype);
  });
});

describe('size', () => {
  const TEN_MB = 10 * 1024 * 1024;

  it('rejects a 10 MB JSON string as too-large without parsing it, and a 10 MB plain string as no record', () => {
    expect(code(parseCallRecord(`{"type":1,"channelId":"${'x'.repeat(TEN_MB)}","status":1}`))).toBe(
      'too-large',
    );
    expect(code(parseCallRecord(' '.repeat(TEN_MB) + '{}'))).toBe('too-large');
    expect(code(parseCallRecord('x'.repeat(TEN_MB)))).toBe('not-a-call-record');
    expect(isCallRecordMessage('x'.repeat(TEN_MB))).toBe(false);
  });

  it('rejects a 10 MB attach or raw inside an object as too-large', () => {
    const big = `{"type":1,"channelId":"${'x'.repeat(TEN_MB)}","status":1}`;
    expect(code(parseCallRecord({ msgType: 'NRTC_NETCALL', attach: big }))).toBe('too-large');
    expect(code(parseCallRecord({ messageType: 12, attachment: { raw: big } }))).toBe('too-large');
  });

  it('passes a 10 MB field that it does not parse through without copying work', () => {
    const body = 'x'.repeat(TEN_MB);
    const got = record(
      parseCallRecord({
        msgType: 'NRTC_NETCALL',
        body,
        ext: body,
        attach: '{"type":1,"channelId":1,"status":2}',
      }),
    );
    expect(got.status).toBe('cancelled');
  });

  it('rejects 100,000 durations (array or map) as too-large', () => {
    const list = Array.from({ length: 100_000 }, (_, i) => ({ accid: `a${i}`, duration: i }));
    const map = Object.fromEntries(list.map((d) => [d.accid, d.duration]));
    expect(code(parseCallRecord({ ...seed(), durations: list }))).toBe('too-large');
    expect(code(parseCallRecord({ callType: 1, callStatus: 1, channelID: 'c', durations: map }))).toBe(
      'too-large',
    );
    expect(code(parseCallRecord(JSON.stringify({ ...seed(), durations: list })))).toBe('too-large');
    // a sparse array that only claims to be long
    const sparse: unknown[] = [];
    sparse.length = 2 ** 32 - 1;
    expect(code(parseCallRecord({ ...seed(), durations: sparse }))).toBe('too-large');
  });
});

describe('deep nesting and cycles', () => {
  it('handles 10,000 levels of nesting inside a field of a JSON string', () => {
    const deep = '['.repeat(10_000) + ']'.repeat(10_000);
    expect(code(parseCallRecord(`{"type":1,"channelId":1,"status":1,"ext":${deep}}`))).toBe('ok');
    expect(code(parseCallRecord(`{"type":1,"channelId":${deep},"status":1}`))).toBe('invalid-field');
    expect(
      code(
        parseCallRecord(`{"type":1,"channelId":1,"status":1,"durations":[{"accid":${deep},"duration":1}]}`),
      ),
    ).toBe('invalid-durations');
  });

  it('handles 100,000 levels of nesting in an object input', () => {
    let deep: Record<string, unknown> = {};
    for (let i = 0; i < 100_000; i++) deep = { deep };
    expect(code(parseCallRecord({ ...seed(), ext: deep }))).toBe('ok');
    expect(code(parseCallRecord({ ...seed(), status: deep }))).toBe('invalid-status');
    expect(code(parseCallRecord(deep))).toBe('not-a-call-record');
  });

  it('handles cyclic objects', () => {
    const attach: Record<string, unknown> = { ...seed() };
    attach.self = attach;
    attach.durations = [attach];
    expect(code(parseCallRecord(attach))).toBe('invalid-durations');
    const message: Record<string, unknown> = { messageType: 12, messageClientId: 'c' };
    message.attachment = message;
    expect(code(parseCallRecord(message))).toBe('invalid-call-type');
    const list: unknown[] = [];
    list.push(list);
    expect(code(parseCallRecord({ ...seed(), durations: list }))).toBe('invalid-durations');
  });
});

describe('code that runs when read', () => {
  // Issue 20, item 11: isCallRecordMessage said false where parseCallRecord said invalid-field.
  it('agrees with isCallRecordMessage when a getter throws: on a key that tells the shape, not a call record; on any other, a broken one', () => {
    // The bare attach is told by `type` (or `status`) and `channelId`, after `messageType` and `msgType`
    // say it is no message of another kind; `status` is not read to tell it once `type` has, and
    // `durations` never is.
    const tellsShape = {
      type: true,
      status: false,
      channelId: true,
      durations: false,
      messageType: true,
      msgType: true,
    };
    for (const [key, tells] of Object.entries(tellsShape)) {
      const input = seed();
      Object.defineProperty(input, key, {
        enumerable: true,
        get() {
          throw new Error('boom');
        },
      });
      const error = tells
        ? { code: 'not-a-call-record', message: 'input: object is not a call record' }
        : { code: 'invalid-field', message: 'input: could not be read' };
      expect(parseCallRecord(input), key).toEqual({ ok: false, error });
      expect(isCallRecordMessage(input), key).toBe(!tells);
    }
  });

  it('survives getters that throw non-errors, including a Proxy that throws on every trap', () => {
    const trap = (): never => {
      throw new Proxy(
        {},
        {
          get: () => {
            throw new Error('nested');
          },
        },
      );
    };
    const input = seed();
    Object.defineProperty(input, 'status', { get: trap });
    expect(code(parseCallRecord(input))).toBe('invalid-field');
    const hostile = new Proxy({}, { get: trap, has: trap, ownKeys: trap, getPrototypeOf: trap });
    expect(code(parseCallRecord(hostile))).toBe('not-a-call-record');
    expect(isCallRecordMessage(hostile)).toBe(false);
  });

  it('handles a revoked Proxy and a Proxy that answers everything', () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(code(parseCallRecord(proxy))).toBe('not-a-call-record');
    expect(isCallRecordMessage(proxy)).toBe(false);
    expect(code(parseCallRecord({ ...seed(), durations: proxy }))).toBe('invalid-field');
    expect(isCallRecordMessage({ ...seed(), durations: proxy })).toBe(true);
    const echo: object = new Proxy({}, { get: (_t, key) => (key === Symbol.toPrimitive ? undefined : echo) });
    expect(code(parseCallRecord(echo))).toBe('not-a-call-record');
    const ones = new Proxy({}, { get: () => 1 });
    expect(code(parseCallRecord(ones))).toBe('not-a-call-record');
  });

  it('reads a Proxy that behaves like a record', () => {
    const proxy = new Proxy(seed(), {});
    expect(record(parseCallRecord(proxy)).channelId).toBe('123');
    const durations = new Proxy([{ accid: 'a', duration: 2 }], {});
    expect(record(parseCallRecord({ ...seed(), durations })).durations).toEqual([
      { accountId: 'a', seconds: 2 },
    ]);
  });

  it('never calls toString, valueOf or Symbol.toPrimitive on input values', () => {
    let called = 0;
    const sneaky = {
      toString: () => (called++, '1'),
      valueOf: () => (called++, 1),
      [Symbol.toPrimitive]: () => (called++, 1),
      toJSON: () => (called++, 1),
    };
    const fields = ['type', 'status', 'channelId', 'durations'] as const;
    for (const field of fields) expect(parseCallRecord({ ...seed(), [field]: sneaky }).ok).toBe(false);
    expect(parseCallRecord({ ...seed(), durations: [{ accid: sneaky, duration: sneaky }] }).ok).toBe(false);
    expect(parseCallRecord({ ...seed(), durations: { a: sneaky } }).ok).toBe(false);
    expect(parseCallRecord({ messageType: sneaky }).ok).toBe(false);
    expect(parseCallRecord({ msgType: sneaky }).ok).toBe(false);
    expect(parseCallRecord({ type: 'g2', flow: sneaky, attach: seed(), idClient: 'i' }).ok).toBe(true);
    expect(
      parseCallRecord({ messageType: 12, isSelf: sneaky, attachment: seed(), senderId: sneaky }).ok,
    ).toBe(false);
    expect(parseCallRecord({ messageType: 12, attachment: seed(), createTime: sneaky }).ok).toBe(false);
    expect(parseCallRecord(sneaky).ok).toBe(false);
    expect(called).toBe(0);
  });

  it('stays correct when a getter calls parseCallRecord itself', () => {
    const input = seed();
    Object.defineProperty(input, 'status', {
      get() {
        expect(code(parseCallRecord({ ...seed(), status: 9 }))).toBe('invalid-status');
        return 4;
      },
    });
    expect(record(parseCallRecord(input)).status).toBe('timeout');
    const broken = seed();
    Object.defineProperty(broken, 'type', {
      get() {
        parseCallRecord({ ...seed(), status: 9 });
        return 7;
      },
    });
    expect(parseCallRecord(broken)).toEqual({
      ok: false,
      error: { code: 'invalid-call-type', message: 'attach.type: 7 is not one of 1-2' },
    });
  });
});

describe('odd values', () => {
  it('treats symbols, bigints, functions and friends as not a call record', () => {
    for (const input of [
      Symbol('x'),
      10n,
      () => seed(),
      class {},
      new Date(),
      new Map(),
      /x/,
      new Error('e'),
      NaN,
    ])
      expect(code(parseCallRecord(input))).toBe('not-a-call-record');
  });

  it('rejects them as field values with the field code', () => {
    expect(code(parseCallRecord({ ...seed(), status: Symbol('1') }))).toBe('invalid-status');
    expect(code(parseCallRecord({ ...seed(), type: 1n }))).toBe('invalid-call-type');
    expect(code(parseCallRecord({ ...seed(), channelId: () => 1 }))).toBe('invalid-field');
    // a bigint id is read as its digits (record.bigint.test.ts); a symbol is no id
    expect(code(parseCallRecord({ ...seed(), channelId: Symbol('1') }))).toBe('invalid-field');
    expect(code(parseCallRecord({ ...seed(), durations: [{ accid: Symbol('a'), duration: 1 }] }))).toBe(
      'invalid-durations',
    );
    expect(code(parseCallRecord({ ...seed(), durations: [{ accid: 'a', duration: 1n }] }))).toBe(
      'invalid-durations',
    );
    const error = parseCallRecord({ ...seed(), status: Symbol('secret') });
    expect(error.ok ? '' : error.error.message).toBe('attach.status: symbol is not one of 1-5');
  });

  it('reads frozen input and gives records that can be frozen, cloned and compared', () => {
    const input = Object.freeze({
      ...seed(),
      durations: Object.freeze([Object.freeze({ accid: 'a', duration: 1 })]),
    });
    const got = record(parseCallRecord(input));
    expect(Object.isFrozen(Object.freeze(got))).toBe(true);
    expect(structuredClone(got)).toEqual(got);
    expect(JSON.parse(JSON.stringify(got))).toEqual(
      JSON.parse(JSON.stringify(record(parseCallRecord(input)))),
    );
  });

  it('treats an empty or whitespace-only string as not a call record', () => {
    for (const input of ['', ' ', '\n\t', '\uFEFF'])
      expect(code(parseCallRecord(input))).toBe('not-a-call-record');
    expect(code(parseCallRecord('\uFEFF{"type":1,"channelId":1,"status":1}'))).toBe('ok');
  });
});
