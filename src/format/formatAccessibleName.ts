import { fillTemplate } from './fillTemplate';
import type { CallRecordMessages } from '../options';
import type { CallRecordView } from './view';

/**
 * What {@link formatAccessibleName} adds to a view's sentence.
 *
 * @example
 * const parts: AccessibleNameParts = { time: '14:05', action: true };
 */
export interface AccessibleNameParts {
  /** The time of day as shown (see `formatCallTime`); left out when `undefined` or `''`. */
  readonly time?: string | undefined;
  /** Add the call-back action (`messages.callBack`), for a bubble that calls back when pressed. */
  readonly action?: boolean | undefined;
}

/**
 * The accessible name of a bubble: the view's `accessibleLabel`, then the time of day through
 * `messages.withTime`, then the call-back action through `messages.withAction`, with the locale's
 * punctuation ("…, 14:05. Call back", "…，14:05。回拨", "…、14:05。かけ直す", "…، 14:05. معاودة الاتصال").
 * Pass the messages of the locale the view was formatted in (`getCallRecordMessages(view.locale,
 * overrides)`).
 *
 * @example
 * formatAccessibleName(view, { time: '14:05', action: true }, getCallRecordMessages('en'));
 * // 'Incoming voice call, Missed call, 14:05. Call back'
 */
export function formatAccessibleName(
  view: Pick<CallRecordView, 'accessibleLabel'>,
  parts: AccessibleNameParts,
  messages: CallRecordMessages,
): string {
  let name = view.accessibleLabel;
  if (typeof parts.time === 'string' && parts.time !== '')
    name = fillTemplate(messages.withTime, { label: name, time: parts.time });
  if (parts.action === true)
    name = fillTemplate(messages.withAction, { label: name, action: messages.callBack });
  return name;
}
