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

/** What a V2 conversation id `<own account>|<type>|<target>` says: a one-to-one or a group conversation. */
type ConversationKind =
  | { readonly kind: 'p2p'; readonly owner: string; readonly target: string }
  | { readonly kind: 'group' }
  | undefined;

/**
 * Reads a V2 conversation id: type 1 is one-to-one, 2 (team) and 3 (super team) a group; `undefined`
 * for any other value.
 */
function readConversationId(conversationId: unknown): ConversationKind {
  if (typeof conversationId !== 'string') return undefined;
  const [owner, type, target, ...rest] = conversationId.split('|');
  if (rest.length > 0 || owner === undefined || target === undefined || target === '') return undefined;
  if (type === '1') return { kind: 'p2p', owner, target };
  return type === '2' || type === '3' ? { kind: 'group' } : undefined;
}

/**
 * The viewer's other account in a one-to-one conversation: its target, or its owner when the target is
 * the viewer (an id written from the other side: `'alice|1|bob'` seen by bob); `undefined` otherwise.
 */
function p2pOtherOf(conversation: ConversationKind, self: string | undefined): string | undefined {
  if (conversation?.kind !== 'p2p') return undefined;
  if (conversation.target !== self) return conversation.target;
  return conversation.owner === '' ? undefined : conversation.owner;
}

/** What a record tells of its call besides its message: its duration entries and the one flagged caller. */
interface CallEntries {
  readonly entries: readonly CallDuration[];
  readonly caller: string | undefined;
}

function callEntriesOf(record: CallRecord): CallEntries {
  const entries: readonly CallDuration[] = Array.isArray(record.durations) ? record.durations : [];
  return { entries, caller: accountOf(entries.find((entry) => entry.caller === true)) };
}

/** The sender or receiver the direction points at: the caller of an incoming call, the callee of an outgoing one. */
function peerFromMessage(
  record: CallRecord,
  direction: CallRecordDirection,
  { entries, caller }: CallEntries,
): string | undefined {
  if (direction === 'incoming') return record.senderId ?? caller;
  if (direction === 'outgoing')
    return record.receiverId ?? accountOf(entries.find((entry) => entry.caller === false));
  return undefined;
}

/** The one account of `durations` besides the viewer's, when the viewer is among them with exactly one other. */
function peerFromDurations(entries: readonly CallDuration[], self: string | undefined): string | undefined {
  if (self === undefined) return undefined;
  const accounts = new Set(entries.map(accountOf));
  if (!accounts.has(self) || accounts.has(undefined)) return undefined;
  accounts.delete(self);
  return accounts.size === 1 ? [...accounts][0] : undefined;
}

/**
 * Whom a call-back reaches, from the first that names someone: the message's sender or receiver (by the
 * direction); the record's own one-to-one V2 `conversationId`; the conversation the app shows
 * (`conversationId` option); the one account in `durations` besides the viewer's. Nobody for a record sent in
 * a team or a super team, in a team conversation the app shows (for a record that names nobody itself), or
 * sent to oneself.
 */
function peerOf(
  record: CallRecord,
  direction: CallRecordDirection,
  call: CallEntries,
  self: string | undefined,
  shownConversationId: unknown,
): string | undefined {
  const ownConversation = readConversationId(record.conversationId);
  const type = record.conversationType;
  if (type === 'team' || type === 'superTeam' || ownConversation?.kind === 'group') return undefined;
  if (record.senderId !== undefined && record.senderId === record.receiverId) return undefined;
  const fromMessage = peerFromMessage(record, direction, call);
  if (fromMessage !== undefined) return fromMessage;
  const fromRecordConversation = p2pOtherOf(ownConversation, self);
  if (fromRecordConversation !== undefined) return fromRecordConversation;
  const shownConversation = readConversationId(shownConversationId);
  if (shownConversation?.kind === 'group') return undefined;
  return p2pOtherOf(shownConversation, self) ?? peerFromDurations(call.entries, self);
}

/**
 * The viewer's side of a call. Direction: with `selfId` and a sender, whether the viewer sent it
 * (the sender is the caller); else with `selfId` and a duration entry flagged `caller: true`,
 * whether that entry is the viewer's; else the record's own `direction` (`isSelf`/`flow`); else
 * `'unknown'`. The peer, whom a call-back reaches, comes from the first of: the caller of an incoming
 * call or the callee of an outgoing one; the record's own one-to-one V2 `conversationId`
 * (`'bob|1|alice'` → `'alice'`); `conversationId`, the conversation the app shows; the one account in
 * `durations` besides the viewer's. None in a team or super team, when it would be the viewer or an
 * empty id, or when the record was sent to oneself. `selfId` is read by {@link viewerIdOf}: `''` or a value that is not a
 * string is no viewer.
 * @internal
 *
 * @example
 * viewerSide(record, 'bob'); // { direction: 'incoming', peerId: 'alice' } for alice's call to bob
 * viewerSide(createdMessageRecord, 'bob', 'bob|1|alice'); // { direction: 'outgoing', peerId: 'alice' }
 */
export function viewerSide(record: CallRecord, selfId: unknown, conversationId?: unknown): ViewerSide {
  const self = viewerIdOf(selfId);
  const call = callEntriesOf(record);
  const direction = directionOf(record, self, call.caller);
  const peer = peerOf(record, direction, call, self, conversationId);
  // Nobody for the viewer, or for an empty account id (a hand-written record, an entry of `durations`).
  return { direction, peerId: peer === self || peer === '' ? undefined : peer };
}
