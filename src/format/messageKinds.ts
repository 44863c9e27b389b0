import type { CallRecordMessages } from '../options';

/**
 * What a message key holds: `text` a string (a word or a template), `plural` a {@link PluralMessage}
 * object, `units` three unit templates or `null`.
 */
type MessageKind = 'text' | 'plural' | 'units';

/** Every key of {@link CallRecordMessages} and the kind of value it holds. */
const MESSAGE_KINDS = {
  cancelledCaller: 'text',
  cancelledCallee: 'text',
  cancelledUnknown: 'text',
  rejectedCaller: 'text',
  rejectedCallee: 'text',
  rejectedUnknown: 'text',
  timeoutCaller: 'text',
  timeoutCallee: 'text',
  timeoutUnknown: 'text',
  busyCaller: 'text',
  busyCallee: 'text',
  busyUnknown: 'text',
  completed: 'text',
  ended: 'text',
  callRecord: 'text',
  outgoingAudioCall: 'text',
  outgoingVideoCall: 'text',
  incomingAudioCall: 'text',
  incomingVideoCall: 'text',
  audioCall: 'text',
  videoCall: 'text',
  audio: 'text',
  video: 'text',
  audioPreview: 'text',
  videoPreview: 'text',
  missedCalls: 'plural',
  missedCallsSpoken: 'text',
  label: 'text',
  spokenDuration: 'text',
  withTime: 'text',
  withAction: 'text',
  callBack: 'text',
  units: 'units',
  unitSeparator: 'text',
  missedAudioCall: 'text',
  missedVideoCall: 'text',
  callFrom: 'text',
  callTo: 'text',
  callCount: 'plural',
  withCount: 'text',
  dayAtTime: 'text',
  allCallsFilter: 'text',
  missedCallsFilter: 'text',
  noRecentCalls: 'text',
} as const satisfies Record<keyof CallRecordMessages, MessageKind>;

/**
 * The keys of {@link CallRecordMessages}, in table order.
 * @internal
 *
 * @example
 * MESSAGE_KEYS.length; // 44
 */
export const MESSAGE_KEYS = Object.keys(MESSAGE_KINDS) as readonly (keyof CallRecordMessages)[];

const isPluralMessage = (value: unknown): boolean =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  Object.hasOwn(value, 'other') &&
  typeof (value as { other: unknown }).other === 'string';

const isUnits = (value: unknown): boolean =>
  value === null ||
  (Array.isArray(value) && value.length === 3 && value.every((unit) => typeof unit === 'string'));

/**
 * Whether `value` is what the message `key` must hold: a string for text keys, an object with a
 * string `other` for `missedCalls` and `callCount`, `null` or three strings for `units`. Unknown keys are never valid.
 * @internal
 *
 * @example
 * isValidMessage('units', 5); // false
 */
export function isValidMessage(key: string, value: unknown): boolean {
  if (!Object.hasOwn(MESSAGE_KINDS, key)) return false;
  const kind: MessageKind = MESSAGE_KINDS[key as keyof CallRecordMessages];
  if (kind === 'plural') return isPluralMessage(value);
  if (kind === 'units') return isUnits(value);
  return typeof value === 'string';
}
