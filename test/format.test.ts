import { describe, expect, it } from 'vitest';
import {
  ar,
  callRecordPreview,
  en,
  formatAccessibleName,
  formatCallDuration,
  formatCallRecord,
  formatCallTime,
  formatMissedCallGroup,
  getCallRecordMessages,
  ja,
  ko,
  resolveCallRecordLocale,
  zhCN,
  zhTW,
} from '../src/format';
import type { CallRecordDirection, CallRecordLocale } from '../src/format';
import type { CallDuration, CallRecord, CallStatus, CallType } from '../src/record';
import { makeRecord } from './records';

/**
 * A duration entry as the record helper now writes it: the account may be missing (NetEase's web
 * call kit), and `caller: true` marks the caller's entry. Cast, so this file compiles against the
 * old `CallDuration` and the new one alike.
 */
const entry = (accountId: string | undefined, seconds: number, caller?: boolean): CallDuration =>
  ({ accountId, seconds, caller }) as unknown as CallDuration;

const BOTH_75 = [entry('alice', 75), entry('bob', 75)];
const STATUSES: CallStatus[] = ['completed', 'cancelled', 'rejected', 'timeout', 'busy'];
const DIRECTIONS: CallRecordDirection[] = ['outgoing', 'incoming', 'unknown'];

/** alice called bob; the viewer is alice (outgoing), bob (incoming) or nobody known (unknown). */
const SELF_ID: Record<CallRecordDirection, string | undefined> = {
  outgoing: 'alice',
  incoming: 'bob',
  unknown: undefined,
};

const view = (status: CallStatus, callType: CallType, direction: CallRecordDirection, locale: string) =>
  formatCallRecord(makeRecord({ status, callType, durations: status === 'completed' ? BOTH_75 : [] }), {
    selfId: SELF_ID[direction],
    locale,
  });

/** [visible text, accessible name of a voice call, accessible name of a video call]. */
type Row = readonly [text: string, audio: string, video: string];
type Table = Record<CallStatus, Record<CallRecordDirection, Row>>;

const ENGLISH: Table = {
  completed: {
    outgoing: [
      'Call duration: 01:15',
      'Outgoing voice call, Call duration: 01:15 (1 minute 15 seconds)',
      'Outgoing video call, Call duration: 01:15 (1 minute 15 seconds)',
    ],
    incoming: [
      'Call duration: 01:15',
      'Incoming voice call, Call duration: 01:15 (1 minute 15 seconds)',
      'Incoming video call, Call duration: 01:15 (1 minute 15 seconds)',
    ],
    unknown: [
      'Call duration: 01:15',
      'Voice call, Call duration: 01:15 (1 minute 15 seconds)',
      'Video call, Call duration: 01:15 (1 minute 15 seconds)',
    ],
  },
  cancelled: {
    outgoing: ['Cancelled', 'Outgoing voice call, Cancelled', 'Outgoing video call, Cancelled'],
    incoming: ['Missed call', 'Incoming voice call, Missed call', 'Incoming video call, Missed call'],
    unknown: ['Call cancelled', 'Voice call, Call cancelled', 'Video call, Call cancelled'],
  },
  rejected: {
    outgoing: ['Declined', 'Outgoing voice call, Declined', 'Outgoing video call, Declined'],
    incoming: ['You declined', 'Incoming voice call, You declined', 'Incoming video call, You declined'],
    unknown: ['Call declined', 'Voice call, Call declined', 'Video call, Call declined'],
  },
  timeout: {
    outgoing: ['No answer', 'Outgoing voice call, No answer', 'Outgoing video call, No answer'],
    incoming: ['Missed call', 'Incoming voice call, Missed call', 'Incoming video call, Missed call'],
    unknown: ['Not answered', 'Voice call, Not answered', 'Video call, Not answered'],
  },
  busy: {
    outgoing: ['Line busy', 'Outgoing voice call, Line busy', 'Outgoing video call, Line busy'],
    incoming: [
      'Missed call (busy)',
      'Incoming voice call, Missed call (busy)',
      'Incoming video call, Missed call (busy)',
    ],
    unknown: ['Line busy', 'Voice call, Line busy', 'Video call, Line busy'],
  },
};

const SIMPLIFIED_CHINESE: Table = {
  completed: {
    outgoing: [
      '通话时长 01:15',
      '拨出语音通话，通话时长 01:15（1分钟15秒）',
      '拨出视频通话，通话时长 01:15（1分钟15秒）',
    ],
    incoming: [
      '通话时长 01:15',
      '语音来电，通话时长 01:15（1分钟15秒）',
      '视频来电，通话时长 01:15（1分钟15秒）',
    ],
    unknown: [
      '通话时长 01:15',
      '语音通话，通话时长 01:15（1分钟15秒）',
      '视频通话，通话时长 01:15（1分钟15秒）',
    ],
  },
  cancelled: {
    outgoing: ['已取消', '拨出语音通话，已取消', '拨出视频通话，已取消'],
    incoming: ['对方已取消', '语音来电，对方已取消', '视频来电，对方已取消'],
    unknown: ['通话已取消', '语音通话，通话已取消', '视频通话，通话已取消'],
  },
  rejected: {
    outgoing: ['对方已拒绝', '拨出语音通话，对方已拒绝', '拨出视频通话，对方已拒绝'],
    incoming: ['已拒绝', '语音来电，已拒绝', '视频来电，已拒绝'],
    unknown: ['通话被拒绝', '语音通话，通话被拒绝', '视频通话，通话被拒绝'],
  },
  timeout: {
    outgoing: ['对方无应答', '拨出语音通话，对方无应答', '拨出视频通话，对方无应答'],
    incoming: ['未接听', '语音来电，未接听', '视频来电，未接听'],
    unknown: ['无人接听', '语音通话，无人接听', '视频通话，无人接听'],
  },
  busy: {
    outgoing: ['对方忙线中', '拨出语音通话，对方忙线中', '拨出视频通话，对方忙线中'],
    incoming: ['忙线未接听', '语音来电，忙线未接听', '视频来电，忙线未接听'],
    unknown: ['忙线未接通', '语音通话，忙线未接通', '视频通话，忙线未接通'],
  },
};

describe('formatCallRecord: every status × direction × media, word for word', () => {
  const tables: [string, Table][] = [
    ['en', ENGLISH],
    ['zh-CN', SIMPLIFIED_CHINESE],
  ];
  for (const [locale, table] of tables) {
    for (const status of STATUSES) {
      for (const direction of DIRECTIONS) {
        it(`${locale} ${status} ${direction}`, () => {
          const [text, audioLabel, videoLabel] = table[status][direction];
          const audio = view(status, 'audio', direction, locale);
          const video = view(status, 'video', direction, locale);
          expect([audio.text, audio.accessibleLabel]).toEqual([text, audioLabel]);
          expect([video.text, video.accessibleLabel]).toEqual([text, videoLabel]);
          expect([audio.direction, audio.status, audio.callType, video.callType]).toEqual([
            direction,
            status,
            'audio',
            'video',
          ]);
          expect([audio.locale, audio.dir, audio.count]).toEqual([locale, 'ltr', 1]);
        });
      }
    }
  }
});

