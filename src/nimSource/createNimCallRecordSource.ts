import { keysOf, MessageTimeline, timeOf } from './MessageTimeline';
import type {
  NimCallRecordSnapshot,
  NimCallRecordSource,
  NimCallRecordSourceOptions,
  NimClearHistoryNotification,
  NimMessage,
  NimMessageEvents,
  NimMessageListOption,
  NimMessageRemovedNotification,
  NimMessageService,
  NimMessageSource,
} from './types';

/** The SDK's page size when none is given. */
const DEFAULT_LIMIT = 50;

/** `V2NIMQueryDirection.V2NIM_QUERY_DIRECTION_DESC`: messages older than the anchor, newest first. */
const OLDER_FIRST = 0;

/**
 * Keeps one conversation's messages in step with `nim-web-sdk-ng`'s V2 message service, without
 * React: it loads the newest page of history, applies the service's events as they come, and tells
 * subscribers after each change. Hand its `messages` to `useCallRecords` or a collector.
 *
 * Events applied (each only for `conversationId`, and only for `messageTypes` when given):
 * - `onReceiveMessages`, `onSendMessage`: the message is added, or replaces the message it is a new
 *   version of (a new `sendingState`, the server's copy of a message sent here);
 * - `onReceiveMessagesModified`: replaces a message the list holds;
 * - `onMessageRevokeNotifications`, `onMessageDeletedNotifications`: the message is removed;
 * - `onClearHistoryNotifications`: every message created at or before `deleteTime` is removed, and
 *   there is no older history any more; a message an event brings afterwards that was created at or
 *   before it is stale and left out.
 *
 * Order and identity: messages are sorted by `createTime`, then by arrival; a message is one message
 * under its client id and under its server id, so a sent message and its server copy are one.
 *
 * Paging: `loadOlder()` asks `getMessageList` for the `limit` messages before the oldest one held
 * (`anchorMessage`, `direction` 0), with `messageTypes` when given. A page never replaces a message the
 * list already holds (events are newer), never brings back one removed or cleared while it was on its
 * way, and is never applied after `dispose()`. A failed page (a rejection, or a throw) becomes
 * `status: 'error'` with the SDK's error; nothing rejects.
 *
 * The source starts listening and loading when created; `dispose()` removes every listener it added.
 * A subscriber that throws stops nothing: the others are told, and its error is thrown again in a
 * microtask (the page's `error` event).
 * The SDK is never imported: pass the `nim` instance or its `V2NIMMessageService`.
 *
 * @param from - the `nim` instance (`NIM.getInstance({ …, apiVersion: 'v2' })`) or its `V2NIMMessageService`.
 * @param conversationId - e.g. `nim.V2NIMConversationIdUtil.p2pConversationId('bob')`.
 * @param options - `limit` (default 50) and `messageTypes` (default: all; `[12]` for call records only).
 * @returns the source: `getSnapshot`, `subscribe`, `loadOlder`, `dispose`.
 * @example
 * ```ts
 * const source = createNimCallRecordSource(nim, 'alice|1|bob', { messageTypes: [12] });
 * const collector = createCallRecordCollector();
 * source.subscribe(() => show(collector.collect(source.getSnapshot().messages, { selfId: 'alice' })));
 * // later
 * source.dispose();
 * ```
 */
export function createNimCallRecordSource<Message extends NimMessage>(
  from: NimMessageSource<Message>,
  conversationId: string,
  options: NimCallRecordSourceOptions = {},
): NimCallRecordSource<Message> {
  const source = new ConversationSource(serviceOf(from), conversationId, options);
  return {
    getSnapshot: () => source.snapshot,
    subscribe: (listener) => source.subscribe(listener),
    loadOlder: () => source.loadOlder(),
    dispose: () => source.dispose(),
  };
}

/** The message service of `from`: the service itself, or the instance's `V2NIMMessageService`. */
export function serviceOf<Message>(from: NimMessageSource<Message>): NimMessageService<Message> {
  return 'V2NIMMessageService' in from ? from.V2NIMMessageService : from;
}

/** A history page on its way, and what happened meanwhile that its (older) copies must not undo. */
interface PendingPage<Message> {
  /** Settles when the page is applied or failed; never rejects. */
  done: Promise<void>;
  /** The keys of messages revoked or deleted meanwhile. */
  readonly removed: Set<string>;
  /** Messages edited meanwhile that the list did not hold yet. */
  readonly modified: Message[];
}

