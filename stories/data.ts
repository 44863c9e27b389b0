/**
 * Sample data for the stories. Copied from test/fixtures (stories never import
 * from test/) plus deterministic builders. The demo viewer is `alice`; her peer is `bob`.
 */
import type { CallRecord, CallStatus, CallType } from '../src';

/** The viewer in every story (the preview decorator puts it in `CallRecordProvider`). */
export const SELF_ID = 'alice';
/** The other person in the demo conversation. */
export const PEER_ID = 'bob';

/** 2024-11-25 02:00:00 UTC: a fixed clock so stories and screenshots are stable. */
export const BASE_TIME = 1732500000000;

export const STATUSES: readonly CallStatus[] = ['completed', 'cancelled', 'rejected', 'timeout', 'busy'];
export const CALL_TYPES: readonly CallType[] = ['audio', 'video'];
/**
 * `own`: the viewer placed the call (inline-end side); `other`: the peer placed it; `unknown`: the
 * record names nobody (a bare attach), so nobody knows whose side it is on (centred).
 */
export type Side = 'own' | 'other' | 'unknown';
/** The two sides of a conversation (the matrix stories); `unknown` is shown by the gallery. */
export const SIDES: readonly Side[] = ['other', 'own'];

// --- the common input shapes (copied from test/fixtures/*.json) ------------------------

/** Shape 1, the bare attach (the seed document's example). */
export const seedAttach = {
  type: 1,
  channelId: 123,
  status: 1,
  durations: [
    { accid: 'acc01', duration: 10 },
    { accid: 'acc02', duration: 12 },
  ],
};

/** Shape 2, a server copy (抄送): every field a string, `attach` a JSON string. */
export const serverCopyRejected = {
  eventType: '1',
  convType: 'PERSON',
  to: 'bob',
  fromAccount: 'alice',
  fromClientType: 'WEB',
  fromDeviceId: 'd1f0',
  fromNick: 'Alice',
  msgTimestamp: '1732500000000',
  msgType: 'NRTC_NETCALL',
  msgidClient: '6b1f3c0e9a',
  msgidServer: '27715043871',
  body: '',
  attach: '{"type":2,"channelId":"6f0b4d1e2a3c4b5d6e7f8a9b0c1d2e3f","status":3,"durations":[]}',
  resendFlag: '0',
};

/** Shape 3, a Web SDK v10 `V2NIMMessage` (messageType 12). */
export const v2MessageCompleted = {
  messageClientId: 'c-001',
  messageServerId: '9001',
  createTime: 1732500100000,
  senderId: 'alice',
  receiverId: 'bob',
  conversationType: 1,
  conversationId: 'alice|1|bob',
  isSelf: false,
  sendingState: 1,
  messageType: 12,
  attachment: {
    type: 2,
    channelId: '778899',
    status: 1,
    durations: [
      { accountId: 'alice', duration: 75 },
      { accountId: 'bob', duration: 74 },
    ],
    raw: '{"type":2,"channelId":778899,"status":1,"durations":[{"accid":"alice","duration":75},{"accid":"bob","duration":74}]}',
  },
  messageStatus: { errorCode: 200 },
};

/** Shape 4, a Web SDK v9 message (`type: 'g2'`). */
export const v9MessageTimeout = {
  scene: 'p2p',
  from: 'alice',
  to: 'bob',
  time: 1732500200000,
  type: 'g2',
  sessionId: 'p2p-bob',
  target: 'bob',
  flow: 'out',
  status: 'success',
  idClient: 'a9c2',
  idServer: '9002',
  attach: { type: 1, channelId: '5c2d', status: 4, durations: [] },
};

/** Shape 5, an iOS-style `NIMRtcCallRecordObject` (durations as a map). */
export const iosObjectBusy = { callType: 2, callStatus: 5, channelID: '0a1b2c', durations: {} };

// --- builders -------------------------------------------------------------------------

/** Who placed and who received the call, per side. */
const PARTIES = {
  own: { senderId: SELF_ID, receiverId: PEER_ID },
  other: { senderId: PEER_ID, receiverId: SELF_ID },
  unknown: { senderId: undefined, receiverId: undefined },
} as const satisfies Record<Side, { senderId: string | undefined; receiverId: string | undefined }>;

/** Options for {@link makeRecord}. */
export interface MakeRecordOptions {
  status: CallStatus;
  callType: CallType;
  side: Side;
  /** Seconds each member spent in a completed call (the peer's entry is one second shorter). */
  seconds?: number;
  timestamp?: number;
  id?: string;
}

