import type { CallRecordMessages } from '../messages';

/**
 * English call-record strings (sentence case, British "Cancelled").
 *
 * @example
 * formatCallRecord(record, { locale: 'en', messages: { callBack: 'Ring back' } });
 */
export const en: CallRecordMessages = {
  cancelledCaller: 'Cancelled',
  rejectedCaller: 'Declined',
  timeoutCaller: 'No answer',
  busyCaller: 'Line busy',
  cancelledCallee: 'Missed call',
  rejectedCallee: 'You declined',
  timeoutCallee: 'Missed call',
  busyCallee: 'Missed call (busy)',
  completed: 'Call duration {duration}',
  ended: 'Call ended',
  audio: 'voice',
  video: 'video',
  audioPreview: '[Voice call]',
  videoPreview: '[Video call]',
  outgoing: 'Outgoing {media} call',
  incoming: 'Incoming {media} call',
  label: '{call}, {outcome}',
  spokenDuration: '{text} ({duration})',
  callBack: 'Call back',
  callRecord: 'Call record',
  missedCalls: { one: '{count} missed call', other: '{count} missed calls' },
  units: null,
  unitSeparator: ' ',
};