/** Visible text per status: [caller, callee, unknown]. */
type TextTable = Record<CallStatus, readonly [string, string, string]>;

const OTHER_LOCALES: Record<'zh-TW' | 'ja' | 'ko' | 'ar', TextTable> = {
  'zh-TW': {
    completed: ['通話時間 01:15', '通話時間 01:15', '通話時間 01:15'],
    cancelled: ['已取消', '對方已取消', '通話已取消'],
    rejected: ['對方已拒絕', '已拒絕', '通話被拒絕'],
    timeout: ['對方未接聽', '未接聽', '無人接聽'],
    busy: ['對方忙線中', '忙線未接聽', '忙線未接通'],
  },
  ja: {
    completed: ['通話時間: 01:15', '通話時間: 01:15', '通話時間: 01:15'],
    cancelled: ['キャンセルした通話', '不在着信', 'キャンセルされた通話'],
    rejected: ['相手が拒否しました', '拒否した通話', '拒否された通話'],
    timeout: ['応答なし', '不在着信', '未応答'],
    busy: ['話し中', '不在着信（通話中）', '話し中'],
  },
  ko: {
    completed: ['통화 시간: 01:15', '통화 시간: 01:15', '통화 시간: 01:15'],
    cancelled: ['취소됨', '부재중 전화', '취소된 전화'],
    rejected: ['상대방이 거절함', '거절한 전화', '거절된 전화'],
    timeout: ['응답 없음', '부재중 전화', '미응답 통화'],
    busy: ['상대방이 통화 중', '부재중 전화(통화 중)', '연결 안 됨(통화 중)'],
  },
  ar: {
    completed: ['مدة المكالمة: 01:15', 'مدة المكالمة: 01:15', 'مدة المكالمة: 01:15'],
    cancelled: ['تم الإلغاء', 'مكالمة فائتة', 'مكالمة ملغاة'],
    rejected: ['رفض الطرف الآخر المكالمة', 'مكالمة مرفوضة', 'تم رفض المكالمة'],
    timeout: ['لم يتم الرد', 'مكالمة فائتة', 'لم يتم الرد'],
    busy: ['الخط مشغول', 'مكالمة فائتة (الخط مشغول)', 'الخط مشغول'],
  },
};

describe('formatCallRecord: the visible text in zh-TW, ja, ko and ar', () => {
  for (const [locale, table] of Object.entries(OTHER_LOCALES)) {
    for (const status of STATUSES) {
      it(`${locale} ${status}`, () => {
        const texts = DIRECTIONS.map((direction) => view(status, 'audio', direction, locale).text);
        expect(texts).toEqual(table[status]);
      });
    }
  }

  it('speaks whole sentences in every built-in locale', () => {
    expect(view('completed', 'video', 'outgoing', 'zh-TW').accessibleLabel).toBe(
      '撥出視訊通話，通話時間 01:15（1 分鐘 15 秒）',
    );
    expect(view('timeout', 'video', 'incoming', 'zh-TW').accessibleLabel).toBe('視訊來電，未接聽');
    expect(view('completed', 'video', 'outgoing', 'ja').accessibleLabel).toBe(
      'ビデオ通話の発信、通話時間: 01:15（1分15秒）',
    );
    expect(view('timeout', 'audio', 'incoming', 'ja').accessibleLabel).toBe('音声通話の着信、不在着信');
    expect(view('completed', 'video', 'outgoing', 'ko').accessibleLabel).toBe(
      '발신 영상 통화, 통화 시간: 01:15(1분 15초)',
    );
    expect(view('busy', 'audio', 'outgoing', 'ko').accessibleLabel).toBe('발신 음성 통화, 상대방이 통화 중');
    expect(view('completed', 'video', 'outgoing', 'ar').accessibleLabel).toBe(
      'مكالمة فيديو صادرة، مدة المكالمة: 01:15 (دقيقة و15 ثانية)',
    );
    expect(view('timeout', 'audio', 'incoming', 'ar').accessibleLabel).toBe(
      'مكالمة صوتية واردة، مكالمة فائتة',
    );
    expect(view('timeout', 'audio', 'unknown', 'ar').accessibleLabel).toBe('مكالمة صوتية، لم يتم الرد');
    expect(view('timeout', 'audio', 'incoming', 'ar').dir).toBe('rtl');
  });
});

describe("the native speakers' corrections (issue 15)", () => {
  it('zh-TW: 通話時間 for the duration, 未接聽 for a call the viewer did not answer', () => {
    expect(zhTW.messages.completed).toBe('通話時間 {duration}');
    expect(view('completed', 'audio', 'incoming', 'zh-TW').text).toBe('通話時間 01:15');
    expect(view('timeout', 'video', 'incoming', 'zh-TW').text).toBe('未接聽');
  });
  it('ko: 상대방이 통화 중 for the caller, no space before the spoken duration', () => {
    expect(view('busy', 'audio', 'outgoing', 'ko').text).toBe('상대방이 통화 중');
    expect(ko.messages.spokenDuration).toBe('{text}({duration})');
  });
  it('ja: one record is 通話記録', () => {
    expect(ja.messages.callRecord).toBe('通話記録');
  });
  it('every locale speaks a missed group as the visible count, then the medium', () => {
    const records = [1, 2, 3].map((i) => makeRecord({ id: `m${i}`, status: 'timeout' }));
    const spoken = ['en', 'zh-CN', 'zh-TW', 'ja', 'ko', 'ar'].map(
      (locale) => formatMissedCallGroup(records, { selfId: 'bob', locale }).accessibleLabel,
    );
    expect(spoken).toEqual([
      '3 missed calls (voice)',
      '3个未接来电（语音）',
      '3 通未接來電（語音）',
      '不在着信 3 件（音声）',
      '부재중 전화 3통(음성)',
      '3 مكالمات فائتة (صوتية)',
    ]);
  });
  it('uses every string as written: no case is changed inside the sentence', () => {
    expect(view('timeout', 'audio', 'incoming', 'en').accessibleLabel).toBe(
      'Incoming voice call, Missed call',
    );
    const custom = formatCallRecord(makeRecord({ status: 'rejected' }), {
      selfId: 'alice',
      messages: { rejectedCaller: 'DECLINED by them' },
    });
    expect(custom.accessibleLabel).toBe('Outgoing voice call, DECLINED by them');
  });
});

