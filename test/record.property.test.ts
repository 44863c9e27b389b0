import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CALL_STATUS_CODES, CALL_TYPE_CODES, isCallRecordMessage, parseCallRecord } from '../src/record';
import type { CallRecord, CallRecordErrorCode, CallRecordSource, ParseCallRecordResult } from '../src/record';
import { SHAPES } from '../src/record/shapes';

const NUM_RUNS = 10_000;
/** 10,000 runs take a few seconds; a loaded machine may need many more. */
const PROPERTY_TIMEOUT = 120_000;

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
const CODES: CallRecordErrorCode[] = [
  'not-a-call-record',
  'invalid-json',
  'invalid-call-type',
  'invalid-status',
  'invalid-durations',
  'invalid-field',
  'too-large',
];

/** The name of every input shape, read from the parser's shape tables. */
const SOURCES: readonly string[] = SHAPES.map((shape) => shape.source);

const optionalString = (v: unknown): boolean => v === undefined || typeof v === 'string';

/** Every invariant of the model; returns the first broken one (so fast-check can shrink on it), or ''. */
function broken(result: ParseCallRecordResult): string {
  if (!result.ok) {
    if (!CODES.includes(result.error.code)) return `unknown code ${String(result.error.code)}`;
    if (typeof result.error.message !== 'string' || result.error.message === '') return 'empty message';
    return Object.keys(result).join() === 'ok,error' ? '' : 'extra result keys';
  }
  const r: CallRecord = result.record;
  if (Object.getPrototypeOf(r) !== Object.prototype) return 'record prototype';
  if (Object.keys(r).sort().join() !== RECORD_KEYS.join()) return `record keys ${Object.keys(r).join()}`;
  if (r.callType !== 'audio' && r.callType !== 'video') return 'callType';
  if (!Object.values(CALL_STATUS_CODES).includes(r.status)) return 'status';
  if (!['outgoing', 'incoming', undefined].includes(r.direction)) return 'direction';
  if (!SOURCES.includes(r.source)) return 'source';
  if (typeof r.id !== 'string' || r.id === '') return 'id';
  if (r.channelId !== undefined && (typeof r.channelId !== 'string' || r.channelId === ''))
    return 'channelId';
  if (!optionalString(r.serverId) || !optionalString(r.senderId) || !optionalString(r.receiverId))
    return 'ids';
  if (r.timestamp !== undefined && !(typeof r.timestamp === 'number' && Number.isFinite(r.timestamp)))
    return 'timestamp';
  if (!Array.isArray(r.durations) || Object.getPrototypeOf(r.durations) !== Array.prototype)
    return 'durations';
  for (const d of r.durations) {
    if (Object.getPrototypeOf(d) !== Object.prototype || Object.keys(d).join() !== 'accountId,seconds,caller')
      return 'duration keys';
    if (d.accountId !== undefined && (typeof d.accountId !== 'string' || d.accountId === ''))
      return 'accountId';
    if (![true, false, undefined].includes(d.caller)) return 'caller';
    if (!Number.isInteger(d.seconds) || d.seconds < 0 || Object.is(d.seconds, -0)) return 'seconds';
  }
  return '';
}

/**
 * Parses `input` and runs the cheap check, failing the property on a throw, a broken invariant or a
 * disagreement between the two.
 */
function check(input: unknown): ParseCallRecordResult {
  // Plain throws instead of expect() keep 10,000 runs fast; fast-check reports and shrinks them.
  const result = parseCallRecord(input);
  const problem = broken(result);
  if (problem) throw new Error(`broken invariant: ${problem}`);
  if (isCallRecordMessage(input) !== (result.ok || result.error.code !== 'not-a-call-record'))
    throw new Error('isCallRecordMessage disagrees');
  return result;
}

// ---- valid records of every shape -------------------------------------------------------------

