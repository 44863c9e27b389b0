import type { CompleteCallRecordLocale } from '../../options';

/**
 * Arabic call-record wording (right-to-left; all six plural categories for counts; the singular
 * مكالمة for one call).
 *
 * @example
 * formatCallRecord(record, { locale: ar, selfId: 'me' }).text; // 'مكالمة فائتة'
 */
export const ar: CompleteCallRecordLocale = {
  code: 'ar',
  name: 'العربية',
  dir: 'rtl',
  messages: {
    cancelledCaller: 'تم الإلغاء',
    cancelledCallee: 'مكالمة فائتة',
    cancelledUnknown: 'مكالمة ملغاة',
    rejectedCaller: 'رفض الطرف الآخر المكالمة',
    rejectedCallee: 'مكالمة مرفوضة',
    rejectedUnknown: 'تم رفض المكالمة',
    timeoutCaller: 'لم يتم الرد',
    timeoutCallee: 'مكالمة فائتة',
    timeoutUnknown: 'لم يتم الرد',
    busyCaller: 'الخط مشغول',
    busyCallee: 'مكالمة فائتة (الخط مشغول)',
    busyUnknown: 'الخط مشغول',
    completed: 'مدة المكالمة: {duration}',
    ended: 'انتهت المكالمة',
    callRecord: 'سجل المكالمة',
    outgoingAudioCall: 'مكالمة صوتية صادرة',
    outgoingVideoCall: 'مكالمة فيديو صادرة',
    incomingAudioCall: 'مكالمة صوتية واردة',
    incomingVideoCall: 'مكالمة فيديو واردة',
    audioCall: 'مكالمة صوتية',
    videoCall: 'مكالمة فيديو',
    audio: 'صوتية',
    video: 'فيديو',
    audioPreview: '[مكالمة صوتية]',
    videoPreview: '[مكالمة فيديو]',
    missedCalls: {
      zero: 'لا مكالمات فائتة',
      one: 'مكالمة فائتة واحدة',
      two: 'مكالمتان فائتتان',
      few: '{count} مكالمات فائتة',
      many: '{count} مكالمة فائتة',
      other: '{count} مكالمة فائتة',
    },
    missedCallsSpoken: '{text} ({media})',
    label: '{call}، {outcome}',
    spokenDuration: '{text} ({duration})',
    withTime: '{label}، {time}',
    withAction: '{label}. {action}',
    callBack: 'معاودة الاتصال',
    units: null,
    unitSeparator: ' و',
    missedAudioCall: 'مكالمة صوتية فائتة',
    missedVideoCall: 'مكالمة فيديو فائتة',
    callFrom: '{call} من {name}',
    callTo: '{call} إلى {name}',
    callCount: {
      zero: '{count} مرة',
      one: 'مرة واحدة',
      two: 'مرتان',
      few: '{count} مرات',
      many: '{count} مرة',
      other: '{count} مرة',
    },
    withCount: '{label}، {count}',
    dayAtTime: '{day} في {time}',
    allCallsFilter: 'الكل',
    missedCallsFilter: 'فائتة',
    noRecentCalls: 'ما من مكالمات حديثة',
  },
};