describe('direction, tone and peer', () => {
  it('compares selfId with the sender (the caller)', () => {
    expect(formatCallRecord(makeRecord(), { selfId: 'alice' })).toMatchObject({
      direction: 'outgoing',
      peerId: 'bob',
    });
    expect(formatCallRecord(makeRecord(), { selfId: 'bob' })).toMatchObject({
      direction: 'incoming',
      peerId: 'alice',
    });
    expect(formatCallRecord(makeRecord(), { selfId: 'carol' })).toMatchObject({
      direction: 'incoming',
      peerId: 'alice',
    });
  });
  it('prefers selfId + sender over the record direction', () => {
    expect(formatCallRecord(makeRecord({ direction: 'incoming' }), { selfId: 'alice' }).direction).toBe(
      'outgoing',
    );
  });
  it('reads the caller flag of the duration entries when the sender is unknown', () => {
    const durations = [entry('alice', 10, true), entry('bob', 10, false)];
    const record = makeRecord({ senderId: undefined, receiverId: undefined, durations });
    expect(formatCallRecord(record, { selfId: 'alice' })).toMatchObject({
      direction: 'outgoing',
      peerId: 'bob',
    });
    expect(formatCallRecord(record, { selfId: 'bob' })).toMatchObject({
      direction: 'incoming',
      peerId: 'alice',
    });
    expect(formatCallRecord(record).direction).toBe('unknown');
  });
  it("falls back to the record's own direction (isSelf, flow)", () => {
    expect(formatCallRecord(makeRecord({ direction: 'outgoing' }))).toMatchObject({
      direction: 'outgoing',
      peerId: 'bob',
    });
    expect(
      formatCallRecord(makeRecord({ direction: 'incoming', senderId: undefined }), { selfId: 'bob' })
        .direction,
    ).toBe('incoming');
  });
  it('says "unknown" when nothing tells whose call it was: neutral words, never missed, no peer', () => {
    for (const [patch, selfId] of [
      [{}, undefined],
      [{ senderId: undefined }, 'bob'],
      [{ senderId: undefined, receiverId: undefined, durations: [entry(undefined, 5)] }, 'bob'],
    ] as const) {
      for (const status of STATUSES) {
        const unknown = formatCallRecord(makeRecord({ ...patch, status }), { selfId });
        expect([unknown.direction, unknown.tone, unknown.peerId]).toEqual(['unknown', 'normal', undefined]);
      }
    }
  });
  it('has no call-back target for a record sent to oneself', () => {
    const toSelf = makeRecord({ senderId: 'alice', receiverId: 'alice', status: 'timeout' });
    expect(formatCallRecord(toSelf, { selfId: 'alice' })).toMatchObject({
      direction: 'outgoing',
      peerId: undefined,
    });
    expect(formatCallRecord(toSelf, { selfId: 'bob' }).peerId).toBeUndefined();
  });

  const tones: Record<CallStatus, [string, string, string]> = {
    completed: ['normal', 'normal', 'normal'],
    cancelled: ['normal', 'missed', 'normal'],
    rejected: ['normal', 'normal', 'normal'], // the callee declined it themselves: not missed
    timeout: ['normal', 'missed', 'normal'],
    busy: ['normal', 'missed', 'normal'],
  };
  for (const status of STATUSES) {
    it(`tone of ${status}: caller ${tones[status][0]}, callee ${tones[status][1]}, unknown ${tones[status][2]}`, () => {
      expect(DIRECTIONS.map((direction) => view(status, 'audio', direction, 'en').tone)).toEqual(
        tones[status],
      );
    });
  }
});

describe('which duration', () => {
  const durations = [entry('alice', 10), entry('bob', 12)];
  const seconds = (patch: Partial<CallRecord>, options: Parameters<typeof formatCallRecord>[1]) =>
    formatCallRecord(makeRecord({ durations, ...patch }), options).seconds;

  it("shows the viewer's own entry, even when it is not the longest", () => {
    expect(seconds({}, { selfId: 'alice' })).toBe(10);
    expect(formatCallRecord(makeRecord({ durations }), { selfId: 'alice' }).text).toBe(
      'Call duration: 00:10',
    );
    expect(seconds({}, { selfId: 'bob' })).toBe(12);
  });
  it('falls back to the longest entry without a selfId or an entry of the viewer', () => {
    expect(seconds({}, {})).toBe(12);
    expect(seconds({}, { selfId: 'carol' })).toBe(12);
  });
  it('shows an account-less entry (NetEase web call kit) as the call duration', () => {
    const kit = makeRecord({ durations: [entry(undefined, 37)] });
    expect(formatCallRecord(kit, { selfId: 'alice' })).toMatchObject({
      seconds: 37,
      text: 'Call duration: 00:37',
    });
    expect(formatCallRecord(kit).seconds).toBe(37);
    expect(formatCallRecord(kit, { pickDuration: 'first' }).seconds).toBe(37);
  });
  it('honours pickDuration', () => {
    expect(seconds({}, { selfId: 'alice', pickDuration: 'longest' })).toBe(12);
    expect(seconds({}, { selfId: 'bob', pickDuration: 'first' })).toBe(10);
    expect(seconds({}, { selfId: 'bob', pickDuration: 'viewer' })).toBe(12);
    expect(
      seconds(
        {},
        { selfId: 'bob', pickDuration: (picked, self) => (self === 'bob' ? picked.durations.length : 0) },
      ),
    ).toBe(2);
  });
  it('treats an invalid picked value as no duration and floors fractions', () => {
    for (const bad of [NaN, -1, Infinity, undefined]) {
      const invalid = formatCallRecord(makeRecord({ durations }), { pickDuration: () => bad });
      expect([invalid.seconds, invalid.text]).toEqual([undefined, 'Call ended']);
    }
    expect(seconds({}, { pickDuration: () => 9.9 })).toBe(9);
  });
  it('has no seconds for a call that did not connect, even with duration entries', () => {
    for (const status of STATUSES.slice(1)) expect(seconds({ status }, { selfId: 'alice' })).toBeUndefined();
  });
  it('says the call ended when a completed call has no durations', () => {
    const ended = formatCallRecord(makeRecord({ durations: [] }), { locale: 'zh-CN', selfId: 'bob' });
    expect([ended.seconds, ended.text, ended.accessibleLabel]).toEqual([
      undefined,
      '通话已结束',
      '语音来电，通话已结束',
    ]);
    expect(formatCallRecord(makeRecord(), { pickDuration: 'first' }).seconds).toBeUndefined();
  });
  it('never rescales seconds (a 17-minute call is 1020 s)', () => {
    const long = formatCallRecord(makeRecord({ durations: [entry('bob', 1020)] }), { selfId: 'bob' });
    expect([long.seconds, long.text, long.accessibleLabel]).toEqual([
      1020,
      'Call duration: 17:00',
      'Incoming voice call, Call duration: 17:00 (17 minutes)',
    ]);
  });
  it('shows a zero-second call as such', () => {
    const zero = formatCallRecord(makeRecord({ durations: [entry('bob', 0)] }), { selfId: 'bob' });
    expect([zero.seconds, zero.text, zero.accessibleLabel]).toEqual([
      0,
      'Call duration: 00:00',
      'Incoming voice call, Call duration: 00:00 (0 seconds)',
    ]);
  });
});

