// The Node rows of `npm run bench`: parse (strings), parse (objects), hook append, collect and locale switch.
// Each row times the library (subject) against a floor (baseline) in the same process, interleaved.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import {
  CALL_LOG_OPTIONS,
  makeCallHistory,
  makeConversation,
  makeServerCopyStrings,
  makeV2Messages,
} from './data.mjs';
import { interleave } from './stats.mjs';

setFlagsFromString('--expose-gc');
/** A full, synchronous GC, so one row never pays for the garbage of the row before it. */
const gc = runInNewContext('gc');

/**
 * The parse rows read their inputs in slices of this many, alternating sides slice by slice.
 *
 * They force no GC between rounds (only once before the row): after a forced full GC, V8 starts again
 * from a small young generation, and the first slices of the next round paid for many scavenges,
 * mostly on whichever side allocated first; that alone spread the V2 row's per-round ratios from
 * 1.1× to 9.6× around a median of 7.6× (without it, 3.4–4.0×, in the same minute).
 */
const SLICE = 10_000;
const CALL_TYPES = [undefined, 'audio', 'video'];
const CALL_STATUSES = [undefined, 'completed', 'cancelled', 'rejected', 'timeout', 'busy'];

function check(condition, message) {
  if (!condition) throw new Error(`bench sanity check failed: ${message}`);
}

/** The inputs of one slice: slices go through `inputs` in order, and start over after the last. */
function sliceBounds(inputs, slice) {
  const slicesPerPass = Math.ceil(inputs.length / SLICE);
  const start = (slice % slicesPerPass) * SLICE;
  return { start, end: Math.min(inputs.length, start + SLICE) };
}

/**
 * Times `parseCallRecord` over one slice of `inputs`, checking that every input parsed: the subject of
 * both parse rows.
 */
function timeParsing(parseCallRecord, inputs, what) {
  return (slice) => {
    const { start, end } = sliceBounds(inputs, slice);
    let ok = 0;
    const t0 = performance.now();
    for (let i = start; i < end; i += 1) {
      if (parseCallRecord(inputs[i]).ok) ok += 1;
    }
    const elapsed = performance.now() - t0;
    check(ok === end - start, `parseCallRecord rejected some ${what} (slice ${slice})`);
    return elapsed;
  };
}

/**
 * parse: `parseCallRecord` over `count` server-copy payload strings, `passes` times per round, vs
 * `JSON.parse` of each string plus `JSON.parse` of its inner `attach` string (the work no parser can skip).
 */