/**
 * A normalized record as `parseCallRecord` would return it, built directly so the
 * visual stories don't depend on any one input shape.
 */
export function makeRecord({
  status,
  callType,
  side,
  seconds = 75,
  timestamp = BASE_TIME,
  id,
}: MakeRecordOptions): CallRecord {
  const { senderId, receiverId } = PARTIES[side];
  const key = id ?? `${status}-${callType}-${side}`;
  return {
    id: key,
    serverId: undefined,
    channelId: `ch-${key}`,
    callType,
    status,
    senderId,
    receiverId,
    timestamp,
    direction: undefined,
    durations:
      status === 'completed'
        ? [
            // Both members' entries; they tell nobody's side (no caller flag), so `unknown` stays unknown.
            { accountId: senderId ?? PEER_ID, seconds },
            { accountId: receiverId ?? SELF_ID, seconds: Math.max(0, seconds - 1) },
          ]
        : [],
    source: 'v2-message',
  };
}

/** A V2 text message (messageType 0): the ordinary chat bubbles around the call records. */
export interface DemoTextMessage {
  messageClientId: string;
  createTime: number;
  senderId: string;
  receiverId: string;
  messageType: 0;
  text: string;
}

/** True for the V2 text messages of the demo conversations. */
export function isTextMessage(message: unknown): message is DemoTextMessage {
  return (
    typeof message === 'object' &&
    message !== null &&
    (message as { messageType?: unknown }).messageType === 0 &&
    typeof (message as { text?: unknown }).text === 'string'
  );
}

function text(id: string, minute: number, from: string, body: string): DemoTextMessage {
  const to = from === SELF_ID ? PEER_ID : SELF_ID;
  return {
    messageClientId: id,
    createTime: BASE_TIME + minute * 60_000,
    senderId: from,
    receiverId: to,
    messageType: 0,
    text: body,
  };
}

function v2Call(
  id: string,
  minute: number,
  from: string,
  type: 1 | 2,
  status: 1 | 2 | 3 | 4 | 5,
  durations: { accountId: string; duration: number }[] = [],
  extraMs = 0,
) {
  const to = from === SELF_ID ? PEER_ID : SELF_ID;
  return {
    messageClientId: id,
    messageServerId: `s-${id}`,
    createTime: BASE_TIME + minute * 60_000 + extraMs,
    senderId: from,
    receiverId: to,
    conversationType: 1,
    conversationId: `${from}|1|${to}`,
    isSelf: from === SELF_ID,
    messageType: 12,
    attachment: { type, channelId: `ch-${id}`, status, durations },
  };
}

function v9Call(id: string, minute: number, from: string, type: 1 | 2, status: 1 | 2 | 3 | 4 | 5) {
  const to = from === SELF_ID ? PEER_ID : SELF_ID;
  return {
    scene: 'p2p',
    from,
    to,
    time: BASE_TIME + minute * 60_000,
    type: 'g2',
    flow: from === SELF_ID ? 'out' : 'in',
    idClient: id,
    idServer: `s-${id}`,
    attach: { type, channelId: `ch-${id}`, status, durations: [] },
  };
}

function serverCopy(id: string, minute: number, extraMs: number, from: string, attach: object) {
  const to = from === SELF_ID ? PEER_ID : SELF_ID;
  return {
    eventType: '1',
    convType: 'PERSON',
    to,
    fromAccount: from,
    fromClientType: 'WEB',
    fromNick: from,
    msgTimestamp: String(BASE_TIME + minute * 60_000 + extraMs),
    msgType: 'NRTC_NETCALL',
    msgidClient: id,
    msgidServer: `s-${id}`,
    body: '',
    attach: JSON.stringify(attach),
    resendFlag: '0',
  };
}

/** The text messages of the demo conversation, per language. */
export interface ChatTexts {
  ask: string;
  later: string;
  sorry: string;
  thanks: string;
  meeting: string;
}

export const EN_TEXTS: ChatTexts = {
  ask: 'Are you free to go through the slides?',
  later: 'Give me five minutes, then call me.',
  sorry: 'Sorry, I was on the train. Calling you back now.',
  thanks: 'Thanks! Sending the final deck tonight.',
  meeting: 'In a meeting, can you text me?',
};

export const AR_TEXTS: ChatTexts = {
  ask: 'هل لديك وقت لمراجعة الشرائح؟',
  later: 'أمهلني خمس دقائق، ثم اتصل بي.',
  sorry: 'آسفة، كنت في القطار. سأعاود الاتصال بك الآن.',
  thanks: 'شكرًا! سأرسل العرض النهائي الليلة.',
  meeting: 'أنا في اجتماع، هل يمكنك مراسلتي؟',
};