describe('formatCallDuration', () => {
  const clock: [number, string][] = [
    [0, '00:00'],
    [1, '00:01'],
    [59, '00:59'],
    [60, '01:00'],
    [61, '01:01'],
    [3599, '59:59'],
    [3600, '1:00:00'],
    [3661, '1:01:01'],
    [86_400, '24:00:00'],
    [90_061, '25:01:01'],
    [360_000, '100:00:00'],
    // documented edge cases: fractions floor, everything invalid counts as 0
    [59.9, '00:59'],
    [-5, '00:00'],
    [NaN, '00:00'],
    [Infinity, '00:00'],
    [-Infinity, '00:00'],
    [Number.MAX_SAFE_INTEGER, '2501999792983:36:31'],
    [1e16, '00:00'],
  ];
  for (const [input, expected] of clock) {
    it(`clock ${input} → ${expected}`, () => {
      expect(formatCallDuration(input)).toBe(expected);
      expect(formatCallDuration(input, 'ar', { style: 'clock' })).toBe(expected);
    });
  }
  it('writes the clock in the digits of the locale (ar-EG: Arabic-Indic)', () => {
    expect(formatCallDuration(75, 'ar-EG')).toBe('٠١:١٥');
    expect(formatCallDuration(3661, 'ar-EG')).toBe('١:٠١:٠١');
    expect(formatCallDuration(75, 'ar-u-nu-latn')).toBe('01:15');
  });
  it('treats a non-number as 0', () => {
    expect(formatCallDuration('12' as unknown as number)).toBe('00:00');
  });

  const long: Record<string, string[]> = {
    en: [
      '0 seconds',
      '1 second',
      '59 seconds',
      '1 minute',
      '1 minute 1 second',
      '59 minutes 59 seconds',
      '1 hour',
      '1 hour 1 minute 1 second',
      '24 hours',
      '25 hours 1 minute 1 second',
    ],
    'zh-CN': [
      '0秒',
      '1秒',
      '59秒',
      '1分钟',
      '1分钟1秒',
      '59分钟59秒',
      '1小时',
      '1小时1分钟1秒',
      '24小时',
      '25小时1分钟1秒',
    ],
    'zh-TW': [
      '0 秒',
      '1 秒',
      '59 秒',
      '1 分鐘',
      '1 分鐘 1 秒',
      '59 分鐘 59 秒',
      '1 小時',
      '1 小時 1 分鐘 1 秒',
      '24 小時',
      '25 小時 1 分鐘 1 秒',
    ],
    ja: ['0秒', '1秒', '59秒', '1分', '1分1秒', '59分59秒', '1時間', '1時間1分1秒', '24時間', '25時間1分1秒'],
    ko: [
      '0초',
      '1초',
      '59초',
      '1분',
      '1분 1초',
      '59분 59초',
      '1시간',
      '1시간 1분 1초',
      '24시간',
      '25시간 1분 1초',
    ],
    ar: [
      '0 ثانية',
      'ثانية',
      '59 ثانية',
      'دقيقة',
      'دقيقة وثانية',
      '59 دقيقة و59 ثانية',
      'ساعة',
      'ساعة ودقيقة وثانية',
      '24 ساعة',
      '25 ساعة ودقيقة وثانية',
    ],
  };
  const inputs = [0, 1, 59, 60, 61, 3599, 3600, 3661, 86_400, 90_061];
  for (const [locale, expected] of Object.entries(long)) {
    it(`long, ${locale}`, () => {
      expect(inputs.map((input) => formatCallDuration(input, locale, { style: 'long' }))).toEqual(expected);
    });
  }
  it('long: leaves out zero units, matches the wording reference, handles invalid input', () => {
    expect(formatCallDuration(3605, 'en', { style: 'long' })).toBe('1 hour 5 seconds');
    expect(formatCallDuration(62, 'en', { style: 'long' })).toBe('1 minute 2 seconds');
    expect(formatCallDuration(62, 'zh-CN', { style: 'long' })).toBe('1分钟2秒');
    expect(formatCallDuration(62, 'zh-TW', { style: 'long' })).toBe('1 分鐘 2 秒');
    expect(formatCallDuration(62, 'ja', { style: 'long' })).toBe('1分2秒');
    expect(formatCallDuration(3723, 'ja', { style: 'long' })).toBe('1時間2分3秒');
    expect(formatCallDuration(62, 'ko', { style: 'long' })).toBe('1분 2초');
    expect(formatCallDuration(62, 'ar', { style: 'long' })).toBe('دقيقة وثانيتان');
    expect(formatCallDuration(1.9, 'en', { style: 'long' })).toBe('1 second');
    for (const bad of [-1, NaN, Infinity])
      expect(formatCallDuration(bad, 'ko', { style: 'long' })).toBe('0초');
    expect(formatCallDuration(62, 'xx-garbage', { style: 'long' })).toBe('1 minute 2 seconds');
    expect(formatCallDuration(62, zhCN, { style: 'long' })).toBe('1分钟2秒');
  });
  it('long: Arabic plural forms for 0, 1, 2, 3, 11 seconds and 100 hours', () => {
    expect([0, 1, 2, 3, 11].map((input) => formatCallDuration(input, 'ar', { style: 'long' }))).toEqual([
      '0 ثانية', // zero
      'ثانية', // one: the singular alone means "one second"
      'ثانيتان', // two: dual
      '3 ثوان', // few
      '11 ثانية', // many
    ]);
    expect(formatCallDuration(100, 'ar', { style: 'long' })).toBe('دقيقة و40 ثانية');
    expect(formatCallDuration(360_000, 'ar', { style: 'long' })).toBe('100 ساعة'); // other
    expect(formatCallDuration(7322, 'ar', { style: 'long' })).toBe('ساعتان ودقيقتان وثانيتان');
  });
});