const accid = fc.string({ minLength: 1, maxLength: 6 });
const seconds = fc.nat({ max: 100_000 });
const type = fc.constantFrom(1, 2);
const status = fc.integer({ min: 1, max: 5 });
/** An id as a bigint, as json-bigint or a BigInt reviver gives it (past 2^53 or not): read as its digits. */
const bigIntId = fc.bigInt({ min: 0n, max: 2n ** 64n });
const channelId = fc.oneof(fc.nat(), fc.string({ minLength: 1, maxLength: 12 }), fc.constant(''), bigIntId);
/** An account id: a string, or a bigint (issue 20, item 12). */
const accountId = fc.oneof(accid, bigIntId);
const maybeString = <T>(arb: fc.Arbitrary<T>) => fc.oneof(arb, arb.map(String));
const time = fc.integer({ min: 0, max: 4_102_444_800_000 });
const msgId = fc.oneof(fc.string({ minLength: 1, maxLength: 10 }), fc.nat());

const BIGINT_MARK = '\u0000bigint:';

/** JSON text of `value`, its bigints written as JSON integers with every digit, as json-bigint writes them. */
function jsonText(value: unknown): string {
  const marked = JSON.stringify(value, (_key, item: unknown) =>
    typeof item === 'bigint' ? `${BIGINT_MARK}${item}` : item,
  );
  return marked.replace(/"\\u0000bigint:(-?[0-9]+)"/g, '$1');
}

const attach = fc.record({
  type: maybeString(type),
  channelId,
  status: maybeString(status),
  durations: fc.array(
    fc.oneof(
      fc.record({ accid: accountId, duration: maybeString(seconds) }),
      // NetEase's web call kit writes an entry without an account id
      fc.record({ duration: maybeString(seconds) }),
      // server-written entries may mark the caller
      fc.record({ accid, duration: maybeString(seconds), caller: fc.boolean() }),
    ),
    { maxLength: 3 },
  ),
});

/** The account of a generated duration entry, if it has one. */
const accountOf = (entry: { duration: unknown; accid?: string | bigint }): string | bigint | undefined =>
  entry.accid;

interface Valid {
  input: unknown;
  expected: Partial<CallRecord>;
}

const expectedFrom = (a: { type: unknown; status: unknown; channelId: unknown }) => ({
  callType: CALL_TYPE_CODES[Number(a.type) as 1 | 2],
  status: CALL_STATUS_CODES[Number(a.status) as 1 | 2 | 3 | 4 | 5],
  channelId: a.channelId === '' ? undefined : String(a.channelId),
});

const validAttach: fc.Arbitrary<Valid> = attach.map((a) => ({
  input: a,
  expected: { ...expectedFrom(a), source: 'attach' },
}));

const validServerCopy: fc.Arbitrary<Valid> = fc
  .record({
    a: attach,
    from: accid,
    to: accid,
    t: time,
    client: msgId,
    server: msgId,
    asObject: fc.boolean(),
  })
  .map(({ a, from, to, t, client, server, asObject }) => ({
    input: {
      eventType: '1',
      convType: 'PERSON',
      to,
      fromAccount: from,
      msgTimestamp: String(t),
      msgType: 'NRTC_NETCALL',
      msgidClient: String(client),
      msgidServer: String(server),
      body: '',
      attach: asObject ? a : jsonText(a),
    },
    expected: { ...expectedFrom(a), source: 'server-copy', id: String(client), senderId: from, timestamp: t },
  }));

const validV2: fc.Arbitrary<Valid> = fc
  .record({
    a: attach,
    from: accid,
    to: accountId,
    t: time,
    client: fc.oneof(fc.string({ minLength: 1 }), bigIntId),
    self: fc.boolean(),
    rawOnly: fc.boolean(),
  })
  .map(({ a, from, to, t, client, self, rawOnly }) => ({
    input: {
      messageClientId: client,
      messageServerId: '9',
      createTime: t,
      senderId: from,
      receiverId: to,
      isSelf: self,
      messageType: 12,
      attachment: rawOnly
        ? { raw: jsonText(a) }
        : {
            type: Number(a.type),
            channelId: String(a.channelId),
            status: Number(a.status),
            durations: a.durations.map((d) => ({ accountId: accountOf(d), duration: Number(d.duration) })),
            raw: jsonText(a),
          },
    },
    expected: {
      ...expectedFrom(a),
      source: 'v2-message',
      id: String(client),
      receiverId: String(to),
      direction: self ? 'outgoing' : 'incoming',
    },
  }));

