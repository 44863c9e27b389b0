/**
 * A map that forgets what the latest list no longer uses: the memory behind the collector's caches
 * of primitive messages, views and items.
 *
 * Entries live in generations. A full pass over a list begins a generation; every entry read or
 * written during it moves into the new generation; when the pass ends, the entries it did not touch
 * are dropped. So the map never holds more than the entries of the latest list, however many
 * distinct keys went through it before. An append does not begin a generation: its new entries join
 * the current one.
 *
 * @example
 * const cache = new RecentCache<string, number>();
 * cache.beginGeneration();
 * cache.set('a', 1);
 * cache.endGeneration();
 * cache.get('a'); // 1
 */
export class RecentCache<Key, Value> {
  #current = new Map<Key, Value>();
  #previous = new Map<Key, Value>();

  /** The value for `key`, from this generation or the one before (then carried into this one). */
  get(key: Key): Value | undefined {
    const current = this.#current.get(key);
    if (current !== undefined) return current;
    const previous = this.#previous.get(key);
    if (previous !== undefined) this.#current.set(key, previous);
    return previous;
  }

  set(key: Key, value: Value): void {
    this.#current.set(key, value);
  }

  /** Starts a generation: until {@link endGeneration}, earlier entries are kept only when used. */
  beginGeneration(): void {
    this.#previous = this.#current;
    this.#current = new Map();
  }

  /** Drops the entries of earlier generations that the current one did not use. */
  endGeneration(): void {
    this.#previous = new Map();
  }
}