describe('resolveCallRecordLocale', () => {
  /** Requested tag → [the words (the built-in locale), the tag used for lang and Intl]. */
  const table: [string | undefined, CallRecordLocale, string][] = [
    ['zh-CN', zhCN, 'zh-CN'],
    ['zh-TW', zhTW, 'zh-TW'],
    ['en', en, 'en'],
    ['ja', ja, 'ja'],
    ['ko', ko, 'ko'],
    ['ar', ar, 'ar'],
    ['zh-HK', zhTW, 'zh-HK'],
    ['zh-MO', zhTW, 'zh-MO'],
    ['zh-Hant', zhTW, 'zh-Hant'],
    ['zh-Hant-CN', zhTW, 'zh-Hant-CN'],
    ['zh_hk', zhTW, 'zh-HK'],
    ['ZH-tw', zhTW, 'zh-TW'],
    ['zh', zhCN, 'zh'],
    ['zh-SG', zhCN, 'zh-SG'],
    ['zh-Hans', zhCN, 'zh-Hans'],
    ['zh-Hans-HK', zhCN, 'zh-Hans-HK'],
    ['zh_CN', zhCN, 'zh-CN'],
    ['en-GB', en, 'en-GB'],
    ['en_US', en, 'en-US'],
    ['ja-JP', ja, 'ja-JP'],
    ['ja_JP.UTF-8', ja, 'ja-JP'],
    ['ko-KR', ko, 'ko-KR'],
    ['ar-EG', ar, 'ar-EG'],
    ['AR', ar, 'ar'],
    ['fr-FR', en, 'en'],
    ['de-DE', en, 'en'],
    ['', en, 'en'],
    [undefined, en, 'en'],
    ['💥 not a tag', en, 'en'],
    ['-', en, 'en'],
    ['x'.repeat(10_000), en, 'en'],
  ];
  for (const [input, words, code] of table) {
    it(`${String(input).slice(0, 20)} → ${words.code} words as ${code}`, () => {
      const resolved = resolveCallRecordLocale(input);
      expect(resolved.messages).toBe(words.messages);
      expect([resolved.code, resolved.name, resolved.dir]).toEqual([code, words.name, words.dir]);
    });
  }
  it('returns a built-in locale itself for its own tag, and the same object for the same tag', () => {
    expect(resolveCallRecordLocale('en')).toBe(en);
    expect(resolveCallRecordLocale('zh-CN')).toBe(zhCN);
    expect(resolveCallRecordLocale('en-GB')).toBe(resolveCallRecordLocale('en-GB'));
    expect(resolveCallRecordLocale(ja)).toBe(ja);
  });
  it('never throws on garbage, including non-strings', () => {
    for (const bad of [null, 42, {}, [], 'en-\u0000', '__'] as unknown as string[]) {
      expect(resolveCallRecordLocale(bad).messages).toEqual(en.messages);
      expect(formatCallRecord(makeRecord(), { locale: bad }).text).toBe('Call ended');
      expect(formatCallTime(0, { locale: bad, timeZone: 'UTC' })).toBe('12:00 AM');
    }
  });
  it('formats with the resolved locale', () => {
    const timeout = makeRecord({ status: 'timeout' });
    expect(formatCallRecord(timeout, { locale: 'zh-HK', selfId: 'bob' }).text).toBe('未接聽');
    expect(formatCallRecord(timeout, { locale: 'zh-SG', selfId: 'bob' }).text).toBe('未接听');
    expect(formatCallRecord(timeout, { locale: 'en-GB', selfId: 'bob' })).toMatchObject({
      text: 'Missed call',
      locale: 'en-GB',
    });
    expect(formatCallRecord(timeout, { locale: 'ar-EG' })).toMatchObject({ dir: 'rtl', locale: 'ar-EG' });
  });

  const french: CallRecordLocale = {
    code: 'fr',
    name: 'Français',
    dir: 'ltr',
    messages: {
      ...en.messages,
      timeoutCallee: 'Appel manqué',
      missedCalls: { one: '{count} appel manqué', other: '{count} appels manqués' },
    },
  };
  const german: CallRecordLocale = { code: 'de', name: 'Deutsch', dir: 'ltr', messages: en.messages };
  const portugueseBrazil: CallRecordLocale = {
    code: 'pt-BR',
    name: 'Português (Brasil)',
    dir: 'ltr',
    messages: en.messages,
  };

  it('matches among the locales an app imported: exact code, then language, then the built-ins', () => {
    const available = [french, german, portugueseBrazil];
    expect(resolveCallRecordLocale('fr', available)).toBe(french);
    expect(resolveCallRecordLocale('fr-CA', available)).toMatchObject({ code: 'fr-CA', name: 'Français' });
    expect(resolveCallRecordLocale('fr-CA', available).messages).toBe(french.messages);
    expect(resolveCallRecordLocale('pt-PT', available)).toMatchObject({
      code: 'pt-PT',
      name: 'Português (Brasil)',
    });
    expect(resolveCallRecordLocale('pt-BR', available)).toBe(portugueseBrazil);
    expect(resolveCallRecordLocale('ja-JP', available)).toMatchObject({ code: 'ja-JP', name: '日本語' });
    expect(resolveCallRecordLocale('es', available)).toBe(en);
    expect(resolveCallRecordLocale(undefined, available)).toBe(en);
    expect(resolveCallRecordLocale('zh-HK', [zhCN, zhTW]).messages).toBe(zhTW.messages);
  });
  it('gives an app locale object its own lang, plural rules, digits and time format', () => {
    const timeout = makeRecord({ status: 'timeout', timestamp: Date.UTC(2024, 0, 1, 14, 5) });
    const group = [timeout, timeout];
    expect(formatCallRecord(timeout, { locale: french, selfId: 'bob' })).toMatchObject({
      text: 'Appel manqué',
      locale: 'fr',
      dir: 'ltr',
    });
    // French: 0 and 1 are "one"; English would say "0 appels manqués".
    expect(formatMissedCallGroup(group, { locale: french, selfId: 'bob' }).text).toBe('2 appels manqués');
    expect(formatMissedCallGroup([timeout], { locale: french, selfId: 'bob' }).text).toBe('1 appel manqué');
    const russian: CallRecordLocale = {
      code: 'ru',
      name: 'Русский',
      dir: 'ltr',
      messages: {
        ...en.messages,
        missedCalls: {
          one: '{count} пропущенный звонок',
          few: '{count} пропущенных звонка',
          many: '{count} пропущенных звонков',
          other: '{count} пропущенного звонка',
        },
      },
    };
    const russianCounts = [1, 3, 5, 21].map(
      (count) =>
        formatMissedCallGroup(
          Array.from({ length: count }, () => timeout),
          { locale: russian },
        ).text,
    );
    expect(russianCounts).toEqual([
      '1 пропущенный звонок',
      '3 пропущенных звонка',
      '5 пропущенных звонков',
      '21 пропущенный звонок',
    ]);
  });
  it('follows a fr-FR tag for times when the words are French, and English for a language it does not have', () => {
    const at = Date.UTC(2024, 0, 1, 14, 5);
    const frenchFrance: CallRecordLocale = { ...french, code: 'fr-FR' };
    expect(formatCallTime(at, { locale: frenchFrance, timeZone: 'UTC' })).toBe('14:05');
    expect(formatCallTime(at, { locale: resolveCallRecordLocale('fr-FR', [french]), timeZone: 'UTC' })).toBe(
      '14:05',
    );
    expect(formatCallTime(at, { locale: 'en-GB', timeZone: 'UTC' })).toBe('14:05');
    expect(formatCallTime(at, { locale: 'de-DE', timeZone: 'UTC' })).toBe('2:05 PM');
    expect(
      formatCallRecord(makeRecord({ status: 'timeout' }), { locale: 'de-DE', selfId: 'bob' }),
    ).toMatchObject({
      text: 'Missed call',
      locale: 'en',
    });
  });
  it("writes a morning time in each locale's own short style: two-digit hours on a 24-hour clock", () => {
    const morning = Date.UTC(2024, 0, 1, 9, 12);
    const at = (locale: string | CallRecordLocale) => formatCallTime(morning, { locale, timeZone: 'UTC' });
    expect(at(french)).toBe('09:12');
    expect(at('en-GB')).toBe('09:12');
    expect(at('zh-CN')).toBe('09:12');
    expect(at('en')).toBe('9:12 AM');
    expect(at('ja')).toBe('9:12');
  });
  it('reads a malformed locale object safely: built-in words for what is missing or wrongly typed', () => {
    const broken = {
      code: 'zh_tw',
      name: 7,
      dir: 'sideways',
      messages: { timeoutCallee: 42, rejectedCallee: '已婉拒', missedCalls: 'many' },
    } as unknown as CallRecordLocale;
    const resolved = resolveCallRecordLocale(broken);
    expect([resolved.code, resolved.name, resolved.dir]).toEqual(['zh-TW', 'zh-TW', 'ltr']);
    expect([resolved.messages.timeoutCallee, resolved.messages.rejectedCallee]).toEqual(['未接聽', '已婉拒']);
    expect(resolved.messages.missedCalls).toEqual({ other: '{count} 通未接來電' });
    const arabic = resolveCallRecordLocale({
      ...ar,
      code: 'ar-SA',
      dir: 'up',
    } as unknown as CallRecordLocale);
    expect([arabic.code, arabic.dir, arabic.messages]).toEqual(['ar-SA', 'rtl', ar.messages]);
    const nameless = resolveCallRecordLocale({ code: 'klingon!!' } as unknown as CallRecordLocale);
    expect([nameless.code, nameless.messages.callRecord]).toEqual(['und', 'Call record']);
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('boom');
        },
      },
    ) as CallRecordLocale;
    expect(resolveCallRecordLocale(hostile)).toBe(en);
    expect(formatCallRecord(makeRecord(), { locale: hostile }).text).toBe('Call ended');
  });
});

