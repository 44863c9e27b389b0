import type { CallDuration, CallRecord } from '../record';
import type { CallRecordDirection } from './view';

/**
 * Where the viewer stands in a call, and whom a call-back would reach.
 * @internal
 *
 * @example
 * const side: ViewerSide = { direction: 'incoming', peerId: 'alice' };
 */
export interface ViewerSide {
  readonly direction: CallRecordDirection;
  readonly peerId: string | undefined;
}

/**
 * The viewer's account id as every formatter reads `selfId`: a non-empty string as it is; `undefined` (no
 * viewer) for `''`, `undefined` and anything that is not a string. {@link viewerSide} and `pickSeconds`
 * both read it through here, so a `selfId` means the same for the side of a call and for its duration.
 * @internal
 *
 * @example
 * viewerIdOf('bob'); // 'bob'
 * viewerIdOf(''); // undefined
 * viewerIdOf(42); // undefined
 */
export function viewerIdOf(selfId: unknown): string | undefined {
  return typeof selfId === 'string' && selfId !== '' ? selfId : undefined;
}

const accountOf = (entry: CallDuration | undefined): string | undefined =>
  typeof entry?.accountId === 'string' ? entry.accountId : undefined;

function directionOf(
  record: CallRecord,
  selfId: string | undefined,
  caller: string | undefined,
): CallRecordDirection {
  if (selfId !== undefined && typeof record.senderId === 'string')
    return selfId === record.senderId ? 'outgoing' : 'incoming';
  if (selfId !== undefined && caller !== undefined) return selfId === caller ? 'outgoing' : 'incoming';
  if (record.direction === 'outgoing' || record.direction === 'incoming') return record.direction;
  return 'unknown';
}

function peerOf(
  record: CallRecord,
  direction: CallRecordDirection,
  entries: readonly CallDuration[],
  caller: string | undefined,
): string | undefined {
  if (direction === 'incoming') return record.senderId ?? caller;
  if (direction === 'outgoing')
    return record.receiverId ?? accountOf(entries.find((entry) => entry.caller === false));
  return undefined;
}

/**
 * The viewer's side of a call. Direction: with `selfId` and a sender, whether the viewer sent it
 * (the sender is the caller); else with `selfId` and a duration entry flagged `caller: true`,
 * whether that entry is the viewer's; else the record's own `direction` (`isSelf`/`flow`); else
 * `'unknown'`. The peer: the receiver of an outgoing call, the caller of an incoming one; none when
 * the direction is unknown, when it would be the viewer, or when the record was sent to oneself.
 * `selfId` is read by {@link viewerIdOf}: `''` or a value that is not a string is no viewer.
 * @internal
 *
 * @example
 * viewerSide(record, 'bob'); // { direction: 'incoming', peerId: 'alice' } for alice's call to bob
 */
export function viewerSide(record: CallRecord, selfId: unknown): ViewerSide {
  const self = viewerIdOf(selfId);
  const entries: readonly CallDuration[] = Array.isArray(record.durations) ? record.durations : [];
  const caller = accountOf(entries.find((entry) => entry.caller === true));
  const direction = directionOf(record, self, caller);
  const peer = peerOf(record, direction, entries, caller);
  const sentToOneself = record.senderId !== undefined && record.senderId === record.receiverId;
  const peerId = sentToOneself || peer === self ? undefined : peer;
  return { direction, peerId };
}
