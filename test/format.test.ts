import { describe, expect, it } from 'vitest';
import {
  ar,
  callRecordPreview,
  en,
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
import type { CallRecordLocale, CallRecordMessages } from '../src/format';
import type { CallRecord, CallStatus, CallType } from '../src/record';
import { makeRecord } from './records';

const LOCALES: Record<CallRecordLocale, CallRecordMessages> = {
  'zh-CN': zhCN,
  'zh-TW': zhTW,
  en,
  ja,
  ko,
  ar,
};
const STATUSES: CallStatus[] = ['completed', 'cancelled', 'rejected', 'timeout', 'busy'];
const TYPES: CallType[] = ['audio', 'video'];

/** Visible text per locale and status: [caller (outgoing), callee (incoming)], for a 75 s completed call. */
const TEXT: Record<CallRecordLocale, Record<CallStatus, [string, string]>> = {
  en: {
    completed: ['Call duration 01:15', 'Call duration 01:15'],
    cancelled: ['Cancelled', 'Missed call'],
    rejected: ['Declined', 'You declined'],
    timeout: ['No answer', 'Missed call'],
    busy: ['Line busy', 'Missed call (busy)'],
  },
  'zh-CN': {
    completed: ['通话时长 01:15', '通话时长 01:15'],
    cancelled: ['已取消', '对方已取消'],
    rejected: ['对方已拒绝', '已拒绝'],
    timeout: ['对方无应答', '未接听'],
    busy: ['对方忙线中', '忙线未接听'],
  },
  'zh-TW': {
    completed: ['通話時長 01:15', '通話時長 01:15'],
    cancelled: ['已取消', '對方已取消'],
    rejected: ['對方已拒絕', '已拒絕'],
    timeout: ['對方未接聽', '未接來電'],
    busy: ['對方忙線中', '忙線未接聽'],
  },
  ja: {
    completed: ['通話時間 01:15', '通話時間 01:15'],
    cancelled: ['キャンセルしました', '不在着信'],
    rejected: ['相手が拒否しました', '拒否した通話'],
    timeout: ['応答なし', '不在着信'],
    busy: ['話し中', '不在着信（通話中）'],
  },
  ko: {
    completed: ['통화 시간 01:15', '통화 시간 01:15'],
    cancelled: ['취소됨', '부재중 전화'],
    rejected: ['상대방이 거절함', '거절한 전화'],
    timeout: ['응답 없음', '부재중 전화'],
    busy: ['통화 중', '부재중 전화(통화 중)'],
  },
  ar: {
    completed: ['مدة المكالمة 01:15', 'مدة المكالمة 01:15'],
    cancelled: ['تم الإلغاء', 'مكالمة فائتة'],
    rejected: ['رفض الطرف الآخر المكالمة', 'مكالمة مرفوضة'],
    timeout: ['لم يتم الرد', 'مكالمة فائتة'],
    busy: ['الخط مشغول', 'مكالمة فائتة (الخط مشغول)'],
  },
};

/** The spoken 75 s, per locale. */
const SPOKEN_75: Record<CallRecordLocale, string> = {
  en: '1 minute 15 seconds',
  'zh-CN': '1分钟15秒',
  'zh-TW': '1 分鐘 15 秒',
  ja: '1分15秒',
  ko: '1분 15초',
  ar: 'دقيقة و15 ثانية',
};

/**
 * The outcome of a completed 75 s call inside the accessible sentence: the visible text (its first letter
 * lower-cased, as the sentence goes on) followed by the spoken duration, so the visible label is part of
 * the accessible name (WCAG 2.5.3). Chinese and Japanese use fullwidth parentheses.
 */
const COMPLETED_OUTCOME_75: Record<CallRecordLocale, string> = {
  en: 'call duration 01:15 (1 minute 15 seconds)',
  'zh-CN': '通话时长 01:15（1分钟15秒）',
  'zh-TW': '通話時長 01:15（1 分鐘 15 秒）',
  ja: '通話時間 01:15（1分15秒）',
  ko: '통화 시간 01:15 (1분 15초)',
  ar: 'مدة المكالمة 01:15 (دقيقة و15 ثانية)',
};

const completedDurations = [
  { accountId: 'alice', seconds: 75 },
  { accountId: 'bob', seconds: 75 },
];

describe('formatCallRecord: status × call type × direction × locale', () => {
  for (const locale of Object.keys(LOCALES) as CallRecordLocale[]) {
    for (const status of STATUSES) {
      for (const callType of TYPES) {
        for (const [i, selfId] of ['alice', 'bob'].entries()) {
          const direction = i === 0 ? 'outgoing' : 'incoming';
          it(`${locale} ${status} ${callType} ${direction}`, () => {
            const record = makeRecord({
              status,
              callType,
              durations: status === 'completed' ? completedDurations : [],
            });
            const view = formatCallRecord(record, { selfId, locale });
            const m = LOCALES[locale];
            expect(view.text).toBe(TEXT[locale][status][i]);
            expect(view.direction).toBe(direction);
            expect(view.callType).toBe(callType);
            expect(view.status).toBe(status);
            expect(view.count).toBe(1);
            expect(view.locale).toBe(locale);
            expect(view.dir).toBe(locale === 'ar' ? 'rtl' : 'ltr');
            // The accessible sentence names direction (with media) and the outcome; a completed call's
            // outcome is the visible text followed by the spoken duration.
            const call = m[direction].replace('{media}', m[callType]);
            expect(view.accessibleLabel.startsWith(call)).toBe(true);
            const outcome = status === 'completed' ? COMPLETED_OUTCOME_75[locale] : TEXT[locale][status][i]!;
            expect(view.accessibleLabel.toLowerCase()).toContain(outcome.toLowerCase());
            if (status === 'completed') {
              expect(view.accessibleLabel).toBe(
                m.label.replace('{call}', call).replace('{outcome}', outcome),
              );
              expect(view.accessibleLabel).toContain(SPOKEN_75[locale]);
            } else {
              expect(view.accessibleLabel).not.toContain('01:15');
            }
          });
        }
      }
    }
  }

  it('reads as whole sentences in English and Chinese', () => {
    const en = (patch: Partial<CallRecord>, selfId: string, locale = 'en') =>
      formatCallRecord(makeRecord(patch), { selfId, locale }).accessibleLabel;
    expect(en({ callType: 'video', durations: completedDurations }, 'alice')).toBe(
      'Outgoing video call, call duration 01:15 (1 minute 15 seconds)',
    );
    expect(en({ status: 'timeout' }, 'bob')).toBe('Incoming voice call, missed call');
    expect(en({ status: 'rejected' }, 'bob')).toBe('Incoming voice call, you declined');
    expect(en({ status: 'rejected', callType: 'video' }, 'alice')).toBe('Outgoing video call, declined');
    expect(en({ status: 'busy' }, 'bob')).toBe('Incoming voice call, missed call (busy)');
    expect(en({ status: 'completed' }, 'bob')).toBe('Incoming voice call, call ended');
    expect(en({ callType: 'video', durations: completedDurations }, 'alice', 'zh-CN')).toBe(
      '呼出视频通话，通话时长 01:15（1分钟15秒）',
    );
    expect(en({ status: 'timeout' }, 'bob', 'zh-CN')).toBe('语音来电，未接听');
    expect(en({ status: 'timeout' }, 'bob', 'ar')).toBe('مكالمة صوتية واردة، مكالمة فائتة');
  });

  it("keeps a completed call's visible text in its accessible sentence in every locale (WCAG 2.5.3)", () => {
    for (const locale of Object.keys(LOCALES) as CallRecordLocale[]) {
      for (const [i, selfId] of ['alice', 'bob'].entries()) {
        for (const callType of TYPES) {
          for (const seconds of [0, 75, 3661, 90_061, undefined]) {
            const durations = seconds === undefined ? [] : [{ accountId: selfId, seconds }];
            const view = formatCallRecord(makeRecord({ callType, durations }), { selfId, locale });
            expect(view.direction).toBe(i === 0 ? 'outgoing' : 'incoming');
            expect(view.seconds).toBe(seconds);
            if (seconds !== undefined) {
              expect(view.text).toContain(formatCallDuration(seconds));
              expect(view.accessibleLabel).toContain(formatCallDuration(seconds, locale, { style: 'long' }));
            }
            expect(view.accessibleLabel.toLowerCase()).toContain(view.text.toLowerCase());
          }
        }
      }
    }
  });
});

describe('tone', () => {
  const tones: Record<CallStatus, [string, string]> = {
    completed: ['normal', 'normal'],
    cancelled: ['normal', 'missed'],
    rejected: ['normal', 'normal'], // the callee declined it themselves: not missed
    timeout: ['normal', 'missed'],
    busy: ['normal', 'missed'],
  };
  for (const status of STATUSES) {
    it(`${status}: caller ${tones[status][0]}, callee ${tones[status][1]}`, () => {
      expect(formatCallRecord(makeRecord({ status }), { selfId: 'alice' }).tone).toBe(tones[status][0]);
      expect(formatCallRecord(makeRecord({ status }), { selfId: 'bob' }).tone).toBe(tones[status][1]);
    });
  }
});

describe('direction and peer', () => {
  it('is outgoing when the viewer sent the record, with the receiver as peer', () => {
    const view = formatCallRecord(makeRecord(), { selfId: 'alice' });
    expect([view.direction, view.peerId]).toEqual(['outgoing', 'bob']);
  });
  it('is incoming when someone else sent it, with the sender as peer', () => {
    const view = formatCallRecord(makeRecord(), { selfId: 'carol' });
    expect([view.direction, view.peerId]).toEqual(['incoming', 'alice']);
  });
  it('selfId wins over the record direction', () => {
    expect(formatCallRecord(makeRecord({ direction: 'incoming' }), { selfId: 'alice' }).direction).toBe(
      'outgoing',
    );
  });
  it('falls back to the record direction, then to incoming', () => {
    expect(formatCallRecord(makeRecord({ direction: 'outgoing' })).direction).toBe('outgoing');
    expect(
      formatCallRecord(makeRecord({ direction: 'outgoing', senderId: undefined }), { selfId: 'bob' })
        .direction,
    ).toBe('outgoing');
    expect(formatCallRecord(makeRecord()).direction).toBe('incoming');
    expect(formatCallRecord(makeRecord({ senderId: undefined }), { selfId: 'bob' }).direction).toBe(
      'incoming',
    );
  });
});

describe('which duration', () => {
  const durations = [
    { accountId: 'alice', seconds: 10 },
    { accountId: 'bob', seconds: 12 },
  ];
  const seconds = (patch: Partial<CallRecord>, options: Parameters<typeof formatCallRecord>[1]) =>
    formatCallRecord(makeRecord({ durations, ...patch }), options).seconds;

  it("shows the viewer's own entry, even when it is not the longest", () => {
    expect(seconds({}, { selfId: 'alice' })).toBe(10);
    expect(formatCallRecord(makeRecord({ durations }), { selfId: 'alice' }).text).toBe('Call duration 00:10');
    expect(seconds({}, { selfId: 'bob' })).toBe(12);
  });
  it('falls back to the longest entry without a selfId or an entry of the viewer', () => {
    expect(seconds({}, {})).toBe(12);
    expect(seconds({}, { selfId: 'carol' })).toBe(12);
  });
  it('honours pickDuration', () => {
    expect(seconds({}, { selfId: 'alice', pickDuration: 'longest' })).toBe(12);
    expect(seconds({}, { selfId: 'bob', pickDuration: 'first' })).toBe(10);
    expect(seconds({}, { selfId: 'bob', pickDuration: 'viewer' })).toBe(12);
    expect(
      seconds({}, { selfId: 'bob', pickDuration: (r, self) => (self === 'bob' ? r.durations.length : 0) }),
    ).toBe(2);
  });
  it('treats an invalid picked value as no duration and floors fractions', () => {
    for (const bad of [NaN, -1, Infinity, undefined]) {
      const view = formatCallRecord(makeRecord({ durations }), { pickDuration: () => bad });
      expect(view.seconds).toBeUndefined();
      expect(view.text).toBe('Call ended');
    }
    expect(seconds({}, { pickDuration: () => 9.9 })).toBe(9);
  });
  it('has no seconds for a call that did not connect, even with duration entries', () => {
    for (const status of STATUSES.slice(1)) expect(seconds({ status }, { selfId: 'alice' })).toBeUndefined();
  });
  it('says the call ended when a completed call has no durations', () => {
    const view = formatCallRecord(makeRecord({ durations: [] }), { locale: 'zh-CN' });
    expect([view.seconds, view.text]).toEqual([undefined, '通话已结束']);
    expect(formatCallRecord(makeRecord(), { pickDuration: 'first' }).seconds).toBeUndefined();
  });
  it('never rescales seconds (a 17-minute call is 1020 s)', () => {
    const view = formatCallRecord(makeRecord({ durations: [{ accountId: 'bob', seconds: 1020 }] }), {
      selfId: 'bob',
    });
    expect([view.seconds, view.text]).toEqual([1020, 'Call duration 17:00']);
    expect(view.accessibleLabel).toBe('Incoming voice call, call duration 17:00 (17 minutes)');
  });
  it('shows a zero-second call as such', () => {
    const view = formatCallRecord(makeRecord({ durations: [{ accountId: 'bob', seconds: 0 }] }), {
      selfId: 'bob',
    });
    expect([view.seconds, view.text, view.accessibleLabel]).toEqual([
      0,
      'Call duration 00:00',
      'Incoming voice call, call duration 00:00 (0 seconds)',
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
  it('treats a non-number as 0', () => {
    expect(formatCallDuration('12' as unknown as number)).toBe('00:00');
  });

  const long: Record<CallRecordLocale, string[]> = {
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
  for (const locale of Object.keys(long) as CallRecordLocale[]) {
    it(`long, ${locale}`, () => {
      expect(inputs.map((s) => formatCallDuration(s, locale, { style: 'long' }))).toEqual(long[locale]);
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
  });
  it('long: Arabic plural forms for 0, 1, 2, 3, 11 seconds and 100 hours', () => {
    expect([0, 1, 2, 3, 11].map((s) => formatCallDuration(s, 'ar', { style: 'long' }))).toEqual([
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

describe('locale fallback', () => {
  const table: [string | undefined, CallRecordLocale][] = [
    ['zh-CN', 'zh-CN'],
    ['zh-TW', 'zh-TW'],
    ['en', 'en'],
    ['ja', 'ja'],
    ['ko', 'ko'],
    ['ar', 'ar'],
    ['zh-HK', 'zh-TW'],
    ['zh-MO', 'zh-TW'],
    ['zh-Hant', 'zh-TW'],
    ['zh-Hant-CN', 'zh-TW'],
    ['zh_hk', 'zh-TW'],
    ['ZH-tw', 'zh-TW'],
    ['zh', 'zh-CN'],
    ['zh-SG', 'zh-CN'],
    ['zh-Hans', 'zh-CN'],
    ['zh-Hans-HK', 'zh-CN'],
    ['zh_CN', 'zh-CN'],
    ['en-GB', 'en'],
    ['en_US', 'en'],
    ['ja-JP', 'ja'],
    ['ko-KR', 'ko'],
    ['ar-EG', 'ar'],
    ['AR', 'ar'],
    ['fr-FR', 'en'],
    ['', 'en'],
    [undefined, 'en'],
    ['💥 not a tag', 'en'],
    ['-', 'en'],
    ['x'.repeat(10_000), 'en'],
  ];
  for (const [input, expected] of table) {
    it(`${String(input).slice(0, 20)} → ${expected}`, () => {
      expect(resolveCallRecordLocale(input)).toBe(expected);
    });
  }
  it('never throws on garbage, including non-strings', () => {
    for (const bad of [null, 42, {}, 'en-\u0000', '__'] as unknown as string[]) {
      expect(resolveCallRecordLocale(bad)).toBe('en');
      expect(formatCallRecord(makeRecord(), { locale: bad }).text).toBe('Call ended');
      expect(formatCallTime(0, { locale: bad, timeZone: 'UTC' })).toBe('12:00 AM');
    }
  });
  it('formats with the resolved locale', () => {
    expect(formatCallRecord(makeRecord({ status: 'timeout' }), { locale: 'zh-HK' }).text).toBe('未接來電');
    expect(formatCallRecord(makeRecord({ status: 'timeout' }), { locale: 'zh-SG' }).text).toBe('未接听');
    expect(formatCallRecord(makeRecord({ status: 'timeout' }), { locale: 'en-GB' }).text).toBe('Missed call');
    expect(formatCallRecord(makeRecord({ status: 'timeout' }), { locale: 'ar-EG' }).dir).toBe('rtl');
  });
});

describe('messages overrides', () => {
  it('overrides a string for one call only', () => {
    const record = makeRecord({ status: 'rejected' });
    const view = formatCallRecord(record, { selfId: 'alice', messages: { rejectedCaller: 'Rejected' } });
    expect(view.text).toBe('Rejected');
    expect(view.accessibleLabel).toBe('Outgoing voice call, rejected');
    expect(formatCallRecord(record, { selfId: 'alice' }).text).toBe('Declined');
    expect(en.rejectedCaller).toBe('Declined');
  });
  it('overrides templates, media and previews', () => {
    const messages = { completed: 'Talked {duration}', audio: 'audio', audioPreview: '[Audio]' };
    const record = makeRecord({ durations: [{ accountId: 'bob', seconds: 5 }] });
    const view = formatCallRecord(record, { selfId: 'bob', messages });
    expect([view.text, view.accessibleLabel]).toEqual([
      'Talked 00:05',
      'Incoming audio call, talked 00:05 (5 seconds)',
    ]);
    expect(callRecordPreview(record, { messages })).toBe('[Audio]');
  });
  it('overrides how the spoken duration joins the visible text', () => {
    const record = makeRecord({ callType: 'video', durations: completedDurations });
    const view = formatCallRecord(record, {
      selfId: 'alice',
      messages: { spokenDuration: '{text}, that is {duration}' },
    });
    expect(view.text).toBe('Call duration 01:15');
    expect(view.accessibleLabel).toBe(
      'Outgoing video call, call duration 01:15, that is 1 minute 15 seconds',
    );
    const zh = formatCallRecord(record, {
      selfId: 'alice',
      locale: 'zh-CN',
      messages: { spokenDuration: '{text}，共{duration}' },
    });
    expect(zh.accessibleLabel).toBe('呼出视频通话，通话时长 01:15，共1分钟15秒');
    expect(formatCallRecord(record, { selfId: 'alice' }).accessibleLabel).toBe(
      'Outgoing video call, call duration 01:15 (1 minute 15 seconds)',
    );
    expect(getCallRecordMessages('en', { spokenDuration: '{text}, that is {duration}' }).spokenDuration).toBe(
      '{text}, that is {duration}',
    );
    expect(en.spokenDuration).toBe('{text} ({duration})');
  });
  it('replaces a plural object whole', () => {
    const messages = { missedCalls: { other: '{count} calls you missed' } };
    const group = [makeRecord({ status: 'timeout' })];
    expect(formatMissedCallGroup(group, { messages }).text).toBe('1 calls you missed');
  });
  it('replaces the duration units', () => {
    const messages = { units: ['{count}h', '{count}m', '{count}s'] as const, unitSeparator: ' ' };
    const view = formatCallRecord(makeRecord({ durations: [{ accountId: 'bob', seconds: 3725 }] }), {
      messages,
    });
    expect(view.accessibleLabel).toBe('Incoming voice call, call duration 1:02:05 (1h 2m 5s)');
  });
  it('ignores undefined values and returns the built-in object without overrides', () => {
    expect(getCallRecordMessages('ja', { callBack: undefined }).callBack).toBe('かけ直す');
    expect(getCallRecordMessages('ja-JP')).toBe(ja);
    expect(getCallRecordMessages('ko', { callBack: '전화' })).toEqual({ ...ko, callBack: '전화' });
  });
});

describe('locale objects', () => {
  const keys = Object.keys(en).sort();
  for (const [locale, m] of Object.entries(LOCALES)) {
    it(`${locale} has every key, filled`, () => {
      expect(Object.keys(m).sort()).toEqual(keys);
      for (const [key, value] of Object.entries(m as unknown as Record<string, unknown>)) {
        if (key === 'units' || key === 'missedCalls') continue;
        expect(typeof value).toBe('string');
        if (key === 'unitSeparator') continue;
        expect((value as string).trim()).toBe(value);
        expect(value).not.toBe('');
      }
      for (const unit of m.units ?? []) expect(unit).toMatch(/^\S*\{count\}\S*$/);
      expect(m.units === null || m.units.length === 3).toBe(true);
      expect(m.missedCalls.other).toContain('{count}');
      for (const form of Object.values(m.missedCalls)) expect(form).not.toBe('');
      expect(m.completed).toContain('{duration}');
      expect(m.outgoing).toContain('{media}');
      expect(m.incoming).toContain('{media}');
      expect(m.label).toMatch(/\{call\}.*\{outcome\}/);
      expect(m.spokenDuration).toContain('{text}');
      expect(m.spokenDuration).toContain('{duration}');
    });
  }
});

describe('previews', () => {
  const previews: Record<CallRecordLocale, [string, string]> = {
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
  it('defaults to English', () => {
    expect(callRecordPreview(makeRecord())).toBe('[Voice call]');
  });
});

describe('formatMissedCallGroup', () => {
  const missed = (n: number, callType: CallType = 'audio') =>
    Array.from({ length: n }, (_, i) =>
      makeRecord({ id: `m${i}`, status: i % 2 ? 'cancelled' : 'timeout', callType }),
    );

  it('describes N missed calls with the latest record', () => {
    const records = [...missed(2), makeRecord({ id: 'last', status: 'busy', senderId: 'dave' })];
    const view = formatMissedCallGroup(records, { selfId: 'bob' });
    expect(view).toMatchObject({
      count: 3,
      text: '3 missed calls',
      accessibleLabel: 'Incoming voice call, 3 missed calls',
      tone: 'missed',
      status: 'busy',
      peerId: 'dave',
      seconds: undefined,
      direction: 'incoming',
    });
  });
  it('names the media when all calls share it, otherwise just the count', () => {
    expect(formatMissedCallGroup(missed(2, 'video'), { selfId: 'bob' }).accessibleLabel).toBe(
      'Incoming video call, 2 missed calls',
    );
    const mixed = [...missed(1, 'video'), ...missed(1)];
    expect(formatMissedCallGroup(mixed, { selfId: 'bob' }).accessibleLabel).toBe('2 missed calls');
  });
  it('uses the singular for one call', () => {
    expect(formatMissedCallGroup(missed(1)).text).toBe('1 missed call');
  });
  it('counts in every locale', () => {
    const texts = (['zh-CN', 'zh-TW', 'ja', 'ko'] as const).map(
      (locale) => formatMissedCallGroup(missed(3), { locale }).text,
    );
    expect(texts).toEqual(['3个未接来电', '3 通未接來電', '不在着信 3 件', '부재중 전화 3통']);
    expect(formatMissedCallGroup(missed(3), { locale: 'zh-CN' }).accessibleLabel).toBe(
      '语音来电，3个未接来电',
    );
    expect(formatMissedCallGroup(missed(12), { locale: 'en' }).text).toBe('12 missed calls');
  });
  it('uses all six Arabic plural forms, never the plural for one call', () => {
    expect([1, 2, 3, 11, 100].map((n) => formatMissedCallGroup(missed(n), { locale: 'ar' }).text)).toEqual([
      'مكالمة فائتة واحدة',
      'مكالمتان فائتتان',
      '3 مكالمات فائتة',
      '11 مكالمة فائتة',
      '100 مكالمة فائتة',
    ]);
    expect(formatMissedCallGroup(missed(1), { locale: 'ar' }).text).not.toContain('مكالمات');
    // zero cannot come out of a non-empty group; the built-in zero form is still a proper phrase
    expect(new Intl.PluralRules('ar').select(0)).toBe('zero');
    expect(ar.missedCalls.zero).toBe('لا مكالمات فائتة');
  });
  it('throws on an empty list', () => {
    expect(() => formatMissedCallGroup([])).toThrow(RangeError);
  });
});

describe('formatCallTime', () => {
  const t = Date.UTC(2024, 0, 1, 14, 5);
  it('formats the time of day per locale', () => {
    expect(formatCallTime(t, { locale: 'en', timeZone: 'UTC' })).toBe('2:05 PM');
    expect(formatCallTime(t, { locale: 'zh-CN', timeZone: 'UTC' })).toBe('14:05');
    expect(formatCallTime(t, { locale: 'ja', timeZone: 'UTC' })).toBe('14:05');
    expect(formatCallTime(t, { locale: 'zh-TW', timeZone: 'UTC' })).toBe('下午2:05');
    expect(formatCallTime(t, { locale: 'en', timeZone: 'Asia/Shanghai' })).toBe('10:05 PM');
  });
  it("keeps a valid regional tag's clock", () => {
    expect(formatCallTime(t, { locale: 'en-GB', timeZone: 'UTC' })).toBe('14:05');
    expect(formatCallTime(t, { locale: 'en_GB', timeZone: 'UTC' })).toBe('14:05');
  });
  it('uses English for unknown tags', () => {
    expect(formatCallTime(t, { locale: 'fr-FR', timeZone: 'UTC' })).toBe('2:05 PM');
  });
  it('returns an empty string for an invalid timestamp', () => {
    for (const bad of [NaN, Infinity, -Infinity, 9e15, undefined as unknown as number]) {
      expect(formatCallTime(bad)).toBe('');
    }
  });
  it('ignores an invalid time zone', () => {
    expect(formatCallTime(t, { locale: 'en', timeZone: 'Not/AZone' })).toBe(
      formatCallTime(t, { locale: 'en' }),
    );
  });
});