describe('one digit system per bubble (ar-EG)', () => {
  it('writes the clock, the spoken duration, counts and the time of day in Arabic-Indic digits', () => {
    const completed = formatCallRecord(makeRecord({ callType: 'video', durations: BOTH_75 }), {
      selfId: 'alice',
      locale: 'ar-EG',
    });
    expect(completed.text).toBe('مدة المكالمة: ٠١:١٥');
    expect(completed.accessibleLabel).toBe('مكالمة فيديو صادرة، مدة المكالمة: ٠١:١٥ (دقيقة و١٥ ثانية)');
    const missed = [1, 2, 3].map((i) => makeRecord({ id: `m${i}`, status: 'timeout' }));
    expect(formatMissedCallGroup(missed, { selfId: 'bob', locale: 'ar-EG' }).text).toBe('٣ مكالمات فائتة');
    expect(formatCallTime(Date.UTC(2024, 0, 1, 14, 5), { locale: 'ar-EG', timeZone: 'UTC' })).toBe('٢:٠٥ م');
    const name = formatAccessibleName(
      completed,
      {
        time: formatCallTime(Date.UTC(2024, 0, 1, 14, 5), { locale: 'ar-EG', timeZone: 'UTC' }),
        action: true,
      },
      getCallRecordMessages('ar-EG'),
    );
    expect(name).toBe('مكالمة فيديو صادرة، مدة المكالمة: ٠١:١٥ (دقيقة و١٥ ثانية)، ٢:٠٥ م. معاودة الاتصال');
    expect(name).not.toMatch(/[0-9]/);
  });
  it('keeps Latin digits for bare ar, as ICU does', () => {
    expect(formatCallRecord(makeRecord({ durations: BOTH_75 }), { locale: 'ar' }).text).toBe(
      'مدة المكالمة: 01:15',
    );
  });
});

describe('formatAccessibleName', () => {
  const missed = formatCallRecord(makeRecord({ status: 'timeout' }), { selfId: 'bob' });
  it('adds the time and the action with the punctuation of each locale', () => {
    const names = (['en', 'zh-CN', 'zh-TW', 'ja', 'ko', 'ar'] as const).map((locale) =>
      formatAccessibleName(
        formatCallRecord(makeRecord({ status: 'timeout' }), { selfId: 'bob', locale }),
        { time: '14:05', action: true },
        getCallRecordMessages(locale),
      ),
    );
    expect(names).toEqual([
      'Incoming voice call, Missed call, 14:05. Call back',
      '语音来电，未接听，14:05。回拨',
      '語音來電，未接聽，14:05。回撥',
      '音声通話の着信、不在着信、14:05。かけ直す',
      '수신 음성 통화, 부재중 전화, 14:05. 다시 걸기',
      'مكالمة صوتية واردة، مكالمة فائتة، 14:05. معاودة الاتصال',
    ]);
  });
  it('leaves out what is not asked for', () => {
    const messages = getCallRecordMessages('en');
    expect(formatAccessibleName(missed, {}, messages)).toBe('Incoming voice call, Missed call');
    expect(formatAccessibleName(missed, { time: '' }, messages)).toBe('Incoming voice call, Missed call');
    expect(formatAccessibleName(missed, { time: '2:05 PM' }, messages)).toBe(
      'Incoming voice call, Missed call, 2:05 PM',
    );
    expect(formatAccessibleName(missed, { action: true }, messages)).toBe(
      'Incoming voice call, Missed call. Call back',
    );
  });
  it('takes its punctuation from overrides', () => {
    const messages = getCallRecordMessages('en', {
      withTime: '{label} at {time}',
      withAction: '{label} — {action}',
    });
    expect(formatAccessibleName(missed, { time: '2:05 PM', action: true }, messages)).toBe(
      'Incoming voice call, Missed call at 2:05 PM — Call back',
    );
  });
});

