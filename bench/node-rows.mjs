// The Node rows of `npm run bench`: parse (strings), parse (objects) and hook append.
// Each row times the library (subject) against a floor (baseline) in the same process, interleaved.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { makeConversation, makeServerCopyStrings, makeV2Messages } from './data.mjs';
import { interleave } from './stats.mjs';

setFlagsFromString('--expose-gc');
/** A full, synchronous GC before each timed run, so one side never pays for the other's garbage. */
const gc = runInNewContext('gc');

/** The parse rows time 100,000 inputs per round in 10 slices, alternating sides slice by slice. */
const CHUNKS = 10;
const CALL_TYPES = [undefined, 'audio', 'video'];
const CALL_STATUSES = [undefined, 'completed', 'cancelled', 'rejected', 'timeout', 'busy'];

function check(condition, message) {
  if (!condition) throw new Error(`bench sanity check failed: ${message}`);
}

/**
 * Times `parseCallRecord` over one chunk of `inputs` (chunks of `size`), checking that every input parsed:
 * the subject of both parse rows.
 */
function timeParsing(parseCallRecord, inputs, size, what) {
  return (chunk) => {
    const end = Math.min(inputs.length, (chunk + 1) * size);
    let ok = 0;
    const t0 = performance.now();
    for (let i = chunk * size; i < end; i += 1) {
      if (parseCallRecord(inputs[i]).ok) ok += 1;
    }
    const elapsed = performance.now() - t0;
    check(ok === end - chunk * size, `parseCallRecord rejected some ${what} (chunk ${chunk})`);
    return elapsed;
  };
}

/**
 * parse: `parseCallRecord` over server-copy payload strings vs `JSON.parse` of each string plus
 * `JSON.parse` of its inner `attach` string (the work no parser can skip).
 */
export async function parseStringsRow(lib, { count, rounds, warmup }) {
  const { parseCallRecord } = lib;
  const inputs = makeServerCopyStrings(count);
  let sink = 0;
  const size = Math.ceil(inputs.length / CHUNKS);
  const subject = timeParsing(parseCallRecord, inputs, size, 'server-copy strings');
  const baseline = (chunk) => {
    const end = Math.min(inputs.length, (chunk + 1) * size);
    const t0 = performance.now();
    for (let i = chunk * size; i < end; i += 1) {
      const outer = JSON.parse(inputs[i]);
      const attach = typeof outer.attach === 'string' ? JSON.parse(outer.attach) : outer.attach;
      sink += attach.status;
    }
    return performance.now() - t0;
  };
  const result = await interleave({ subject, baseline, rounds, warmup, chunks: CHUNKS, beforeEach: gc });
  check(sink > 0, 'baseline sink');
  return result;
}

/** The floor for reading a V2 message: copy the same fields into a fresh record with a fresh durations array. */
function copyV2Message(message) {
  const attachment = message.attachment;
  const source = attachment.durations;
  const durations = new Array(source.length);
  for (let j = 0; j < source.length; j += 1) {
    durations[j] = { accountId: source[j].accountId, seconds: source[j].duration };
  }
  return {
    id: message.messageClientId,
    serverId: message.messageServerId,
    channelId: attachment.channelId,
    callType: CALL_TYPES[attachment.type],
    status: CALL_STATUSES[attachment.status],
    senderId: message.senderId,
    receiverId: message.receiverId,
    timestamp: message.createTime,
    direction: message.isSelf ? 'outgoing' : 'incoming',
    durations,
    source: 'v2-message',
  };
}

/** parse, objects: `parseCallRecord` over V2NIMMessage objects vs a plain field-by-field copy. */
export async function parseObjectsRow(lib, { count, rounds, warmup }) {
  const { parseCallRecord } = lib;
  const inputs = makeV2Messages(count);
  let sink = 0;
  const size = Math.ceil(inputs.length / CHUNKS);
  const subject = timeParsing(parseCallRecord, inputs, size, 'V2 messages');
  const baseline = (chunk) => {
    const end = Math.min(inputs.length, (chunk + 1) * size);
    const t0 = performance.now();
    for (let i = chunk * size; i < end; i += 1) sink += copyV2Message(inputs[i]).durations.length;
    return performance.now() - t0;
  };
  const result = await interleave({ subject, baseline, rounds, warmup, chunks: CHUNKS, beforeEach: gc });
  check(sink > 0, 'baseline sink');
  return result;
}

/**
 * hook, append: the pure core of `useCallRecords` (`createCallRecordCollector().collect`), appending
 * one call-record message to a 10,000-message conversation (per append, over `appends` successive
 * appends, each a new array as React state gives it) vs collecting the same 10,000 from scratch.
 * Every run uses freshly built message objects, so no identity cache carries over between runs.
 */
export async function hookAppendRow(lib, { count, appends, rounds, warmup }) {
  const { createCallRecordCollector } = lib;
  const options = { selfId: 'me', locale: 'en' };
  const prepare = () => {
    const { messages, next } = makeConversation(count);
    const lists = new Array(appends);
    let list = messages;
    for (let k = 0; k < appends; k += 1) {
      list = [...list, next()];
      lists[k] = list;
    }
    return { messages, lists };
  };
  let sink = 0;
  let prepared = { subject: prepare(), baseline: prepare() };
  const subject = () => {
    const { messages, lists } = prepared.subject;
    const collector = createCallRecordCollector();
    const first = collector.collect(messages, options);
    const before = first.stats.total;
    const t0 = performance.now();
    let result = first;
    for (let k = 0; k < lists.length; k += 1) result = collector.collect(lists[k], options);
    const elapsed = performance.now() - t0;
    check(result.stats.total === before + lists.length, 'collector saw every appended message');
    check(result.items.length > first.items.length, 'appended call records became items');
    sink += result.items.length;
    return elapsed / lists.length;
  };
  const baseline = () => {
    const { messages } = prepared.baseline;
    const t0 = performance.now();
    const result = createCallRecordCollector().collect(messages, options);
    const elapsed = performance.now() - t0;
    check(result.stats.total === messages.length, 'collector saw every message');
    sink += result.items.length;
    return elapsed;
  };
  const result = await interleave({
    subject,
    baseline,
    rounds,
    warmup,
    beforeEach: () => {
      prepared = { subject: prepare(), baseline: prepare() };
      gc();
    },
  });
  check(sink > 0, 'sink');
  return result;
}