const validV9: fc.Arbitrary<Valid> = fc
  .record({ a: attach, from: accid, to: accid, t: time, flow: fc.constantFrom('in', 'out') })
  .map(({ a, from, to, t, flow }) => ({
    input: { scene: 'p2p', type: 'g2', from, to, time: t, flow, idClient: 'c', idServer: 's', attach: a },
    expected: {
      ...expectedFrom(a),
      source: 'v9-message',
      direction: flow === 'out' ? 'outgoing' : 'incoming',
    },
  }));

const validIos: fc.Arbitrary<Valid> = fc
  .record({
    t: type,
    s: status,
    c: fc.oneof(fc.string({ minLength: 1, maxLength: 32 }), bigIntId),
    d: fc.dictionary(accid, seconds, { maxKeys: 3 }),
  })
  .map(({ t, s, c, d }) => ({
    input: { callType: t, callStatus: s, channelID: c, durations: d },
    expected: { ...expectedFrom({ type: t, status: s, channelId: c }), source: 'ios-object' },
  }));

const G1_KINDS = [
  { id: 101, name: 'netcallMiss', status: 'timeout' },
  { id: 102, name: 'netcallBill', status: 'completed' },
  { id: 103, name: 'netcallReject', status: 'rejected' },
] as const;

const g1Call = fc.record({
  kind: fc.constantFrom(...G1_KINDS),
  callType: type,
  channel: fc.oneof(fc.nat(), fc.string({ minLength: 1, maxLength: 20 }), bigIntId),
  caller: accountId,
  callee: accountId,
  duration: seconds,
  t: time,
});

const validG1Message: fc.Arbitrary<Valid> = fc
  .record({ call: g1Call, flow: fc.constantFrom('in', 'out'), namesCaller: fc.boolean() })
  .map(({ call, flow, namesCaller }) => {
    const bill = call.kind.name === 'netcallBill';
    return {
      input: {
        type: 'notification',
        scene: 'p2p',
        from: call.caller,
        to: call.callee,
        time: call.t,
        flow,
        idClient: 'g1c',
        idServer: 'g1s',
        attach: {
          type: call.kind.name,
          netcallType: call.callType,
          channelId: call.channel,
          accounts: [call.caller, call.callee],
          ...(bill ? { duration: call.duration } : {}),
          ...(namesCaller || !bill ? { from: call.caller } : {}),
          time: call.t,
        },
      },
      expected: {
        source: 'g1-message',
        status: call.kind.status,
        callType: CALL_TYPE_CODES[call.callType],
        channelId: String(call.channel),
        senderId: String(call.caller),
        receiverId: String(call.callee),
        timestamp: call.t,
        direction: flow === 'out' ? 'outgoing' : 'incoming',
        id: 'g1c',
      },
    };
  });

const validG1Attach: fc.Arbitrary<Valid> = fc
  .record({ call: g1Call, idAsString: fc.boolean() })
  .map(({ call, idAsString }) => ({
    input: {
      id: idAsString ? String(call.kind.id) : call.kind.id,
      data: {
        calltype: call.callType,
        channel: call.channel,
        ids: [call.caller, call.callee],
        time: call.t,
        from: call.caller,
        ...(call.kind.name === 'netcallBill' ? { duration: call.duration } : {}),
      },
    },
    expected: {
      source: 'g1-attach',
      status: call.kind.status,
      callType: CALL_TYPE_CODES[call.callType],
      channelId: String(call.channel),
      senderId: String(call.caller),
      receiverId: String(call.callee),
      timestamp: call.t,
      direction: undefined,
    },
  }));

/** One generator of valid records per input shape: a shape without one here is a type error. */
const VALID_BY_SOURCE: { readonly [Source in CallRecordSource]: fc.Arbitrary<Valid> } = {
  attach: validAttach,
  'server-copy': validServerCopy,
  'v2-message': validV2,
  'v9-message': validV9,
  'ios-object': validIos,
  'g1-message': validG1Message,
  'g1-attach': validG1Attach,
};