describe('messages overrides', () => {
  it('overrides a string for one call only', () => {
    const record = makeRecord({ status: 'rejected' });
    const rejected = formatCallRecord(record, { selfId: 'alice', messages: { rejectedCaller: 'Rejected' } });
    expect([rejected.text, rejected.accessibleLabel]).toEqual(['Rejected', 'Outgoing voice call, Rejected']);
    expect(formatCallRecord(record, { selfId: 'alice' }).text).toBe('Declined');
    expect(en.messages.rejectedCaller).toBe('Declined');
  });
  it('overrides templates, call words and previews', () => {
    const messages = {
      completed: 'Talked {duration}',
      incomingAudioCall: 'Incoming audio call',
      audioPreview: '[Audio]',
    };
    const record = makeRecord({ durations: [entry('bob', 5)] });
    const talked = formatCallRecord(record, { selfId: 'bob', messages });
    expect([talked.text, talked.accessibleLabel]).toEqual([
      'Talked 00:05',
      'Incoming audio call, Talked 00:05 (5 seconds)',
    ]);
    expect(callRecordPreview(record, { messages })).toBe('[Audio]');
  });
  it('overrides how the spoken duration joins the visible text', () => {
    const record = makeRecord({ callType: 'video', durations: BOTH_75 });
    const that = formatCallRecord(record, {
      selfId: 'alice',
      messages: { spokenDuration: '{text}, that is {duration}' },
    });
    expect(that.accessibleLabel).toBe(
      'Outgoing video call, Call duration: 01:15, that is 1 minute 15 seconds',
    );
    const zh = formatCallRecord(record, {
      selfId: 'alice',
      locale: 'zh-CN',
      messages: { spokenDuration: '{text}，共{duration}' },
    });
    expect(zh.accessibleLabel).toBe('拨出视频通话，通话时长 01:15，共1分钟15秒');
    expect(en.messages.spokenDuration).toBe('{text} ({duration})');
  });
  it('replaces a plural object whole', () => {
    const messages = { missedCalls: { other: '{count} calls you missed' } };
    expect(formatMissedCallGroup([makeRecord({ status: 'timeout' })], { messages }).text).toBe(
      '1 calls you missed',
    );
  });
  it('replaces the duration units', () => {
    const messages = { units: ['{count}h', '{count}m', '{count}s'] as const, unitSeparator: ' ' };
    const units = formatCallRecord(makeRecord({ durations: [entry('bob', 3725)] }), {
      selfId: 'bob',
      messages,
    });
    expect(units.accessibleLabel).toBe('Incoming voice call, Call duration: 1:02:05 (1h 2m 5s)');
  });
  it('ignores undefined values and returns the built-in object without overrides', () => {
    expect(getCallRecordMessages('ja', { callBack: undefined }).callBack).toBe('かけ直す');
    expect(getCallRecordMessages('ja-JP')).toBe(ja.messages);
    expect(getCallRecordMessages('ko', { callBack: '전화' })).toEqual({ ...ko.messages, callBack: '전화' });
    expect(getCallRecordMessages(ko, { callBack: undefined })).toBe(ko.messages);
  });
});

describe('hostile overrides cannot break or leak', () => {
  const completed = makeRecord({ durations: [entry('bob', 5)] });
  it('fills placeholders only from their documented names', () => {
    const leaky = formatCallRecord(completed, {
      selfId: 'bob',
      messages: { completed: '{duration} {constructor}', label: '{call} {toString} {__proto__} {outcome}' },
    });
    expect(leaky.text).toBe('00:05 {constructor}');
    expect(leaky.accessibleLabel).toBe(
      'Incoming voice call {toString} {__proto__} 00:05 {constructor} (5 seconds)',
    );
    const group = formatMissedCallGroup([makeRecord({ status: 'timeout' })], {
      selfId: 'bob',
      messages: { missedCalls: { other: '{count} {valueOf}' }, missedCallsSpoken: '{text} {hasOwnProperty}' },
    });
    expect([group.text, group.accessibleLabel]).toEqual(['1 {valueOf}', '1 {valueOf} {hasOwnProperty}']);
  });
  it('falls back to the built-in value for a wrongly typed override', () => {
    const messages = {
      missedCalls: 'text',
      units: 5,
      completed: 42,
      label: null,
      unitSeparator: {},
      callBack: ['Call', 'back'],
    } as unknown as Record<string, never>;
    const view = formatCallRecord(completed, { selfId: 'bob', messages });
    expect([view.text, view.accessibleLabel]).toEqual([
      'Call duration: 00:05',
      'Incoming voice call, Call duration: 00:05 (5 seconds)',
    ]);
    expect(formatMissedCallGroup([makeRecord({ status: 'timeout' })], { selfId: 'bob', messages }).text).toBe(
      '1 missed call',
    );
    expect(getCallRecordMessages('en', messages)).toBe(en.messages);
    const plural = getCallRecordMessages('en', { missedCalls: { one: 'one' } as never });
    expect(plural.missedCalls).toBe(en.messages.missedCalls);
  });
  it('never throws because of options', () => {
    const throwing = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error('boom');
        },
      },
    );
    const options = {
      selfId: 42,
      locale: {},
      messages: throwing,
      pickDuration: 'sideways',
      timeZone: {},
    } as never;
    expect(formatCallRecord(completed, options).text).toBe('Call duration: 00:05');
    expect(formatMissedCallGroup([completed], options).count).toBe(1);
    expect(callRecordPreview(completed, options)).toBe('[Voice call]');
    expect(formatCallTime(0, options)).not.toBe('');
    expect(formatCallRecord(completed, null as never).text).toBe('Call duration: 00:05');
  });
});

describe('locale objects', () => {
  const keys = Object.keys(en.messages).sort();
  const builtIns: [CallRecordLocale, string, string, 'ltr' | 'rtl'][] = [
    [en, 'en', 'English', 'ltr'],
    [zhCN, 'zh-CN', '简体中文', 'ltr'],
    [zhTW, 'zh-TW', '繁體中文', 'ltr'],
    [ja, 'ja', '日本語', 'ltr'],
    [ko, 'ko', '한국어', 'ltr'],
    [ar, 'ar', 'العربية', 'rtl'],
  ];
  for (const [locale, code, name, dir] of builtIns) {
    it(`${code} is ${name}, ${dir}, with every key filled`, () => {
      expect([locale.code, locale.name, locale.dir]).toEqual([code, name, dir]);
      const messages = locale.messages;
      expect(Object.keys(messages).sort()).toEqual(keys);
      for (const [key, value] of Object.entries(messages as unknown as Record<string, unknown>)) {
        // The plural messages (missedCalls, callCount) are checked in test/locales.structure.test.ts.
        if (key === 'units' || key === 'missedCalls' || key === 'callCount') continue;
        expect(typeof value).toBe('string');
        if (key === 'unitSeparator') continue;
        expect((value as string).trim()).toBe(value);
        expect(value).not.toBe('');
      }
      for (const unit of messages.units ?? []) expect(unit).toMatch(/^\S*\{count\}\S*$/);
      expect(messages.units === null || messages.units.length === 3).toBe(true);
      expect(messages.missedCalls.other).toContain('{count}');
      for (const form of Object.values(messages.missedCalls)) expect(form).not.toBe('');
      expect(messages.completed).toContain('{duration}');
      expect(messages.label).toMatch(/\{call\}.*\{outcome\}/);
      expect(messages.spokenDuration).toMatch(/\{text\}.*\{duration\}/);
      expect(messages.missedCallsSpoken).toMatch(/\{text\}.*\{media\}/);
      expect(messages.withTime).toMatch(/\{label\}.*\{time\}/);
      expect(messages.withAction).toMatch(/\{label\}.*\{action\}/);
    });
  }
});

