import type { CompleteCallRecordLocale } from '../../options';

/**
 * Thai call-record wording, from the Android dialer (AOSP/LineageOS Dialer `values-th`:
 * "สายที่ไม่ได้รับ", "ไม่ได้รับ %d สาย", "โทรกลับ", "การโทรด้วยเสียง", "วิดีโอคอล") and Fossify Phone
 * ("สิ้นสุดการโทร"). Thai writes no commas or full stops: the sentence parts are joined by a
 * space ("{call} {outcome}"), as are the duration units ("1 นาที 2 วินาที").
 *
 * @example
 * formatCallRecord(record, { locale: th, selfId: 'me' }).text; // 'สายที่ไม่ได้รับ'
 */
export const th: CompleteCallRecordLocale = {
  code: 'th',
  name: 'ไทย',
  dir: 'ltr',
  messages: {
    cancelledCaller: 'ยกเลิกแล้ว',
    cancelledCallee: 'สายที่ไม่ได้รับ',
    cancelledUnknown: 'การโทรถูกยกเลิก',
    rejectedCaller: 'ปลายสายปฏิเสธ',
    rejectedCallee: 'คุณปฏิเสธสาย',
    rejectedUnknown: 'สายถูกปฏิเสธ',
    timeoutCaller: 'ไม่มีผู้รับสาย',
    timeoutCallee: 'สายที่ไม่ได้รับ',
    timeoutUnknown: 'ไม่มีการรับสาย',
    busyCaller: 'สายไม่ว่าง',
    busyCallee: 'สายที่ไม่ได้รับ (ไม่ว่าง)',
    busyUnknown: 'สายไม่ว่าง',
    completed: 'ระยะเวลาการโทร {duration}',
    ended: 'สิ้นสุดการโทร',
    callRecord: 'บันทึกการโทร',
    outgoingAudioCall: 'การโทรด้วยเสียงขาออก',
    outgoingVideoCall: 'วิดีโอคอลขาออก',
    incomingAudioCall: 'การโทรด้วยเสียงขาเข้า',
    incomingVideoCall: 'วิดีโอคอลขาเข้า',
    audioCall: 'การโทรด้วยเสียง',
    videoCall: 'วิดีโอคอล',
    audio: 'เสียง',
    video: 'วิดีโอ',
    audioPreview: '[การโทรด้วยเสียง]',
    videoPreview: '[วิดีโอคอล]',
    missedCalls: { other: 'ไม่ได้รับ {count} สาย' },
    missedCallsSpoken: '{text} ({media})',
    label: '{call} {outcome}',
    spokenDuration: '{text} ({duration})',
    withTime: '{label} {time}',
    withAction: '{label} {action}',
    callBack: 'โทรกลับ',
    units: null,
    unitSeparator: ' ',
    missedAudioCall: 'การโทรด้วยเสียงที่ไม่ได้รับ',
    missedVideoCall: 'วิดีโอคอลที่ไม่ได้รับ',
    callFrom: '{call}จาก {name}',
    callTo: '{call}ถึง {name}',
    callCount: { other: '{count} ครั้ง' },
    withCount: '{label} {count}',
    dayAtTime: '{day} เวลา {time}',
    allCallsFilter: 'ทั้งหมด',
    missedCallsFilter: 'ไม่ได้รับ',
    noRecentCalls: 'ไม่มีการโทรล่าสุด',
  },
};
