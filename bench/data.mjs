// Deterministic, realistic call-record payloads for the benchmarks (no I/O, no randomness between runs).
// Shared by the Node rows (bench/node-rows.mjs) and the Chromium page (bench/page/entry.mjs).

/** Mulberry32: a tiny seeded PRNG, so every run benchmarks the same inputs. */
export function createRandom(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const HEX = '0123456789abcdef';
const NICKS = ['Alice', '小明', 'Bob', '王芳', 'Carol', 'さくら', '김민준', 'محمد', 'Dave', 'Zoë'];
const CLIENT_TYPES = ['WEB', 'IOS', 'AOS', 'PC', 'MAC'];

/**
 * `length` random hex digits as one flat string, as strings an app gets from `JSON.parse` or the SDK are.
 * (Built with `+=`, V8 keeps a long string as a rope of its pieces; every hash of a key holding it walks
 * the rope again, which made the collector's keys cost several times what they cost an app.)
 */
function hex(rand, length) {
  const digits = new Array(length);
  for (let i = 0; i < length; i += 1) digits[i] = HEX[Math.floor(rand() * 16)];
  return digits.join('');
}

function pick(rand, list) {
  return list[Math.floor(rand() * list.length)];
}

/** Status mix seen in real chats: mostly completed calls, then the four ways a call is not taken. */
function pickStatus(rand) {
  const r = rand();
  if (r < 0.55) return 1; // completed
  if (r < 0.7) return 2; // cancelled
  if (r < 0.8) return 3; // rejected
  if (r < 0.93) return 4; // timeout
  return 5; // busy
}

function durationsFor(rand, status, caller, callee) {
  if (status !== 1) return [];
  // Each member's own time in the room; the two entries of one call differ a little.
  const seconds = rand() < 0.8 ? Math.floor(rand() * 600) : Math.floor(rand() * 7200);
  return [
    { accid: caller, duration: seconds + Math.floor(rand() * 3) },
    { accid: callee, duration: seconds },
  ];
}

/**
 * One call between two accounts, as the fields every shape is derived from.
 * `index` makes ids unique; `rand` drives the variation.
 */
function makeCall(rand, index, accounts) {
  const callerIndex = Math.floor(rand() * accounts.length);
  let calleeIndex = Math.floor(rand() * (accounts.length - 1));
  if (calleeIndex >= callerIndex) calleeIndex += 1;
  const caller = accounts[callerIndex];
  const callee = accounts[calleeIndex];
  const status = pickStatus(rand);
  return {
    index,
    caller,
    callee,
    type: rand() < 0.6 ? 1 : 2,
    status,
    // channelId: a 32-hex string most of the time, a number sometimes (as the bare attach shows it).
    channelId: rand() < 0.8 ? hex(rand, 32) : 100000000 + Math.floor(rand() * 900000000),
    durations: durationsFor(rand, status, caller, callee),
    timestamp: 1732500000000 + index * 60000 + Math.floor(rand() * 59000),
    clientId: hex(rand, 32),
    serverId: String(27715043871 + index * 7 + Math.floor(rand() * 7)),
  };
}

function accountPool(rand, size) {
  const pool = [];
  for (let i = 0; i < size; i += 1) pool.push(`acc_${hex(rand, 8)}`);
  return pool;
}

/**
 * `count` server-copy (抄送 / webhook) payloads as JSON strings: every field a string,
 * `attach` the bare attach as a JSON string, all five statuses, both call types.
 */
export function makeServerCopyStrings(count, seed = 1) {
  const rand = createRandom(seed);
  const accounts = accountPool(rand, 200);
  const out = new Array(count);
  for (let i = 0; i < count; i += 1) {
    const call = makeCall(rand, i, accounts);
    const attach = JSON.stringify({
      type: call.type,
      channelId: call.channelId,
      status: call.status,
      durations: call.durations,
    });
    out[i] = JSON.stringify({
      eventType: '1',
      convType: 'PERSON',
      to: call.callee,
      fromAccount: call.caller,
      fromClientType: pick(rand, CLIENT_TYPES),
      fromDeviceId: hex(rand, 16),
      fromNick: pick(rand, NICKS),
      msgTimestamp: String(call.timestamp),
      msgType: 'NRTC_NETCALL',
      msgidClient: call.clientId,
      msgidServer: call.serverId,
      body: '',
      attach,
      ext: '',
      resendFlag: '0',
    });
  }
  return out;
}

function v2CallMessage(call, selfId) {
  const durations = call.durations.map((d) => ({ accountId: d.accid, duration: d.duration }));
  return {
    messageClientId: call.clientId,
    messageServerId: call.serverId,
    createTime: call.timestamp,
    senderId: call.caller,
    receiverId: call.callee,
    conversationType: 1,
    conversationId: `${call.caller}|1|${call.callee}`,
    isSelf: selfId === undefined ? false : call.caller === selfId,
    sendingState: 1,
    messageType: 12,
    attachment: {
      type: call.type,
      channelId: String(call.channelId),
      status: call.status,
      durations,
      // The SDK keeps the original attach JSON in `raw` (with `accid`, and channelId as sent).
      raw: JSON.stringify({
        type: call.type,
        channelId: call.channelId,
        status: call.status,
        durations: call.durations,
      }),
    },
    messageStatus: { errorCode: 200 },
  };
}

/** `count` Web SDK v10 `V2NIMMessage` call-record objects (messageType 12) among 200 accounts. */
export function makeV2Messages(count, seed = 2) {
  const rand = createRandom(seed);
  const accounts = accountPool(rand, 200);
  const out = new Array(count);
  for (let i = 0; i < count; i += 1) out[i] = v2CallMessage(makeCall(rand, i, accounts), undefined);
  return out;
}

/**
 * One conversation between `selfId` and one peer, as an app holds it: `count` V2 messages,
 * about one in five a text message (messageType 0), the rest call records, oldest first.
 * `next()` produces the following message (always a call record) for append benchmarks.
 */
export function makeConversation(count, { seed = 3, selfId = 'me', peerId = 'peer' } = {}) {
  const rand = createRandom(seed);
  const accounts = [selfId, peerId];
  let index = 0;
  const callMessage = () => {
    const call = makeCall(rand, index, accounts);
    index += 1;
    return v2CallMessage(call, selfId);
  };
  const textMessage = () => {
    const fromSelf = rand() < 0.5;
    const timestamp = 1732500000000 + index * 60000;
    const clientId = hex(rand, 32);
    index += 1;
    return {
      messageClientId: clientId,
      messageServerId: String(37715043871 + index),
      createTime: timestamp,
      senderId: fromSelf ? selfId : peerId,
      receiverId: fromSelf ? peerId : selfId,
      conversationType: 1,
      conversationId: `${selfId}|1|${peerId}`,
      isSelf: fromSelf,
      sendingState: 1,
      messageType: 0,
      text: fromSelf ? 'On my way' : '好的，晚点再打给你',
      messageStatus: { errorCode: 200 },
    };
  };
  const messages = new Array(count);
  for (let i = 0; i < count; i += 1) messages[i] = rand() < 0.2 ? textMessage() : callMessage();
  return { messages, next: callMessage };
}

/** `conversations` conversations of `perConversation` call messages each, with as many people, joined. */
export function makeCallHistory(conversations, perConversation) {
  const history = [];
  for (let index = 0; index < conversations; index += 1) {
    const peerId = `peer${index}`;
    const { messages } = makeConversation(Math.ceil(perConversation * 1.5), { seed: 11 + index, peerId });
    history.push(...messages.filter((message) => message.messageType === 12).slice(0, perConversation));
  }
  return history;
}

/** The options of the call-log rows (the Node fold and the Chromium window). */
export const CALL_LOG_OPTIONS = { selfId: 'me', locale: 'en', timeZone: 'Asia/Shanghai' };