/** A valid record of any shape of the parser's tables. */
const valid = fc.oneof(...SHAPES.map((shape) => VALID_BY_SOURCE[shape.source]));

// ---- mutations ----------------------------------------------------------------------------------

type Path = (string | number)[];

/** Paths to every value up to three levels down, parsing JSON strings on the way is left to `splice`. */
function paths(value: unknown, prefix: Path = [], out: Path[] = []): Path[] {
  if (prefix.length > 0) out.push(prefix);
  if (prefix.length < 4 && typeof value === 'object' && value !== null)
    for (const key of Object.keys(value))
      paths((value as Record<string, unknown>)[key], [...prefix, key], out);
  return out;
}

/** The same value in another JSON type: numbers and booleans as strings, strings as numbers, else wrapped. */
function retype(value: unknown): unknown {
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'string') return Number(value);
  return [value];
}

function mutate(input: unknown, pick: number, how: string, replacement: unknown, cut: number): unknown {
  const copy = structuredClone(input) as Record<string, unknown>;
  const all = paths(copy);
  const path = all[pick % all.length];
  if (!path) return copy;
  let parent: Record<string | number, unknown> = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const key = path[path.length - 1] as string | number;
  const old = parent[key];
  if (how === 'delete') delete parent[key];
  else if (how === 'replace') parent[key] = replacement;
  else if (how === 'retype') parent[key] = retype(old);
  else if (typeof old === 'string')
    parent[key] = old.slice(0, cut % (old.length + 1)) + old.slice((cut % (old.length + 1)) + 1);
  else parent[key] = replacement;
  return copy;
}

const mutation = fc.record({
  valid,
  pick: fc.nat(),
  how: fc.constantFrom('delete', 'replace', 'retype', 'splice'),
  replacement: fc.oneof(
    fc.anything({
      maxDepth: 2,
      withBigInt: true,
      withNullPrototype: true,
      withSparseArray: true,
      withBoxedValues: true,
    }),
    fc.constantFrom(
      -1,
      0,
      1.5,
      NaN,
      Infinity,
      -0,
      '',
      ' ',
      '1',
      '12',
      '-3',
      '0x1',
      '__proto__',
      'constructor',
      9,
      13,
      2 ** 53,
    ),
  ),
  cut: fc.nat(),
  asString: fc.boolean(),
});

// ---- code that runs when read ------------------------------------------------------------------

/**
 * Keys a detector may read, whether or not a given input holds them: a throwing getter on a key the
 * input lacks still runs when the key is read.
 */
const DETECTION_KEYS = [
  'messageType',
  'msgType',
  'type',
  'callType',
  'callStatus',
  'channelId',
  'channelID',
  'status',
  'id',
  'data',
  'attach',
  'calltype',
  'channel',
];

/** Throws something that is no Error: a Proxy that throws again when anything of it is read. */
function throwHostile(): never {
  throw new Proxy(
    {},
    {
      get: () => {
        throw new Error('nested');
      },
    },
  );
}

/** How a value turns hostile: a getter that throws (an Error or worse), a Proxy trap, or a revoked Proxy. */
type Hostility = 'getter' | 'getter-throwing-a-proxy' | 'proxy-get-trap' | 'revoked-proxy';

/**
 * `input` (an object) with the value at `path` made hostile: its key read through a throwing getter or a
 * Proxy whose `get` trap throws for it, or the value itself a revoked Proxy.
 */
