import { useCallback, useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import type { UseCallRecordsResult } from '../collect';
import { createNimCallRecordSource, serviceOf } from '../nimSource';
import type {
  NimCallRecordSnapshot,
  NimCallRecordSource,
  NimCallRecordSourceOptions,
  NimCallRecordStatus,
  NimMessage,
  NimMessageService,
  NimMessageSource,
} from '../nimSource';
import { useCallRecords } from '../useCallRecords';
import type { UseCallRecordsOptions } from '../useCallRecords';

/**
 * The options of {@link useNimCallRecords}: those of `useCallRecords` (every `CallRecordOptions`
 * option, defaulting to the nearest `CallRecordProvider`'s, plus `groupMissed` and `getRecordInput`)
 * and those of the source: `limit` (default 50 per history page) and `messageTypes` (default: all;
 * `[12]` for call records only). A new `limit` or `messageTypes` starts over with a new source.
 *
 * @example
 * ```ts
 * useNimCallRecords(nim, conversationId, { selfId: me, groupMissed: true, limit: 30 });
 * ```
 */
export interface UseNimCallRecordsOptions<M = unknown>
  extends UseCallRecordsOptions<M>, NimCallRecordSourceOptions {}

/**
 * What {@link useNimCallRecords} returns: what `useCallRecords` returns (`items`, `errors`, `stats`)
 * plus the conversation's state.
 *
 * - `messages`: every message of the conversation held so far, oldest first (text messages too, when
 *   `messageTypes` keeps them), for an app that renders the whole conversation.
 * - `status`: `'loading'` while a history page is on its way, `'error'` when the last one failed,
 *   else `'ready'`; `error`: what the SDK rejected with (a `V2NIMError`: `code`, `desc`).
 * - `hasOlder`: whether `loadOlder()` may find older messages.
 * - `loadOlder()`: loads the page before the oldest message (retries a failed page); never rejects.
 *
 * @example
 * ```ts
 * const { items, status, hasOlder, loadOlder } = useNimCallRecords(nim, conversationId);
 * ```
 */
export interface UseNimCallRecordsResult<M = unknown> extends UseCallRecordsResult<M> {
  readonly messages: readonly M[];
  readonly status: NimCallRecordStatus;
  readonly error: unknown;
  readonly hasOlder: boolean;
  readonly loadOlder: () => Promise<void>;
}

/** What a source is made from: a new value of any of these makes a new source. */
interface SourceInputs<Message> {
  readonly service: NimMessageService<Message>;
  readonly conversationId: string;
  readonly limit: number | undefined;
  /** `messageTypes` joined by commas (compared by value), `undefined` for every type. */
  readonly messageTypes: string | undefined;
}

/** The source the mounted effect opened, and its latest snapshot. */
interface OpenSource<Message> {
  readonly inputs: SourceInputs<Message>;
  readonly source: NimCallRecordSource<Message>;
  readonly snapshot: NimCallRecordSnapshot<Message>;
}

/** What the hook shows before its effect has opened the source for the current inputs. */
const NOT_OPEN: NimCallRecordSnapshot<never> = {
  messages: [],
  status: 'loading',
  error: undefined,
  hasOlder: true,
};

const loadNothing = (): Promise<void> => Promise.resolve();

/**
 * Holds the one source of a component, opened by its effect and closed by the effect's cleanup, and
 * tells React (`useSyncExternalStore`) when the source changes. Under StrictMode the effect opens,
 * closes and opens again: two sources, the first disposed with its listeners.
 */
class SourceSlot<Message extends NimMessage> {
  #open: OpenSource<Message> | undefined;
  readonly #listeners = new Set<() => void>();

  readonly subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    return () => {
      this.#listeners.delete(listener);
    };
  };

  readonly current = (): OpenSource<Message> | undefined => this.#open;

  /** Creates the source of `inputs`; returns the function that disposes of it. */
  open(inputs: SourceInputs<Message>): () => void {
    const messageTypes = inputs.messageTypes?.split(',').map(Number);
    const source = createNimCallRecordSource(inputs.service, inputs.conversationId, {
      limit: inputs.limit,
      messageTypes,
    });
    const show = () => {
      this.#open = { inputs, source, snapshot: source.getSnapshot() };
      for (const listener of [...this.#listeners]) listener();
    };
    const unsubscribe = source.subscribe(show);
    show();
    return () => {
      unsubscribe();
      source.dispose();
      if (this.#open?.source === source) this.#open = undefined;
    };
  }
}

function sameInputs<Message>(first: SourceInputs<Message>, second: SourceInputs<Message>): boolean {
  return (
    first.service === second.service &&
    first.conversationId === second.conversationId &&
    first.limit === second.limit &&
    first.messageTypes === second.messageTypes
  );
}

/**
 * One conversation's call records, live: `useCallRecords` over the messages of a
 * `createNimCallRecordSource`, which loads the newest page of history from `nim-web-sdk-ng` and
 * applies its V2 message events (received, sent and re-sent, modified, revoked, deleted, cleared) as
 * they come. The SDK is not imported: pass the `nim` instance (or its `V2NIMMessageService`).
 *
 * - Rows keep their item objects across events: a received message is an append (only it is read), an
 *   older page a prepend (every kept row keeps its item); see `useCallRecords`.
 * - A new `nim`, `conversationId`, `limit` or `messageTypes` disposes of the source and starts a new one
 *   (the hook shows `status: 'loading'` and no rows meanwhile, never the previous conversation's); so
 *   does unmounting, which removes every listener the hook added. A page that arrives after either is
 *   dropped. Safe under StrictMode.
 * - Errors of the SDK (`getMessageList` rejecting, e.g. `V2NIMError` 190002 "illegal state" before
 *   login) are `status: 'error'` and `error`, never thrown; `loadOlder()` tries again.
 *
 * @param nim - the `nim` instance (`NIM.getInstance({ …, apiVersion: 'v2' })`) or its `V2NIMMessageService`.
 * @param conversationId - the conversation, e.g. `nim.V2NIMConversationIdUtil.p2pConversationId('bob')`.
 * @param options - see {@link UseNimCallRecordsOptions}.
 * @returns see {@link UseNimCallRecordsResult}.
 * @example
 * ```tsx
 * const { items, status, hasOlder, loadOlder } = useNimCallRecords(nim, conversationId, { selfId: me });
 * return (
 *   <>
 *     {hasOlder && <button onClick={() => void loadOlder()} disabled={status === 'loading'}>Older calls</button>}
 *     {items.map((item) => <CallRecordBubble key={item.key} record={item} />)}
 *   </>
 * );
 * ```
 */
export function useNimCallRecords<M extends NimMessage>(
  nim: NimMessageSource<M>,
  conversationId: string,
  options: UseNimCallRecordsOptions<M> = {},
): UseNimCallRecordsResult<M> {
  const service = serviceOf(nim);
  const { limit } = options;
  const messageTypes = options.messageTypes?.length ? options.messageTypes.join(',') : undefined;
  const [slot] = useState(() => new SourceSlot<M>());
  useEffect(
    () => slot.open({ service, conversationId, limit, messageTypes }),
    [slot, service, conversationId, limit, messageTypes],
  );
  const open = useSyncExternalStore(slot.subscribe, slot.current, slot.current);
  const isCurrent =
    open !== undefined && sameInputs(open.inputs, { service, conversationId, limit, messageTypes });
  const snapshot: NimCallRecordSnapshot<M> = isCurrent ? open.snapshot : NOT_OPEN;
  const source = isCurrent ? open.source : undefined;
  const loadOlder = useCallback(() => (source === undefined ? loadNothing() : source.loadOlder()), [source]);
  const collected = useCallRecords(snapshot.messages, options);
  return useMemo(
    () => ({
      ...collected,
      messages: snapshot.messages,
      status: snapshot.status,
      error: snapshot.error,
      hasOlder: snapshot.hasOlder,
      loadOlder,
    }),
    [collected, snapshot, loadOlder],
  );
}
