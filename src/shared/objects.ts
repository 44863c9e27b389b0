/**
 * Internal, React-free object helpers shared by the bubble, its provider and the list collector.
 * Not part of the public API.
 */

/**
 * `b` merged over `a` key by key, or whichever is defined (the same object when only one is), so an
 * unchanged input keeps its identity.
 */
export const merge = <T extends object>(a: T | undefined, b: T | undefined): T | undefined =>
  a && b ? { ...a, ...b } : (b ?? a);

/** Same own keys, each value `Object.is`-equal (how `messages` overrides are compared). */
export const shallowEqual = (a: object | undefined, b: object | undefined): boolean => {
  if (a === b) return true;
  if (!a || !b) return false;
  const keys = Object.keys(a);
  return (
    keys.length == Object.keys(b).length &&
    keys.every(
      (key) =>
        Object.hasOwn(b, key) &&
        Object.is((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]),
    )
  );
};