function makeHostile(input: unknown, path: Path, how: Hostility): unknown {
  const root = { value: structuredClone(input) as unknown };
  let parent: Record<string | number, unknown> = root;
  let key: string | number = 'value';
  for (const step of path) {
    const child = parent[key];
    if (typeof child !== 'object' || child === null) break;
    parent = child as Record<string | number, unknown>;
    key = step;
  }
  if (how === 'revoked-proxy') {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    parent[key] = proxy;
  } else if (how === 'proxy-get-trap') {
    const owner = parent;
    const ownerKey = findKeyOf(root, owner);
    const hostileKey = String(key);
    const trap = new Proxy(owner, {
      get: (target, name, receiver): unknown =>
        name === hostileKey ? throwHostile() : Reflect.get(target, name, receiver),
    });
    if (ownerKey === undefined) return trap;
    ownerKey.parent[ownerKey.key] = trap;
  } else {
    Object.defineProperty(parent, key, {
      enumerable: true,
      configurable: true,
      get:
        how === 'getter'
          ? () => {
              throw new Error('boom');
            }
          : throwHostile,
    });
  }
  return root.value;
}

/** Where `target` sits under `root` (its parent object and key), found by identity; `undefined` for `root.value`'s holder. */
function findKeyOf(
  root: { value: unknown },
  target: object,
): { parent: Record<string | number, unknown>; key: string | number } | undefined {
  const visit = (holder: Record<string | number, unknown>): ReturnType<typeof findKeyOf> => {
    for (const key of Object.keys(holder)) {
      const child = holder[key];
      if (child === target) return { parent: holder, key };
      if (typeof child === 'object' && child !== null) {
        const found = visit(child as Record<string | number, unknown>);
        if (found) return found;
      }
    }
    return undefined;
  };
  return target === root ? undefined : visit(root);
}

/**
 * A valid record of any shape, a path in it (any key, or a key a detector reads, in the input or in one of
 * its objects) and how to make that key hostile; plain data, so that fast-check can print it.
 */
const hostileRecord = fc
  .record({
    valid,
    where: fc.oneof(
      fc.nat().map((pick) => ({ pick, key: undefined })),
      fc.record({ pick: fc.nat(), key: fc.constantFrom(...DETECTION_KEYS) }),
    ),
    how: fc.constantFrom<Hostility>('getter', 'getter-throwing-a-proxy', 'proxy-get-trap', 'revoked-proxy'),
  })
  .map(({ valid: { input }, where, how }) => {
    const all = paths(input);
    let path = all[where.pick % all.length] ?? [];
    // A detection key goes into the input itself or into one of its objects (the attach, `data`, …).
    if (where.key !== undefined) {
      const holders = [[], ...all.filter((candidate) => isPlainObjectAt(input, candidate))];
      path = [...holders[where.pick % holders.length]!, where.key];
    }
    return { input, path, how };
  });

