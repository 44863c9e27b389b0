import type { CallRecordError, ParseCallRecordResult } from '../record';
import { RecentCache } from './RecentCache';

/** The error of a message whose `getRecordInput` threw. */
export const READ_FAILED: CallRecordError = {
  code: 'invalid-field',
  message: 'getRecordInput: threw while reading this message',
};

/**
 * Parse results per message, so that each message is parsed once.
 *
 * - An object message (a message object, an app wrapper) is looked up by identity, for the
 *   collector's lifetime, without keeping it alive (a `WeakMap`).
 * - A primitive message (a server copy as a JSON string) is looked up by value, in a
 *   {@link RecentCache}: only the latest list's strings are kept, so a stream of distinct strings
 *   cannot grow the cache beyond one list.
 * - A message whose `getRecordInput` throws gives {@link READ_FAILED} and is not cached, so it is
 *   read again on the next full pass.
 *
 * Messages are treated as immutable: a message object changed in place is not parsed again.
 *
 * @example
 * const cache = new ParseCache(parseCallRecord);
 * cache.read(message, (m) => m.payload); // parses
 * cache.read(message, (m) => m.payload); // the same result, not parsed again
 */
export class ParseCache<Message> {
  readonly #parse: (input: unknown) => ParseCallRecordResult;
  readonly #objects = new WeakMap<object, ParseCallRecordResult>();
  readonly #primitives = new RecentCache<unknown, ParseCallRecordResult>();

  constructor(parse: (input: unknown) => ParseCallRecordResult) {
    this.#parse = parse;
  }

  /** The parse result of `message`, read through `getRecordInput` (when given) on its first visit. */
  read(message: Message, getRecordInput: ((message: Message) => unknown) | undefined): ParseCallRecordResult {
    const cached = this.#cached(message);
    if (cached !== undefined) return cached;
    let input: unknown = message;
    if (getRecordInput !== undefined) {
      try {
        input = getRecordInput(message);
      } catch {
        return { ok: false, error: READ_FAILED };
      }
    }
    const parsed = this.#parse(input);
    this.#remember(message, parsed);
    return parsed;
  }

  /** Begins a full pass: primitive messages that neither this pass nor the one before uses are forgotten at the next. */
  beginPass(): void {
    this.#primitives.beginGeneration();
  }

  #cached(message: Message): ParseCallRecordResult | undefined {
    return canBeWeakMapKey(message) ? this.#objects.get(message) : this.#primitives.get(message);
  }

  #remember(message: Message, parsed: ParseCallRecordResult): void {
    if (canBeWeakMapKey(message)) this.#objects.set(message, parsed);
    else this.#primitives.set(message, parsed);
  }
}

/** Whether a value can be a `WeakMap` key (an object or a function). */
const canBeWeakMapKey = (value: unknown): value is object =>
  (typeof value === 'object' && value !== null) || typeof value === 'function';
