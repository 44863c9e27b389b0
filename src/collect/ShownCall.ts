import type { CallRecordView } from '../format';
import type { CallRecord } from '../record';

/**
 * One call shown in the list: where its row is, and the report currently shown for it (the first
 * report, or a later one of the same call that carries more duration data).
 */
export interface ShownCall<Message> {
  /** The id of the call's first report: the row's key, kept when a later report replaces the record. */
  readonly key: string;
  /** The index of the item that shows this call (a missed-call group shows several). */
  readonly itemIndex: number;
  readonly record: CallRecord;
  readonly message: Message;
  readonly view: CallRecordView;
}
