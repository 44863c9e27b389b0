/** How many entries one memo holds before it starts over. */
const MEMO_LIMIT = 256;

/**
 * The value of `key` in `memo`, made once with `make`. A memo that already holds {@link MEMO_LIMIT}
 * entries is emptied before a new one goes in, so no memo grows without bound whatever the input
 * (user-written templates, locale tags, time zones).
 * @internal
 *
 * @example
 * remember(formats, tag, () => new Intl.NumberFormat(tag));
 */
export function remember<Key, Value>(memo: Map<Key, Value>, key: Key, make: (key: Key) => Value): Value {
  const known = memo.get(key);
  if (known !== undefined) return known;
  const made = make(key);
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(key, made);
  return made;
}