export async function parseStringsRow(lib, { count, passes, rounds, warmup }) {
  const { parseCallRecord } = lib;
  const inputs = makeServerCopyStrings(count);
  let sink = 0;
  const subject = timeParsing(parseCallRecord, inputs, 'server-copy strings');
  const baseline = (slice) => {
    const { start, end } = sliceBounds(inputs, slice);
    const t0 = performance.now();
    for (let i = start; i < end; i += 1) {
      const outer = JSON.parse(inputs[i]);
      const attach = typeof outer.attach === 'string' ? JSON.parse(outer.attach) : outer.attach;
      sink += attach.status;
    }
    return performance.now() - t0;
  };
  gc();
  const slices = Math.ceil(count / SLICE) * passes;
  const result = await interleave({ subject, baseline, rounds, warmup, slices });
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

/**
 * parse, objects: `parseCallRecord` over `count` V2NIMMessage objects, `passes` times per round, vs a
 * plain field-by-field copy.
 */
export async function parseObjectsRow(lib, { count, passes, rounds, warmup }) {
  const { parseCallRecord } = lib;
  const inputs = makeV2Messages(count);
  let sink = 0;
  const subject = timeParsing(parseCallRecord, inputs, 'V2 messages');
  const baseline = (slice) => {
    const { start, end } = sliceBounds(inputs, slice);
    const t0 = performance.now();
    for (let i = start; i < end; i += 1) sink += copyV2Message(inputs[i]).durations.length;
    return performance.now() - t0;
  };
  gc();
  const slices = Math.ceil(count / SLICE) * passes;
  const result = await interleave({ subject, baseline, rounds, warmup, slices });
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

/**
 * The floor of the collect and call log rows, what any list of these calls must do: `parseCallRecord`
 * of each message and, for each call record, `formatCallRecord` with `options`, in the plain loop an
 * app would write. Returns the views.
 */
function formatEachCall({ formatCallRecord, parseCallRecord }, messages, options) {
  const views = [];
  for (const message of messages) {
    const parsed = parseCallRecord(message);
    if (parsed.ok) views.push(formatCallRecord(parsed.record, options));
  }
  return views;
}

/** The options of the collect rows: a conversation seen by `me`, as the hook append row uses. */
const COLLECT_OPTIONS = { selfId: 'me', locale: 'en' };

/**
 * collect: `collectCallRecords` of a `count`-message conversation (about one in five a text message)
 * vs the plain loop an app would write without the collector: `parseCallRecord` and, for each call
 * record, `formatCallRecord` with the same options. `slices` collects per round, alternating sides.
 */
export async function collectRow(lib, { count, slices, rounds, warmup }) {
  const { collectCallRecords } = lib;
  const { messages } = makeConversation(count);
  let itemCount = 0;
  let viewCount = 0;
  const subject = () => {
    const t0 = performance.now();
    const result = collectCallRecords(messages, COLLECT_OPTIONS);
    const elapsed = performance.now() - t0;
    check(result.stats.total === messages.length, 'collector saw every message');
    itemCount = result.items.length;
    return elapsed;
  };
  const baseline = () => {
    const t0 = performance.now();
    const views = formatEachCall(lib, messages, COLLECT_OPTIONS);
    const elapsed = performance.now() - t0;
    viewCount = views.length;
    return elapsed;
  };
  gc();
  const result = await interleave({ subject, baseline, rounds, warmup, slices });
  // The conversation has no duplicate and `groupMissed` is off: one item per call record.
  check(itemCount > 0 && itemCount === viewCount, `${itemCount} items for ${viewCount} call records`);
  return result;
}

/**
 * locale switch: a collector already holding a `count`-message conversation in English collects the
 * same list again in another locale (parse results reused, every record formatted again) vs a new
 * collector's first collect of that list in that locale. The slices of a round (`slices` switches per
 * round, alternating sides) take turns among `targets`, locales as an app passes them (a built-in tag,
 * an opt-in locale object); each slice's collector is filled in English untimed.
 */
export async function localeSwitchRow(lib, { count, targets, slices, rounds, warmup }) {
  const { collectCallRecords, createCallRecordCollector } = lib;
  const { messages } = makeConversation(count);
  const optionsOf = (slice) => ({ ...COLLECT_OPTIONS, locale: targets[slice % targets.length] });
  let switched;
  let first;
  const subject = (slice) => {
    const collector = createCallRecordCollector();
    const english = collector.collect(messages, COLLECT_OPTIONS);
    const options = optionsOf(slice);
    const t0 = performance.now();
    switched = collector.collect(messages, options);
    const elapsed = performance.now() - t0;
    check(
      switched.items.some((item, i) => item.view.text !== english.items[i].view.text),
      `the list in ${localeName(options.locale)} reads differently from en`,
    );
    return elapsed;
  };
  const baseline = (slice) => {
    const t0 = performance.now();
    first = collectCallRecords(messages, optionsOf(slice));
    return performance.now() - t0;
  };
  gc();
  const result = await interleave({ subject, baseline, rounds, warmup, slices });
  check(
    switched.items.length === first.items.length &&
      switched.items.every((item, i) => item.view.text === first.items[i].view.text),
    'the switched list shows what a first collect in that locale shows',
  );
  return result;
}

/** A locale as given in options (a tag or a locale object), for messages. */
export function localeName(locale) {
  return typeof locale === 'string' ? locale : locale.code;
}

/**
 * call log: `buildCallLog` folding `conversations × perConversation` call records (one conversation per
 * person, joined) into rows, day included, vs `parseCallRecord` + `formatCallRecord` of each in a plain
 * loop (the same floor as the collect row: what any list of these calls must do).
 */
export async function callLogRow(lib, { conversations, perConversation, slices, rounds, warmup }) {
  const { buildCallLog } = lib;
  const messages = makeCallHistory(conversations, perConversation);
  check(messages.length === conversations * perConversation, 'every conversation has its calls');
  let rowCount = 0;
  let viewCount = 0;
  const subject = () => {
    const t0 = performance.now();
    const result = buildCallLog(messages, CALL_LOG_OPTIONS);
    const elapsed = performance.now() - t0;
    check(result.stats.total === messages.length, 'the call log saw every message');
    rowCount = result.rows.length;
    return elapsed;
  };
  const baseline = () => {
    const t0 = performance.now();
    const views = formatEachCall(lib, messages, CALL_LOG_OPTIONS);
    const elapsed = performance.now() - t0;
    viewCount = views.length;
    return elapsed;
  };
  gc();
  const result = await interleave({ subject, baseline, rounds, warmup, slices });
  check(rowCount > 0 && rowCount < viewCount, `${rowCount} rows for ${viewCount} calls`);
  return result;
}
