// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { fa } from '../src/format/locales/fa';
import { he } from '../src/format/locales/he';
import { hi } from '../src/format/locales/hi';
import { id } from '../src/format/locales/id';
import { ms } from '../src/format/locales/ms';
import { th } from '../src/format/locales/th';
import { tr } from '../src/format/locales/tr';
import { vi } from '../src/format/locales/vi';
import type { CallRecordMessages } from '../src/format/types';
import { describeLocaleStructure } from './localeStructure';
import type { LocaleFacts } from './localeStructure';

/** What one locale file must say, written out literally. */
interface LocaleExpectation extends LocaleFacts {
  /** A few strings checked word for word. */
  readonly spotChecks: Partial<Record<keyof CallRecordMessages, unknown>>;
}

const EXPECTATIONS: readonly LocaleExpectation[] = [
  {
    locale: tr,
    code: 'tr',
    name: 'Türkçe',
    dir: 'ltr',
    pluralCategories: ['one', 'other'],
    unitSeparator: ' ',
    spotChecks: {
      cancelledCallee: 'Cevapsız arama',
      timeoutCaller: 'Cevap yok',
      timeoutUnknown: 'Cevaplanmadı',
      rejectedCaller: 'Reddedildi',
      incomingAudioCall: 'Gelen sesli arama',
      outgoingVideoCall: 'Giden görüntülü arama',
      completed: 'Arama süresi {duration}',
      callBack: 'Geri ara',
      missedCalls: { one: '{count} cevapsız arama', other: '{count} cevapsız arama' },
      label: '{call}, {outcome}',
    },
  },
  {
    locale: id,
    code: 'id',
    name: 'Bahasa Indonesia',
    dir: 'ltr',
    pluralCategories: ['other'],
    unitSeparator: ' ',
    spotChecks: {
      cancelledCallee: 'Panggilan tak terjawab',
      rejectedCallee: 'Anda menolak panggilan',
      rejectedUnknown: 'Panggilan ditolak',
      timeoutCaller: 'Tidak ada jawaban',
      incomingAudioCall: 'Panggilan suara masuk',
      completed: 'Durasi panggilan {duration}',
      missedCalls: { other: '{count} panggilan tak terjawab' },
    },
  },
  {
    locale: ms,
    code: 'ms',
    name: 'Bahasa Melayu',
    dir: 'ltr',
    pluralCategories: ['other'],
    unitSeparator: ' ',
    spotChecks: {
      cancelledCallee: 'Panggilan terlepas',
      timeoutCaller: 'Tiada jawapan',
      busyCaller: 'Talian sibuk',
      incomingVideoCall: 'Panggilan video masuk',
      ended: 'Panggilan tamat',
      callBack: 'Panggil balik',
      missedCalls: { other: '{count} panggilan terlepas' },
    },
  },
  {
    locale: vi,
    code: 'vi',
    name: 'Tiếng Việt',
    dir: 'ltr',
    pluralCategories: ['other'],
    unitSeparator: ' ',
    spotChecks: {
      cancelledCallee: 'Cuộc gọi nhỡ',
      rejectedCallee: 'Bạn đã từ chối',
      rejectedUnknown: 'Cuộc gọi bị từ chối',
      timeoutCaller: 'Không trả lời',
      outgoingAudioCall: 'Cuộc gọi thoại đi',
      incomingVideoCall: 'Cuộc gọi video đến',
      completed: 'Thời lượng cuộc gọi {duration}',
      missedCalls: { other: '{count} cuộc gọi nhỡ' },
    },
  },
  {
    locale: th,
    code: 'th',
    name: 'ไทย',
    dir: 'ltr',
    pluralCategories: ['other'],
    unitSeparator: ' ',
    spotChecks: {
      cancelledCallee: 'สายที่ไม่ได้รับ',
      timeoutCaller: 'ไม่มีผู้รับสาย',
      busyCaller: 'สายไม่ว่าง',
      videoCall: 'วิดีโอคอล',
      callBack: 'โทรกลับ',
      missedCalls: { other: 'ไม่ได้รับ {count} สาย' },
      label: '{call} {outcome}',
      withTime: '{label} {time}',
      withAction: '{label} {action}',
    },
  },
  {
    locale: hi,
    code: 'hi',
    name: 'हिन्दी',
    dir: 'ltr',
    pluralCategories: ['one', 'other'],
    unitSeparator: ' ',
    spotChecks: {
      cancelledCallee: 'छूटा कॉल',
      rejectedCallee: 'आपने कॉल अस्वीकार किया',
      timeoutCaller: 'कोई जवाब नहीं',
      incomingVideoCall: 'इनकमिंग वीडियो कॉल',
      ended: 'कॉल समाप्त',
      callBack: 'वापस कॉल करें',
      missedCalls: { one: '{count} छूटा कॉल', other: '{count} छूटे कॉल' },
      withAction: '{label}। {action}',
    },
  },
  {
    locale: he,
    code: 'he',
    name: 'עברית',
    dir: 'rtl',
    pluralCategories: ['one', 'other', 'two'],
    unitSeparator: ', ',
    countInWords: ['one', 'two'],
    spotChecks: {
      cancelledCallee: 'שיחה שלא נענתה',
      rejectedCallee: 'דחית את השיחה',
      timeoutCaller: 'אין מענה',
      timeoutUnknown: 'השיחה לא נענתה',
      incomingAudioCall: 'שיחה קולית נכנסת',
      completed: 'משך השיחה {duration}',
      missedCalls: {
        one: 'שיחה אחת שלא נענתה',
        two: 'שתי שיחות שלא נענו',
        other: '{count} שיחות שלא נענו',
      },
      label: '{call}, {outcome}',
    },
  },
  {
    locale: fa,
    code: 'fa',
    name: 'فارسی',
    dir: 'rtl',
    pluralCategories: ['one', 'other'],
    unitSeparator: ' و ',
    spotChecks: {
      // بی and پاسخ are joined by a zero-width non-joiner (U+200C), spelled out here.
      cancelledCallee: 'تماس بی\u200cپاسخ',
      rejectedUnknown: 'تماس رد شد',
      timeoutCaller: 'بدون پاسخ',
      incomingVideoCall: 'تماس تصویری ورودی',
      ended: 'تماس پایان یافت',
      missedCalls: { one: '{count} تماس بی\u200cپاسخ', other: '{count} تماس بی\u200cپاسخ' },
      label: '{call}، {outcome}',
      withTime: '{label}، {time}',
    },
  },
];

describeLocaleStructure(EXPECTATIONS);

describe.each(EXPECTATIONS)('locale $code', (expected) => {
  it('says the spot-checked strings word for word', () => {
    for (const [key, text] of Object.entries(expected.spotChecks)) {
      expect(expected.locale.messages[key as keyof CallRecordMessages], key).toEqual(text);
    }
  });
});

describe('Hebrew dual', () => {
  it('writes the dual for two, different from one and from other', () => {
    expect(he.messages.missedCalls.two).toBe('שתי שיחות שלא נענו');
    expect(he.messages.missedCalls.two).not.toBe(he.messages.missedCalls.one);
    expect(he.messages.missedCalls.two).not.toBe(he.messages.missedCalls.other);
  });
});
