import { pickCallRecordOptions } from '../options';
import type { CallRecordOptions } from '../options';
import type { CallRecord } from '../record';
import { getCallRecordMessages } from './getCallRecordMessages';
import { PREVIEW_KEYS, mediaOf } from './wordingKeys';

/**
 * The conversation-list preview of a call record: "[Voice call]", "[视频通话]", … in the locale
 * (a tag or a locale object; default English), with `messages` overrides.
 *
 * @example
 * callRecordPreview(record, { locale: 'zh-CN' }); // '[语音通话]'
 */
export function callRecordPreview(
  record: CallRecord,
  options?: Pick<CallRecordOptions, 'locale' | 'messages'>,
): string {
  const readable = pickCallRecordOptions(options);
  const messages = getCallRecordMessages(readable.locale, readable.messages);
  return messages[PREVIEW_KEYS[mediaOf(record.callType)]];
}