/** Whether the value at `path` of `input` is an object that is not an array. */
function isPlainObjectAt(input: unknown, path: Path): boolean {
  let value: unknown = input;
  for (const key of path) value = (value as Record<string | number, unknown>)[key];
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// ---- properties ---------------------------------------------------------------------------------

describe('parseCallRecord properties', () => {
  it('has a generator for each shape that makes records of that shape', () => {
    for (const shape of SHAPES)
      for (const { expected } of fc.sample(VALID_BY_SOURCE[shape.source], 20))
        expect(expected.source).toBe(shape.source);
  });

  it(
    'never throws on arbitrary JSON values, and every ok record keeps the invariants',
    () => {
      fc.assert(
        fc.property(fc.jsonValue(), (value) => {
          check(value);
        }),
        { numRuns: NUM_RUNS },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'never throws on arbitrary JSON strings, and every ok record keeps the invariants',
    () => {
      fc.assert(
        fc.property(fc.jsonValue(), (value) => {
          check(JSON.stringify(value));
        }),
        { numRuns: NUM_RUNS },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'reads every valid record of every shape, as an object and as a JSON string',
    () => {
      fc.assert(
        fc.property(valid, ({ input, expected }) => {
          for (const form of [input, jsonText(input)]) {
            const result = check(form);
            if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
            for (const [key, value] of Object.entries(expected))
              if (result.record[key as keyof CallRecord] !== value)
                throw new Error(`${key}: ${String(value)}`);
          }
        }),
        { numRuns: NUM_RUNS },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'never throws on mutated records (a field replaced, deleted, retyped or cut), and ok records keep the invariants',
    () => {
      fc.assert(
        fc.property(mutation, ({ valid: { input }, pick, how, replacement, cut, asString }) => {
          const mutated = mutate(input, pick, how, replacement, cut);
          let form: unknown = mutated;
          if (asString) {
            try {
              form = jsonText(mutated);
            } catch {
              form = mutated; // a boxed bigint cannot be stringified
            }
          }
          // check() also holds the cheap check to agreeing with the parser, on objects and strings.
          check(form);
        }),
        { numRuns: NUM_RUNS },
      );
    },
    PROPERTY_TIMEOUT,
  );

  // Issue 20, item 11: the two disagreed when a key that tells the shape threw.
  it(
    'never throws when a getter or Proxy trap throws anywhere, and isCallRecordMessage agrees with the parser',
    () => {
      fc.assert(
        fc.property(hostileRecord, ({ input, path, how }) => {
          check(makeHostile(input, path, how));
        }),
        { numRuns: NUM_RUNS },
      );
    },
    PROPERTY_TIMEOUT,
  );
});

// ---- strictness and exact digits ----------------------------------------------------------------

/** What the parser takes as a code: a plain decimal integer with ASCII whitespace around it. */
const PLAIN_DECIMAL = /^[\t\n\f\r ]*-?[0-9]+[\t\n\f\r ]*$/;

const nonDecimalCode = fc
  .oneof(
    fc.string({ maxLength: 8 }),
    fc.nat({ max: 9 }).map((n) => `0x${n}`),
    fc.nat({ max: 9 }).map((n) => `${n}e0`),
    fc.nat({ max: 9 }).map((n) => `0b${n.toString(2)}`),
    fc.nat({ max: 9 }).map((n) => `+${n}`),
    fc.nat({ max: 9 }).map((n) => `${n}.0`),
    fc.nat({ max: 9 }).map((n) => `\u00A0${n}`),
    fc.nat({ max: 9 }).map((n) => `${n}\u3000`),
    fc.nat({ max: 9 }).map((n) => `0${n}n`),
  )
  .filter((text) => !PLAIN_DECIMAL.test(text));

describe('strict codes', () => {
  it(
    'rejects any code string that is not a plain decimal integer, as type and as status',
    () => {
      fc.assert(
        fc.property(nonDecimalCode, fc.constantFrom(1, 2), (code, other) => {
          const asStatus = check({ type: other, channelId: 'c', status: code });
          if (asStatus.ok || asStatus.error.code !== 'invalid-status') throw new Error('status accepted');
          const asType = check({ type: code, channelId: 'c', status: other });
          if (asType.ok) throw new Error('type accepted');
          const asServerCopy = check({
            msgType: 'NRTC_NETCALL',
            attach: JSON.stringify({ type: String(other), channelId: 'c', status: code }),
          });
          if (asServerCopy.ok || asServerCopy.error.code !== 'invalid-status') throw new Error('server copy');
        }),
        { numRuns: NUM_RUNS },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'accepts a plain decimal code with ASCII whitespace around it',
    () => {
      fc.assert(
        fc.property(
          status,
          fc.stringMatching(/^[\t\n\f\r ]{0,3}$/),
          fc.stringMatching(/^[\t\n\f\r ]{0,3}$/),
          (code, before, after) => {
            const result = check({ type: 1, channelId: 'c', status: `${before}${code}${after}` });
            if (!result.ok || result.record.status !== CALL_STATUS_CODES[code as 1 | 2 | 3 | 4 | 5])
              throw new Error('decimal code rejected');
          },
        ),
        { numRuns: 2_000 },
      );
    },
    PROPERTY_TIMEOUT,
  );
});

/** 16 to 20 digit integers, most of them past 2^53. */
const longInteger = fc.bigInt({ min: 10n ** 15n, max: 10n ** 20n - 1n }).map((n) => n.toString());

describe('exact digits', () => {
  it(
    'keeps every digit of long integer ids and channel ids in JSON text, in every shape that carries them',
    () => {
      fc.assert(
        fc.property(longInteger, longInteger, longInteger, (channel, server, account) => {
          const attach = `{"type":1,"channelId":${channel},"status":1,"durations":[{"accid":${account},"duration":3}]}`;
          const bare = check(attach);
          const copy = check(
            `{"msgType":"NRTC_NETCALL","msgidServer":${server},"fromAccount":${account},"attach":${JSON.stringify(attach)}}`,
          );
          const v2 = check(`{"messageType":12,"messageServerId":${server},"attachment":${attach}}`);
          const g1 = check(
            `{"id":102,"data":{"calltype":2,"channel":${channel},"ids":[${account},"b"],"from":${account}}}`,
          );
          for (const result of [bare, copy, v2, g1]) {
            if (!result.ok) throw new Error(result.error.message);
            if (result.record.channelId !== channel) throw new Error(`channelId ${result.record.channelId}`);
          }
          if (!copy.ok || copy.record.serverId !== server || copy.record.senderId !== account)
            throw new Error('server copy ids');
          if (!v2.ok || v2.record.id !== server) throw new Error('v2 id');
          if (!bare.ok || bare.record.durations[0]?.accountId !== account) throw new Error('accid');
          if (!g1.ok || g1.record.senderId !== account || g1.record.receiverId !== 'b')
            throw new Error('g1 ids');
        }),
        { numRuns: 2_000 },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'never uses a number past 2^53 of an object input as an identity',
    () => {
      fc.assert(
        fc.property(fc.bigInt({ min: 2n ** 53n + 1n, max: 2n ** 64n }), (big) => {
          const lossy = Number(big);
          const result = check({
            messageType: 12,
            messageClientId: lossy,
            messageServerId: lossy,
            senderId: lossy,
            attachment: { type: 1, channelId: lossy, status: 2 },
          });
          if (!result.ok) throw new Error(result.error.message);
          const { id, serverId, channelId, senderId } = result.record;
          if (serverId !== undefined || channelId !== undefined || senderId !== undefined)
            throw new Error('a lossy number became an id');
          if (id !== 'call:["v2-message",null,"audio","cancelled",null,null,null,null,[]]')
            throw new Error(`id ${id}`);
        }),
        { numRuns: 1_000 },
      );
    },
    PROPERTY_TIMEOUT,
  );
});

// ---- made-up ids ------------------------------------------------------------------------------

/** The keys under which the shapes carry message ids. */
const MESSAGE_ID_KEYS = [
  'messageClientId',
  'messageServerId',
  'msgidClient',
  'msgidServer',
  'idClient',
  'idServer',
];

/** `input` without its message ids, so that its record's id is made of its content. */
function withoutMessageIds(input: unknown): unknown {
  if (typeof input !== 'object' || input === null) return input;
  const copy: Record<string, unknown> = { ...input };
  for (const key of MESSAGE_ID_KEYS) delete copy[key];
  return copy;
}

/** Whether two records agree on every field but `id` (`===` on each value, duration by duration). */
function sameContent(a: CallRecord, b: CallRecord): boolean {
  const keys = RECORD_KEYS.filter((key) => key !== 'id' && key !== 'durations') as (keyof CallRecord)[];
  if (keys.some((key) => a[key] !== b[key])) return false;
  if (a.durations.length !== b.durations.length) return false;
  return a.durations.every((entry, index) => {
    const other = b.durations[index]!;
    return (
      entry.accountId === other.accountId && entry.seconds === other.seconds && entry.caller === other.caller
    );
  });
}

describe('made-up ids (issue 20, item 9)', () => {
  it(
    'are shared by two records without message ids exactly when the records agree on every field',
    () => {
      fc.assert(
        fc.property(mutation, ({ valid: { input }, pick, how, replacement, cut }) => {
          const original = check(withoutMessageIds(input));
          const changed = check(withoutMessageIds(mutate(input, pick, how, replacement, cut)));
          if (!original.ok || !changed.ok) return;
          const a = original.record;
          const b = changed.record;
          if (a.serverId !== undefined || b.serverId !== undefined) return;
          if ((a.id === b.id) !== sameContent(a, b)) throw new Error(`ids ${a.id} and ${b.id}`);
        }),
        { numRuns: NUM_RUNS },
      );
    },
    PROPERTY_TIMEOUT,
  );
});