describe('previews', () => {
  const previews: Record<string, [string, string]> = {
    en: ['[Voice call]', '[Video call]'],
    'zh-CN': ['[语音通话]', '[视频通话]'],
    'zh-TW': ['[語音通話]', '[視訊通話]'],
    ja: ['[音声通話]', '[ビデオ通話]'],
    ko: ['[음성 통화]', '[영상 통화]'],
    ar: ['[مكالمة صوتية]', '[مكالمة فيديو]'],
  };
  for (const [locale, [voice, video]] of Object.entries(previews)) {
    it(locale, () => {
      expect(callRecordPreview(makeRecord({ callType: 'audio', status: 'busy' }), { locale })).toBe(voice);
      expect(callRecordPreview(makeRecord({ callType: 'video' }), { locale })).toBe(video);
    });
  }
  it('defaults to English and takes a locale object', () => {
    expect(callRecordPreview(makeRecord())).toBe('[Voice call]');
    expect(callRecordPreview(makeRecord(), { locale: ja })).toBe('[音声通話]');
  });
});

describe('formatMissedCallGroup', () => {
  const missed = (count: number, callType: CallType = 'audio') =>
    Array.from({ length: count }, (_, i) =>
      makeRecord({ id: `m${i}`, status: i % 2 ? 'cancelled' : 'timeout', callType }),
    );

  it('describes N missed calls with the latest record', () => {
    const records = [...missed(2), makeRecord({ id: 'last', status: 'busy', senderId: 'dave' })];
    expect(formatMissedCallGroup(records, { selfId: 'bob' })).toMatchObject({
      count: 3,
      text: '3 missed calls',
      accessibleLabel: '3 missed calls (voice)',
      tone: 'missed',
      status: 'busy',
      peerId: 'dave',
      seconds: undefined,
      direction: 'incoming',
    });
  });
  it('names the media when all calls share it, otherwise just the count', () => {
    expect(formatMissedCallGroup(missed(2, 'video'), { selfId: 'bob' }).accessibleLabel).toBe(
      '2 missed calls (video)',
    );
    const mixed = [...missed(1, 'video'), ...missed(1)];
    expect(formatMissedCallGroup(mixed, { selfId: 'bob' }).accessibleLabel).toBe('2 missed calls');
  });
  it('uses the singular for one call, and is never missed when nobody knows whose calls they were', () => {
    expect(formatMissedCallGroup(missed(1))).toMatchObject({
      text: '1 missed call',
      direction: 'unknown',
      tone: 'normal',
      peerId: undefined,
    });
  });
  it('counts in every locale', () => {
    const texts = (['zh-CN', 'zh-TW', 'ja', 'ko'] as const).map(
      (locale) => formatMissedCallGroup(missed(3), { locale, selfId: 'bob' }).text,
    );
    expect(texts).toEqual(['3个未接来电', '3 通未接來電', '不在着信 3 件', '부재중 전화 3통']);
    expect(formatMissedCallGroup(missed(12), { locale: 'en' }).text).toBe('12 missed calls');
  });
  it('groups the digits of large counts as the locale does', () => {
    expect(formatMissedCallGroup(missed(1234), { selfId: 'bob', locale: 'en' }).text).toBe(
      '1,234 missed calls',
    );
    expect(formatMissedCallGroup(missed(1234), { selfId: 'bob', locale: 'ar-EG' }).text).toBe(
      '١٬٢٣٤ مكالمة فائتة',
    );
  });
  it('uses all six Arabic plural forms, never the plural for one call', () => {
    expect(
      [1, 2, 3, 11, 100].map((count) => formatMissedCallGroup(missed(count), { locale: 'ar' }).text),
    ).toEqual([
      'مكالمة فائتة واحدة',
      'مكالمتان فائتتان',
      '3 مكالمات فائتة',
      '11 مكالمة فائتة',
      '100 مكالمة فائتة',
    ]);
    // zero cannot come out of a non-empty group; the built-in zero form is still a proper phrase
    expect(ar.messages.missedCalls.zero).toBe('لا مكالمات فائتة');
  });
  it('throws on an empty list', () => {
    expect(() => formatMissedCallGroup([])).toThrow(RangeError);
  });
});

describe('formatCallTime', () => {
  const at = Date.UTC(2024, 0, 1, 14, 5);
  it('formats the time of day per locale', () => {
    expect(formatCallTime(at, { locale: 'en', timeZone: 'UTC' })).toBe('2:05 PM');
    expect(formatCallTime(at, { locale: 'zh-CN', timeZone: 'UTC' })).toBe('14:05');
    expect(formatCallTime(at, { locale: 'ja', timeZone: 'UTC' })).toBe('14:05');
    expect(formatCallTime(at, { locale: 'zh-TW', timeZone: 'UTC' })).toBe('下午2:05');
    expect(formatCallTime(at, { locale: 'en', timeZone: 'Asia/Shanghai' })).toBe('10:05 PM');
    expect(formatCallTime(at, { locale: zhCN, timeZone: 'UTC' })).toBe('14:05');
  });
  it("keeps a valid regional tag's clock", () => {
    expect(formatCallTime(at, { locale: 'en-GB', timeZone: 'UTC' })).toBe('14:05');
    expect(formatCallTime(at, { locale: 'en_GB', timeZone: 'UTC' })).toBe('14:05');
  });
  it('uses English for tags of a language without a locale', () => {
    expect(formatCallTime(at, { locale: 'fr-FR', timeZone: 'UTC' })).toBe('2:05 PM');
  });
  it('returns an empty string for an invalid timestamp', () => {
    for (const bad of [NaN, Infinity, -Infinity, 9e15, undefined as unknown as number]) {
      expect(formatCallTime(bad)).toBe('');
    }
  });
  it('ignores an invalid time zone', () => {
    expect(formatCallTime(at, { locale: 'en', timeZone: 'Not/AZone' })).toBe(
      formatCallTime(at, { locale: 'en' }),
    );
  });
});
