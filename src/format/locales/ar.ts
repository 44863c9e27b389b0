import type { CallRecordMessages } from '../messages';

/**
 * Arabic call-record strings (right-to-left; all six plural categories for counts).
 *
 * @example
 * formatCallRecord(record, { locale: 'ar' }).dir; // "rtl"
 */
export const ar: CallRecordMessages = {
  cancelledCaller: 'تم الإلغاء',
  rejectedCaller: 'رفض الطرف الآخر المكالمة',
  timeoutCaller: 'لم يتم الرد',
  busyCaller: 'الخط مشغول',
  cancelledCallee: 'مكالمة فائتة',
  rejectedCallee: 'مكالمة مرفوضة',
  timeoutCallee: 'مكالمة فائتة',
  busyCallee: 'مكالمة فائتة (الخط مشغول)',
  completed: 'مدة المكالمة {duration}',
  ended: 'انتهت المكالمة',
  audio: 'صوتية',
  video: 'فيديو',
  audioPreview: '[مكالمة صوتية]',
  videoPreview: '[مكالمة فيديو]',
  outgoing: 'مكالمة {media} صادرة',
  incoming: 'مكالمة {media} واردة',
  label: '{call}، {outcome}',
  spokenDuration: '{text} ({duration})',
  callBack: 'معاودة الاتصال',
  callRecord: 'سجل المكالمة',
  missedCalls: {
    zero: 'لا مكالمات فائتة',
    one: 'مكالمة فائتة واحدة',
    two: 'مكالمتان فائتتان',
    few: '{count} مكالمات فائتة',
    many: '{count} مكالمة فائتة',
    other: '{count} مكالمة فائتة',
  },
  units: null,
  unitSeparator: ' و',
};