/** The event listeners of one source, one per event, added and removed together. */
type Listeners<Message> = {
  readonly [Event in keyof NimMessageEvents<Message>]: (...args: NimMessageEvents<Message>[Event]) => void;
};

/** The state and the event handling behind {@link createNimCallRecordSource}. */
class ConversationSource<Message extends NimMessage> {
  snapshot: NimCallRecordSnapshot<Message> = {
    messages: [],
    status: 'loading',
    error: undefined,
    hasOlder: true,
  };
  readonly #service: NimMessageService<Message>;
  readonly #conversationId: string;
  readonly #limit: number;
  readonly #messageTypes: readonly number[] | undefined;
  readonly #timeline = new MessageTimeline<Message>();
  readonly #subscribers = new Set<() => void>();
  readonly #listeners: Listeners<Message>;
  #pending: PendingPage<Message> | undefined;
  /** The latest `deleteTime` of a clear: nothing at or before it may come back. */
  #clearedThrough = Number.NEGATIVE_INFINITY;
  #disposed = false;

  constructor(
    service: NimMessageService<Message>,
    conversationId: string,
    options: NimCallRecordSourceOptions,
  ) {
    this.#service = service;
    this.#conversationId = conversationId;
    const { limit, messageTypes } = options;
    this.#limit = Number.isInteger(limit) && (limit as number) > 0 ? (limit as number) : DEFAULT_LIMIT;
    this.#messageTypes =
      Array.isArray(messageTypes) && messageTypes.length > 0 ? [...messageTypes] : undefined;
    this.#listeners = {
      onReceiveMessages: (messages) => this.#putAll(messages),
      onSendMessage: (message) => this.#putAll([message]),
      onReceiveMessagesModified: (messages) => this.#modify(messages),
      onMessageRevokeNotifications: (notifications) => this.#remove(notifications),
      onMessageDeletedNotifications: (notifications) => this.#remove(notifications),
      onClearHistoryNotifications: (notifications) => this.#clear(notifications),
    };
    this.#listen('on');
    void this.loadOlder();
  }

  subscribe(listener: () => void): () => void {
    this.#subscribers.add(listener);
    return () => {
      this.#subscribers.delete(listener);
    };
  }

  loadOlder(): Promise<void> {
    if (this.#pending !== undefined) return this.#pending.done;
    if (this.#disposed || !this.snapshot.hasOlder) return Promise.resolve();
    const pending: PendingPage<Message> = { done: Promise.resolve(), removed: new Set(), modified: [] };
    this.#pending = pending;
    // Loading is shown first: a getMessageList that throws at once settles the page inside #fetch.
    this.#publish({ status: 'loading', error: undefined });
    pending.done = this.#fetch(pending);
    return pending.done;
  }

  dispose(): void {
    if (this.#disposed) return;
    this.#disposed = true;
    this.#pending = undefined;
    this.#subscribers.clear();
    this.#listen('off');
  }

  /** Adds (`'on'`) or removes (`'off'`) every listener of this source, one per event of `NimMessageEvents`. */
  #listen(method: 'on' | 'off'): void {
    const events = Object.keys(this.#listeners) as (keyof NimMessageEvents<Message>)[];
    for (const event of events) {
      this.#service[method](event, this.#listeners[event] as (...args: unknown[]) => void);
    }
  }

  /** Asks for the page before the oldest message and applies it, unless it went stale meanwhile. */
  async #fetch(pending: PendingPage<Message>): Promise<void> {
    const query: NimMessageListOption<Message> = {
      conversationId: this.#conversationId,
      limit: this.#limit,
      direction: OLDER_FIRST,
    };
    const anchor = this.#timeline.oldest();
    if (anchor !== undefined) query.anchorMessage = anchor;
    if (this.#messageTypes !== undefined) query.messageTypes = [...this.#messageTypes];
    let page: unknown;
    try {
      page = await this.#service.getMessageList(query);
    } catch (error) {
      if (this.#pending !== pending) return;
      this.#pending = undefined;
      this.#publish({ status: 'error', error });
      return;
    }
    if (this.#pending !== pending) return;
    this.#pending = undefined;
    this.#applyPage(Array.isArray(page) ? (page as Message[]) : [], pending);
  }

  /** Adds a page's messages (newest first, as the SDK answers) the list does not hold yet. */
  #applyPage(page: readonly Message[], pending: PendingPage<Message>): void {
    for (const message of [...page].reverse()) {
      const removed = keysOf(message).some((key) => pending.removed.has(key));
      if (removed || !this.#keeps(message) || this.#clearedAway(message)) continue;
      this.#timeline.add(message);
    }
    for (const message of pending.modified) this.#timeline.replace(message);
    const cleared = this.#clearedThrough > Number.NEGATIVE_INFINITY;
    this.#publish({ status: 'ready', error: undefined, hasOlder: !cleared && page.length >= this.#limit });
  }

  #putAll(messages: readonly Message[]): void {
    for (const message of listOf(messages)) {
      if (this.#admits(message)) this.#timeline.put(message);
    }
    this.#publish({});
  }

  #modify(messages: readonly Message[]): void {
    for (const message of listOf(messages)) {
      if (!this.#admits(message)) continue;
      if (this.#timeline.has(keysOf(message))) this.#timeline.replace(message);
      else this.#pending?.modified.push(message);
    }
    this.#publish({});
  }

  #remove(notifications: readonly NimMessageRemovedNotification[]): void {
    for (const { messageRefer } of listOf(notifications)) {
      if (!this.#belongs(messageRefer)) continue;
      this.#timeline.remove(messageRefer);
      for (const key of keysOf(messageRefer)) this.#pending?.removed.add(key);
    }
    this.#publish({});
  }

  #clear(notifications: readonly NimClearHistoryNotification[]): void {
    let cleared = false;
    for (const { conversationId, deleteTime } of listOf(notifications)) {
      if (conversationId !== this.#conversationId || typeof deleteTime !== 'number') continue;
      this.#clearedThrough = Math.max(this.#clearedThrough, deleteTime);
      this.#timeline.removeThrough(deleteTime);
      cleared = true;
    }
    this.#publish(cleared ? { hasOlder: false } : {});
  }

  /**
   * Whether an event's message joins the list: of this conversation, of a kept type, and created after
   * the latest clear (NIM's clear removes the history through `deleteTime`, so an event that brings an
   * older message, e.g. a late delivery or another device's sync, is stale).
   */
  #admits(message: Message): boolean {
    return this.#belongs(message) && this.#keeps(message) && !this.#clearedAway(message);
  }

  /** Whether `message` was created at or before the latest clear's `deleteTime`. */
  #clearedAway(message: Message): boolean {
    return timeOf(message) <= this.#clearedThrough;
  }

  /** Whether a message or a notification's `messageRefer` is of this conversation. */
  #belongs(message: { readonly conversationId?: string | undefined } | undefined): boolean {
    return message?.conversationId === this.#conversationId;
  }

  /** Whether `message` is of a kept type (every type without `messageTypes`). */
  #keeps(message: Message): boolean {
    return this.#messageTypes === undefined || this.#messageTypes.includes(message.messageType as number);
  }

  /** Takes the timeline's messages and `changes` into a new snapshot and tells subscribers, if anything changed. */
  #publish(changes: Partial<Omit<NimCallRecordSnapshot<Message>, 'messages'>>): void {
    const previous = this.snapshot;
    const next = { ...previous, ...changes, messages: this.#timeline.messages() };
    const same =
      next.messages === previous.messages &&
      next.status === previous.status &&
      next.error === previous.error &&
      next.hasOlder === previous.hasOlder;
    if (same || this.#disposed) return;
    this.snapshot = next;
    for (const subscriber of [...this.#subscribers]) tell(subscriber);
  }
}

/**
 * Calls `subscriber`; what it throws is thrown again in a microtask of its own, as `EventTarget` reports a
 * listener's error: it reaches the page's `error` event (or Node's `uncaughtException`) without stopping
 * the other subscribers, the SDK's emitter that called the source, or a page load (whose promise would
 * reject, unhandled).
 */
function tell(subscriber: () => void): void {
  try {
    subscriber();
  } catch (error) {
    queueMicrotask(() => {
      throw error;
    });
  }
}

/** `value` when it is an array (an event's argument, as a listener receives it), else no items. */
function listOf<Item>(value: readonly Item[]): readonly Item[] {
  return Array.isArray(value) ? value : [];
}
