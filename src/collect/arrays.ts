/**
 * Whether `list` begins with every element of `prefix`, compared by identity (`===`). A hole reads
 * as `undefined`.
 *
 * @example
 * startsWith([a, b, c], [a, b]); // true
 */
export function startsWith(list: readonly unknown[], prefix: readonly unknown[]): boolean {
  if (prefix.length > list.length) return false;
  for (let i = 0; i < prefix.length; i++) {
    if (list[i] !== prefix[i]) return false;
  }
  return true;
}

/**
 * Whether two lists hold the same elements in the same order, compared by identity (`===`).
 *
 * @example
 * sameElements([a, b], [a, b]); // true
 */
export function sameElements(first: readonly unknown[], second: readonly unknown[]): boolean {
  return first.length === second.length && startsWith(first, second);
}

/**
 * `previous` when it holds the same elements as `current`, else a copy of `current`: a result shares
 * what did not change with the result before it, so memoized consumers skip work.
 *
 * @example
 * reuseIfSame([a, b], previousItems); // previousItems, when it is [a, b]
 */
export function reuseIfSame<Element>(
  current: readonly Element[],
  previous: readonly Element[] | undefined,
): readonly Element[] {
  if (previous !== undefined && sameElements(current, previous)) return previous;
  return current.slice();
}
