import fc from 'fast-check';
import { describe, it } from 'vitest';
import { CALL_STATUS_CODES, CALL_TYPE_CODES, isCallRecordMessage, parseCallRecord } from '../src/record';
import type { CallRecord, CallRecordErrorCode, ParseCallRecordResult } from '../src/record';

const NUM_RUNS = 10_000;

const RECORD_KEYS = [
  'callType',
  'channelId',
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
  if (!['attach', 'server-copy', 'v2-message', 'v9-message', 'ios-object'].includes(r.source))
    return 'source';
  if (typeof r.id !== 'string' || r.id === '') return 'id';
  if (typeof r.channelId !== 'string' || r.channelId === '') return 'channelId';
  if (!optionalString(r.serverId) || !optionalString(r.senderId) || !optionalString(r.receiverId))
    return 'ids';
  if (r.timestamp !== undefined && !(typeof r.timestamp === 'number' && Number.isFinite(r.timestamp)))
    return 'timestamp';
  if (!Array.isArray(r.durations) || Object.getPrototypeOf(r.durations) !== Array.prototype)
    return 'durations';
  for (const d of r.durations) {
    if (Object.getPrototypeOf(d) !== Object.prototype || Object.keys(d).join() !== 'accountId,seconds')
      return 'duration keys';
    if (typeof d.accountId !== 'string' || d.accountId === '') return 'accountId';
    if (!Number.isInteger(d.seconds) || d.seconds < 0 || Object.is(d.seconds, -0)) return 'seconds';
  }
  return '';
}

/** Parses `input` (and runs the cheap check), failing the property on a throw or a broken invariant. */
function check(input: unknown): ParseCallRecordResult {
  // Plain throws instead of expect() keep 10,000 runs fast; fast-check reports and shrinks them.
  const result = parseCallRecord(input);
  isCallRecordMessage(input);
  const problem = broken(result);
  if (problem) throw new Error(`broken invariant: ${problem}`);
  return result;
}

// ---- valid records of every shape -------------------------------------------------------------

const accid = fc.string({ minLength: 1, maxLength: 6 });
const seconds = fc.nat({ max: 100_000 });
const type = fc.constantFrom(1, 2);
const status = fc.integer({ min: 1, max: 5 });
const channelId = fc.oneof(fc.nat(), fc.string({ minLength: 1, maxLength: 12 }));
const maybeString = <T>(arb: fc.Arbitrary<T>) => fc.oneof(arb, arb.map(String));
const time = fc.integer({ min: 0, max: 4_102_444_800_000 });
const msgId = fc.oneof(fc.string({ minLength: 1, maxLength: 10 }), fc.nat());

const attach = fc.record({
  type: maybeString(type),
  channelId,
  status: maybeString(status),
  durations: fc.array(fc.record({ accid, duration: maybeString(seconds) }), { maxLength: 3 }),
});

interface Valid {
  input: unknown;
  expected: Partial<CallRecord>;
}

const expectedFrom = (a: { type: unknown; status: unknown; channelId: unknown }) => ({
  callType: CALL_TYPE_CODES[Number(a.type) as 1 | 2],
  status: CALL_STATUS_CODES[Number(a.status) as 1 | 2 | 3 | 4 | 5],
  channelId: String(a.channelId),
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
      attach: asObject ? a : JSON.stringify(a),
    },
    expected: { ...expectedFrom(a), source: 'server-copy', id: String(client), senderId: from, timestamp: t },
  }));

const validV2: fc.Arbitrary<Valid> = fc
  .record({
    a: attach,
    from: accid,
    to: accid,
    t: time,
    client: fc.string({ minLength: 1 }),
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
        ? { raw: JSON.stringify(a) }
        : {
            type: Number(a.type),
            channelId: String(a.channelId),
            status: Number(a.status),
            durations: a.durations.map((d) => ({ accountId: d.accid, duration: Number(d.duration) })),
            raw: JSON.stringify(a),
          },
    },
    expected: {
      ...expectedFrom(a),
      source: 'v2-message',
      id: client,
      receiverId: to,
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
    c: fc.string({ minLength: 1, maxLength: 32 }),
    d: fc.dictionary(accid, seconds, { maxKeys: 3 }),
  })
  .map(({ t, s, c, d }) => ({
    input: { callType: t, callStatus: s, channelID: c, durations: d },
    expected: { ...expectedFrom({ type: t, status: s, channelId: c }), source: 'ios-object' },
  }));

const valid = fc.oneof(validAttach, validServerCopy, validV2, validV9, validIos);

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

const retype = (v: unknown): unknown =>
  typeof v === 'number'
    ? String(v)
    : typeof v === 'string'
      ? Number(v)
      : typeof v === 'boolean'
        ? String(v)
        : [v];

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

// ---- properties ---------------------------------------------------------------------------------

describe('parseCallRecord properties', () => {
  it('never throws on arbitrary JSON values, and every ok record keeps the invariants', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        check(value);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('never throws on arbitrary JSON strings, and every ok record keeps the invariants', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        check(JSON.stringify(value));
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('reads every valid record of every shape, as an object and as a JSON string', () => {
    fc.assert(
      fc.property(valid, ({ input, expected }) => {
        for (const form of [input, JSON.stringify(input)]) {
          const result = check(form);
          if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
          for (const [key, value] of Object.entries(expected))
            if (result.record[key as keyof CallRecord] !== value) throw new Error(`${key}: ${String(value)}`);
        }
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('never throws on mutated records (a field replaced, deleted, retyped or cut), and ok records keep the invariants', () => {
    fc.assert(
      fc.property(mutation, ({ valid: { input }, pick, how, replacement, cut, asString }) => {
        const mutated = mutate(input, pick, how, replacement, cut);
        let form: unknown = mutated;
        if (asString) {
          try {
            form = JSON.stringify(mutated);
          } catch {
            form = mutated; // bigint values cannot be stringified
          }
        }
        const result = check(form);
        // The cheap check agrees with the parser on objects.
        if (
          typeof form !== 'string' &&
          isCallRecordMessage(form) !== (result.ok || result.error.code !== 'not-a-call-record')
        )
          throw new Error('isCallRecordMessage disagrees');
      }),
      { numRuns: NUM_RUNS },
    );
  });
});
