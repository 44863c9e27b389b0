import type { CompleteCallRecordLocale } from '../../options';

/**
 * Persian call-record wording (right-to-left). Outcomes follow the Android dialer (AOSP/LineageOS
 * Dialer `values-fa`: "تماس بی‌پاسخ", "%d تماس بی‌پاسخ", "تماس پایان یافت", "پاسخ تماس"); the call
 * names follow the messengers (Element, Element X: "تماس صوتی", "تماس تصویری", "تماس رد شد"). Persian
 * comma "،" in sentences; duration units joined by " و " ("۱ دقیقه و ۲ ثانیه").
 *
 * @example
 * formatCallRecord(record, { locale: fa, selfId: 'me' }).text; // 'تماس بی‌پاسخ'
 */
export const fa: CompleteCallRecordLocale = {
  code: 'fa',
  name: 'فارسی',
  dir: 'rtl',
  messages: {
    cancelledCaller: 'لغو شد',
    cancelledCallee: 'تماس بی‌پاسخ',
    cancelledUnknown: 'تماس لغو شد',
    rejectedCaller: 'رد شد',
    rejectedCallee: 'تماس را رد کردید',
    rejectedUnknown: 'تماس رد شد',
    timeoutCaller: 'بدون پاسخ',
    timeoutCallee: 'تماس بی‌پاسخ',
    timeoutUnknown: 'پاسخ داده نشد',
    busyCaller: 'خط مشغول',
    busyCallee: 'تماس بی‌پاسخ (مشغول)',
    busyUnknown: 'خط مشغول',
    completed: 'مدت تماس {duration}',
    ended: 'تماس پایان یافت',
    callRecord: 'گزارش تماس',
    outgoingAudioCall: 'تماس صوتی خروجی',
    outgoingVideoCall: 'تماس تصویری خروجی',
    incomingAudioCall: 'تماس صوتی ورودی',
    incomingVideoCall: 'تماس تصویری ورودی',
    audioCall: 'تماس صوتی',
    videoCall: 'تماس تصویری',
    audio: 'صوتی',
    video: 'تصویری',
    audioPreview: '[تماس صوتی]',
    videoPreview: '[تماس تصویری]',
    missedCalls: { one: '{count} تماس بی‌پاسخ', other: '{count} تماس بی‌پاسخ' },
    missedCallsSpoken: '{text} ({media})',
    label: '{call}، {outcome}',
    spokenDuration: '{text} ({duration})',
    withTime: '{label}، {time}',
    withAction: '{label}. {action}',
    callBack: 'پاسخ تماس',
    units: null,
    unitSeparator: ' و ',
    missedAudioCall: 'تماس صوتی بی‌پاسخ',
    missedVideoCall: 'تماس تصویری بی‌پاسخ',
    callFrom: '{call} از {name}',
    callTo: '{call} به {name}',
    callCount: { one: '{count} بار', other: '{count} بار' },
    withCount: '{label}، {count}',
    dayAtTime: '{day} ساعت {time}',
    allCallsFilter: 'همه',
    missedCallsFilter: 'بی‌پاسخ',
    noRecentCalls: 'هیچ تماس اخیری موجود نیست',
  },
};
