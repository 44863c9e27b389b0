import type { CallRecordItem } from '../collect';
import type { CallRecordView } from '../format';
import type { CallLogKind } from './types';

/**
 * One call of a call log: the collector's item, with what folding compares.
 * @internal
 */
export interface LoggedCall<Message> {
  readonly item: CallRecordItem<Message>;
  readonly kind: CallLogKind;
  /** `'YYYY-MM-DD'` in the log's zone, `undefined` without a timestamp. */
  readonly day: string | undefined;
}

/**
 * The kind of row a call's view makes: `'missed'` for `tone: 'missed'`, else its direction.
 * @internal
 *
 * @example
 * kindOf(formatCallRecord(timedOutCallToBob, { selfId: 'bob' })); // 'missed'
 */
export function kindOf(view: Pick<CallRecordView, 'tone' | 'direction'>): CallLogKind {
  return view.tone === 'missed' ? 'missed' : view.direction;
}

/** Whether a call of this kind was missed: what folding tells apart, as a phone's Recents does. */
const isMissed = (kind: CallLogKind): boolean => kind === 'missed';

/**
 * Whether `call` joins the row whose last (oldest) call so far is `previous`: the same person, the
 * same call type, both missed or both not (an incoming and an outgoing call share a row, as in a
 * phone's Recents), on the same known day. A call whose side nobody knows never folds, even when its
 * person is known (from the conversation id or the durations).
 */
function foldsWith(previous: LoggedCall<unknown>, call: LoggedCall<unknown>): boolean {
  const { peerId } = call.item.view;
  return (
    call.kind !== 'unknown' &&
    previous.kind !== 'unknown' &&
    peerId !== undefined &&
    peerId === previous.item.view.peerId &&
    call.item.view.callType === previous.item.view.callType &&
    isMissed(call.kind) === isMissed(previous.kind) &&
    call.day !== undefined &&
    call.day === previous.day
  );
}

/**
 * Folds calls, newest first, into the calls of each row: consecutive calls with the same person
 * (`view.peerId`), the same call type, both missed or both not, and the same day share a row. A call whose side
 * nobody knows (kind `'unknown'`, even with a person), without a person (a record sent to oneself) or
 * without a timestamp has a row of its own.
 * @internal
 *
 * @example
 * foldCalls([missedFromBob, missedFromBob, outgoingToBob, incomingFromBob]).map((row) => row.length); // [2, 2]
 */
export function foldCalls<Message>(calls: readonly LoggedCall<Message>[]): LoggedCall<Message>[][] {
  const rows: LoggedCall<Message>[][] = [];
  let open: LoggedCall<Message>[] | undefined;
  for (const call of calls) {
    const last = open?.[open.length - 1];
    if (open !== undefined && last !== undefined && foldsWith(last, call)) {
      open.push(call);
    } else {
      open = [call];
      rows.push(open);
    }
  }
  return rows;
}
