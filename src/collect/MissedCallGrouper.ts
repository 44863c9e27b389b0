import type { CallRecordView } from '../format';
import type { CallType } from '../record';

/** The group of missed calls that the next message may still join. */
interface OpenGroup {
  readonly peerId: string;
  readonly callType: CallType;
  readonly itemIndex: number;
}

/**
 * With `groupMissed`, folds missed calls into one row, as long as nothing else comes between them.
 *
 * A call joins the open group when it is a missed call (`tone: 'missed'`, an incoming call that did
 * not complete, with a known peer) from the group's peer, with the group's call type (audio and
 * video never mix), and the message right before it in the input list is the group's latest call.
 * Every other message ends the group: a text message, an ignored, broken or duplicate message,
 * and any other call. A call whose direction is not known is never a missed call.
 *
 * @example
 * const grouper = new MissedCallGrouper(true);
 * grouper.place(missedView, 0); // 0: a new row, which opens a group
 * grouper.place(missedView, 1); // 0: joins it
 * grouper.interrupt();          // a text message: the group ends
 */
export class MissedCallGrouper {
  readonly #enabled: boolean;
  #open: OpenGroup | undefined;

  constructor(enabled: boolean) {
    this.#enabled = enabled;
  }

  /**
   * The item index of a newly shown call with this view: the open group's when the call joins it,
   * else `newItemIndex` (a new row, which opens a group when the call is a missed call).
   */
  place(view: CallRecordView, newItemIndex: number): number {
    const peerId = this.#groupablePeer(view);
    const open = this.#open;
    if (peerId !== undefined && open?.peerId === peerId && open.callType === view.callType) {
      return open.itemIndex;
    }
    this.#open =
      peerId === undefined ? undefined : { peerId, callType: view.callType, itemIndex: newItemIndex };
    return newItemIndex;
  }

  /** Any message that is not a newly shown call ends the open group. */
  interrupt(): void {
    this.#open = undefined;
  }

  /** The peer of a call that can be grouped, else `undefined`. */
  #groupablePeer(view: CallRecordView): string | undefined {
    // The formatter gives `tone: 'missed'` only to an incoming call that did not connect.
    return this.#enabled && view.tone === 'missed' ? view.peerId : undefined;
  }
}
