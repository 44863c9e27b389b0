/**
 * A map that forgets what the latest lists no longer use: the memory behind the collector's caches
 * of primitive messages, views and items.
 *
 * Entries live in generations. A full pass over a list begins a generation; every entry read or
 * written during it moves into the new generation. An entry is dropped once two full passes in a
 * row have not used it, so the map never holds more than the entries of the latest few lists,
 * however many distinct keys went through it before, and a pass React rendered but never committed
 * (a suspended transition, a list filtered and then abandoned) does not evict what the committed
 * list still uses. An append does not begin a generation: its new entries join the current one.
 *
 * @example
 * const cache = new RecentCache<string, number>();
 * cache.beginGeneration();
 * cache.set('a', 1);
 * cache.get('a'); // 1
 */
export class RecentCache<Key, Value> {
  #current = new Map<Key, Value>();
  #previous = new Map<Key, Value>();
  #older = new Map<Key, Value>();

  /** The value for `key`, from this generation or the two before (then carried into this one). */
  get(key: Key): Value | undefined {
    const current = this.#current.get(key);
    if (current !== undefined) return current;
    const earlier = this.#previous.get(key) ?? this.#older.get(key);
    if (earlier !== undefined) this.#current.set(key, earlier);
    return earlier;
  }

  set(key: Key, value: Value): void {
    this.#current.set(key, value);
  }

  /**
   * Starts a generation: entries that neither the generation before nor this one uses are dropped
   * when the next one starts.
   */
  beginGeneration(): void {
    this.#older = this.#previous;
    this.#previous = this.#current;
    this.#current = new Map();
  }
}
