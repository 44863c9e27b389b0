// The parts of nim-web-sdk-ng's V2 message API the source uses, described by their shape: the SDK's own
// `V2NIMMessageService` and `V2NIMMessage` fit them, and nothing here needs the SDK installed
// (react-call-records/core exports these types, and its .d.ts must not name the SDK).

/**
 * The fields of a `V2NIMMessage` the source reads: its ids, its type, its time and its conversation.
 * Every `V2NIMMessage` of `nim-web-sdk-ng` fits.
 *
 * @example
 * ```ts
 * const message: NimMessage = { messageClientId: 'c1', messageType: 12, createTime: 1732500000000, conversationId: 'alice|1|bob' };
 * ```
 */
export interface NimMessage {
  readonly messageClientId?: string | undefined;
  readonly messageServerId?: string | undefined;
  readonly messageType?: number | undefined;
  readonly createTime?: number | undefined;
  readonly conversationId?: string | undefined;
}

/**
 * The ids of a message a notification names (the SDK's `V2NIMMessageRefer`, as far as it is read).
 *
 * @example
 * ```ts
 * const refer: NimMessageRefer = { messageClientId: 'c1', messageServerId: '27715043871', conversationId: 'alice|1|bob' };
 * ```
 */
export interface NimMessageRefer {
  readonly messageClientId?: string | undefined;
  readonly messageServerId?: string | undefined;
  readonly conversationId?: string | undefined;
}

/**
 * A revoke or delete notification (`V2NIMMessageRevokeNotification`,
 * `V2NIMMessageDeletedNotification`): the message it removes.
 *
 * @example
 * ```ts
 * const revoked: NimMessageRemovedNotification = { messageRefer: { messageClientId: 'c1', conversationId: 'alice|1|bob' } };
 * ```
 */
export interface NimMessageRemovedNotification {
  readonly messageRefer: NimMessageRefer;
}

/**
 * A clear-history notification (`V2NIMClearHistoryNotification`): every message of the conversation
 * created at or before `deleteTime` (ms) is gone.
 *
 * @example
 * ```ts
 * const cleared: NimClearHistoryNotification = { conversationId: 'alice|1|bob', deleteTime: 1732500000000 };
 * ```
 */
export interface NimClearHistoryNotification {
  readonly conversationId: string;
  readonly deleteTime: number;
}

/**
 * The events of `V2NIMMessageListener` the source applies, with their arguments.
 *
 * @example
 * ```ts
 * const name: keyof NimMessageEvents<NimMessage> = 'onReceiveMessages';
 * ```
 */
export interface NimMessageEvents<Message> {
  onReceiveMessages: [messages: Message[]];
  onSendMessage: [message: Message];
  onReceiveMessagesModified: [messages: Message[]];
  onMessageRevokeNotifications: [notifications: NimMessageRemovedNotification[]];
  onMessageDeletedNotifications: [notifications: NimMessageRemovedNotification[]];
  onClearHistoryNotifications: [notifications: NimClearHistoryNotification[]];
}

/**
 * The query of one history page (`V2NIMMessageListOption`): `direction` 0 asks for messages older
 * than `anchorMessage` (the anchor itself excluded), newest first.
 *
 * @example
 * ```ts
 * const query: NimMessageListOption<NimMessage> = { conversationId: 'alice|1|bob', limit: 50, direction: 0 };
 * ```
 */
export interface NimMessageListOption<Message> {
  conversationId: string;
  messageTypes?: number[];
  limit?: number;
  anchorMessage?: Message;
  direction?: number;
}

/**
 * What the source needs of `nim.V2NIMMessageService`: listening (`on`, `off`) and one history query
 * (`getMessageList`). The SDK's service fits as it is.
 *
 * @example
 * ```ts
 * const service: NimMessageService<V2NIMMessage> = nim.V2NIMMessageService;
 * ```
 */
export interface NimMessageService<Message> {
  on<Event extends keyof NimMessageEvents<Message>>(
    event: Event,
    listener: (...args: NimMessageEvents<Message>[Event]) => void,
  ): void;
  off<Event extends keyof NimMessageEvents<Message>>(
    event: Event,
    listener: (...args: NimMessageEvents<Message>[Event]) => void,
  ): void;
  getMessageList(option: NimMessageListOption<Message>): Promise<Message[]>;
}

/**
 * A `nim` instance (`NIM.getInstance({ …, apiVersion: 'v2' })`), as far as the source reads it.
 *
 * @example
 * ```ts
 * const instance: NimInstance<V2NIMMessage> = nim;
 * ```
 */
export interface NimInstance<Message> {
  readonly V2NIMMessageService: NimMessageService<Message>;
}

/**
 * Where a conversation's messages come from: the `nim` instance, or its `V2NIMMessageService`.
 *
 * @example
 * ```ts
 * const from: NimMessageSource<V2NIMMessage> = nim; // or nim.V2NIMMessageService
 * ```
 */
export type NimMessageSource<Message> = NimInstance<Message> | NimMessageService<Message>;

/**
 * How a source pages history.
 *
 * - `limit` (default 50, the SDK's): messages per page. A page with fewer ends the history (`hasOlder`
 *   becomes `false`).
 * - `messageTypes` (default: every type): the message types history pages and events keep; `[12]`
 *   keeps call records only (a call log).
 *
 * @example
 * ```ts
 * const callsOnly: NimCallRecordSourceOptions = { limit: 100, messageTypes: [12] };
 * ```
 */
export interface NimCallRecordSourceOptions {
  readonly limit?: number | undefined;
  readonly messageTypes?: readonly number[] | undefined;
}

/**
 * Where a source stands: `'loading'` while a history page is on its way, `'error'` when the last page
 * failed (`error` holds why; `loadOlder()` tries it again), else `'ready'`.
 *
 * @example
 * ```ts
 * const status: NimCallRecordStatus = 'loading';
 * ```
 */
export type NimCallRecordStatus = 'loading' | 'ready' | 'error';

/**
 * One state of a source, a new object at each change (fit for `useSyncExternalStore`).
 *
 * - `messages`: the conversation's messages, oldest first (by `createTime`, then arrival), each once.
 * - `status`, `error`: see {@link NimCallRecordStatus}; `error` is what the SDK rejected with (a
 *   `V2NIMError`, with `code` and `desc`), `undefined` unless `status` is `'error'`.
 * - `hasOlder`: whether history may hold older messages (`true` until a short page or a clear says no).
 *
 * @example
 * ```ts
 * const { messages, status, hasOlder } = source.getSnapshot();
 * ```
 */
export interface NimCallRecordSnapshot<Message> {
  readonly messages: readonly Message[];
  readonly status: NimCallRecordStatus;
  readonly error: unknown;
  readonly hasOlder: boolean;
}

/**
 * One conversation's messages, kept in step with the SDK (see `createNimCallRecordSource`).
 *
 * @example
 * ```ts
 * const unsubscribe = source.subscribe(() => render(source.getSnapshot()));
 * await source.loadOlder();
 * unsubscribe();
 * source.dispose();
 * ```
 */
export interface NimCallRecordSource<Message> {
  /** The current state; the same object until something changes. */
  getSnapshot(): NimCallRecordSnapshot<Message>;
  /** Calls `listener` after each change; returns the function that stops it. */
  subscribe(listener: () => void): () => void;
  /**
   * Loads the page before the oldest message (the newest page when there is none yet). Resolves when
   * it is applied or failed, never rejects; while a page is on its way it returns that page's promise.
   */
  loadOlder(): Promise<void>;
  /** Removes every listener the source added; a page still on its way is never applied. */
  dispose(): void;
}