export const ZH_CN_TEXTS: ChatTexts = {
  ask: '有空一起过一下幻灯片吗？',
  later: '给我五分钟，然后给我打电话。',
  sorry: '抱歉，刚才在火车上。现在给你回电话。',
  thanks: '谢谢！今晚把定稿发给你。',
  meeting: '在开会，能发消息吗？',
};

export const FR_TEXTS: ChatTexts = {
  ask: 'Tu as un moment pour revoir les diapos ?',
  later: 'Donne-moi cinq minutes, puis appelle-moi.',
  sorry: 'Désolée, j’étais dans le train. Je te rappelle.',
  thanks: 'Merci ! J’envoie la version finale ce soir.',
  meeting: 'En réunion, tu peux m’écrire ?',
};

/**
 * A conversation between alice (viewer) and bob as an app receives it: V2 and v9
 * messages, server copies, text messages, a client+server pair of one completed
 * call, and a run of three missed calls from bob.
 */
export function makeChatThreadMessages(texts: ChatTexts = EN_TEXTS): readonly unknown[] {
  return [
    text('t1', 0, PEER_ID, texts.ask),
    text('t2', 1, SELF_ID, texts.later),
    // bob calls three times while alice is away: three missed voice calls in a row (V2, v9, server
    // copy), one row (a group never mixes voice and video).
    v2Call('m1', 7, PEER_ID, 1, 4),
    v9Call('m2', 8, PEER_ID, 1, 2),
    serverCopy('m3', 9, 0, PEER_ID, { type: 1, channelId: 'ch-m3', status: 4, durations: [] }),
    text('t3', 12, SELF_ID, texts.sorry),
    // alice's call back, reported by her client (V2) and by the server copy 300 ms later: one call.
    v2Call('c1', 13, SELF_ID, 2, 1, [
      { accountId: SELF_ID, duration: 1354 },
      { accountId: PEER_ID, duration: 1353 },
    ]),
    serverCopy('c1-server', 13, 300, SELF_ID, {
      type: 2,
      channelId: 'f3a9c2d1e0b84c7d9e6f5a4b3c2d1e0f',
      status: 1,
      durations: [
        { accid: SELF_ID, duration: 1354 },
        { accid: PEER_ID, duration: 1353 },
      ],
    }),
    text('t4', 37, PEER_ID, texts.thanks),
    v9Call('r1', 120, SELF_ID, 1, 3),
    text('t5', 121, PEER_ID, texts.meeting),
    v2Call('b1', 180, PEER_ID, 1, 5),
    v2Call('k1', 181, SELF_ID, 1, 2),
  ];
}

/** The English demo conversation. */
export const chatThreadMessages = makeChatThreadMessages(EN_TEXTS);
/** The same conversation with Arabic text messages. */
export const arabicChatThreadMessages = makeChatThreadMessages(AR_TEXTS);

/**
 * The demo conversation as the chat-kit stories show it: {@link makeChatThreadMessages} plus bob's
 * long video call (3,723 s each, "1:02:03"), the case the issue saw wrap inside a kit's message.
 */
export function makeKitConversation(texts: ChatTexts = EN_TEXTS): readonly unknown[] {
  return [
    ...makeChatThreadMessages(texts),
    v2Call('l1', 240, PEER_ID, 2, 1, [
      { accountId: PEER_ID, duration: 3723 },
      { accountId: SELF_ID, duration: 3723 },
    ]),
  ];
}

/** A small deterministic pseudo-random generator (LCG), so LongHistory is the same on every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** `count` V2 call messages between alice and bob, spaced minutes apart, deterministic. */
export function makeLongHistory(count: number, seed = 42): readonly unknown[] {
  const random = seededRandom(seed);
  const out: unknown[] = [];
  let minute = 0;
  for (let i = 0; i < count; i += 1) {
    minute += 3 + Math.floor(random() * 180);
    const from = random() < 0.5 ? SELF_ID : PEER_ID;
    const type = random() < 0.6 ? 1 : 2;
    const status = (1 + Math.floor(random() * 5)) as 1 | 2 | 3 | 4 | 5;
    const seconds = Math.floor(random() * 3700);
    const durations =
      status === 1
        ? [
            { accountId: from, duration: seconds },
            { accountId: from === SELF_ID ? PEER_ID : SELF_ID, duration: Math.max(0, seconds - 1) },
          ]
        : [];
    out.push(v2Call(`h${i}`, minute, from, type, status, durations));
  }
  return out;
}
