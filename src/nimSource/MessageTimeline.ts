import type { NimMessage, NimMessageRefer } from './types';

/** One message of the timeline, with where it sorts and every key it is known by. */
interface Entry<Message> {
  message: Message;
  time: number;
  readonly arrival: number;
  readonly keys: Set<string>;
}

/**
 * The keys a message (or a notification's `messageRefer`) is known by: its client id and its server
 * id, each when present (the SDK writes `''` for a server id it does not have yet).
 */
export function keysOf(message: NimMessageRefer): string[] {
  const keys: string[] = [];
  if (message.messageClientId) keys.push(`client:${message.messageClientId}`);
  if (message.messageServerId && message.messageServerId !== '0') {
    keys.push(`server:${message.messageServerId}`);
  }
  return keys;
}

/** Where a message sorts: its `createTime`; a message without one sorts after every timed one. */
export function timeOf(message: NimMessage): number {
  return typeof message.createTime === 'number' && Number.isFinite(message.createTime)
    ? message.createTime
    : Number.POSITIVE_INFINITY;
}

/**
 * One conversation's messages, each once, oldest first.
 *
 * - Order: by `createTime`, then by arrival (the order the timeline was given them).
 * - One message, one entry: a message whose client id or server id the timeline already holds is the
 *   same message (a sent message and its server copy, a new `sendingState`, an edit), and replaces it.
 *
 * @example
 * const timeline = new MessageTimeline();
 * timeline.put({ messageClientId: 'c1', createTime: 2 });
 * timeline.put({ messageClientId: 'c1', messageServerId: 's1', createTime: 2 }); // the same message
 * timeline.messages(); // [{ messageClientId: 'c1', messageServerId: 's1', createTime: 2 }]
 */
export class MessageTimeline<Message extends NimMessage> {
  /** Sorted by time, then arrival. */
  readonly #entries: Entry<Message>[] = [];
  readonly #byKey = new Map<string, Entry<Message>>();
  #arrivals = 0;
  #messages: readonly Message[] = [];

  /** The messages, oldest first: the same array until the timeline changes. */
  messages(): readonly Message[] {
    return this.#messages;
  }

  /** The oldest message, if any. */
  oldest(): Message | undefined {
    return this.#entries[0]?.message;
  }

  /** Whether the timeline holds a message known by any of these keys. */
  has(keys: readonly string[]): boolean {
    return keys.some((key) => this.#byKey.has(key));
  }

  /**
   * Adds `message`, or replaces the message it is a new version of. When its client id and its server
   * id name two held entries (a message being sent, and its server copy that came with another client
   * id), they become one: `message`, known by every key of both, at the place of the earlier arrival.
   */
  put(message: Message): void {
    const keys = keysOf(message);
    const [existing, ...duplicates] = this.#findAll(keys);
    if (existing === undefined) {
      this.#insert({ message, time: timeOf(message), arrival: this.#arrivals++, keys: new Set() }, keys);
    } else {
      const mergedKeys = [...keys];
      for (const duplicate of duplicates) {
        this.#forget(duplicate);
        mergedKeys.push(...duplicate.keys);
      }
      this.#removeEntry(existing);
      existing.message = message;
      existing.time = timeOf(message);
      this.#insert(existing, mergedKeys);
    }
    this.#changed();
  }

  /** Adds `message` unless the timeline already holds it (a page never replaces what events brought). */
  add(message: Message): void {
    if (!this.has(keysOf(message))) this.put(message);
  }

  /** Replaces the message `message` is a new version of; a message the timeline lacks is left out. */
  replace(message: Message): void {
    if (this.has(keysOf(message))) this.put(message);
  }

  /** Removes the message `refer` names. */
  remove(refer: NimMessageRefer): void {
    const existing = this.#find(keysOf(refer));
    if (existing === undefined) return;
    this.#forget(existing);
    this.#changed();
  }

  /** Removes every message created at or before `time` (ms); those without a `createTime` stay. */
  removeThrough(time: number): void {
    const removed = this.#entries.filter((entry) => entry.time <= time);
    if (removed.length === 0) return;
    for (const entry of removed) this.#forget(entry);
    this.#changed();
  }

  #find(keys: readonly string[]): Entry<Message> | undefined {
    for (const key of keys) {
      const entry = this.#byKey.get(key);
      if (entry !== undefined) return entry;
    }
    return undefined;
  }

  /** Every held entry any of `keys` names, each once, the earliest arrival first. */
  #findAll(keys: readonly string[]): Entry<Message>[] {
    const found = new Set<Entry<Message>>();
    for (const key of keys) {
      const entry = this.#byKey.get(key);
      if (entry !== undefined) found.add(entry);
    }
    return [...found].sort((first, second) => first.arrival - second.arrival);
  }

  /** Puts `entry` at its place, known by its old keys and `keys`. */
  #insert(entry: Entry<Message>, keys: readonly string[]): void {
    for (const key of keys) {
      entry.keys.add(key);
      this.#byKey.set(key, entry);
    }
    this.#entries.splice(this.#placeOf(entry), 0, entry);
  }

  #removeEntry(entry: Entry<Message>): void {
    this.#entries.splice(this.#entries.indexOf(entry), 1);
  }

  /** Removes `entry` and every key it is known by. */
  #forget(entry: Entry<Message>): void {
    this.#removeEntry(entry);
    for (const key of entry.keys) this.#byKey.delete(key);
  }

  /** The index of the first entry that sorts after `entry` (a binary search). */
  #placeOf(entry: Entry<Message>): number {
    let low = 0;
    let high = this.#entries.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      const other = this.#entries[middle]!;
      const otherFirst =
        other.time < entry.time || (other.time === entry.time && other.arrival < entry.arrival);
      if (otherFirst) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  #changed(): void {
    this.#messages = this.#entries.map((entry) => entry.message);
  }
}
