/**
 * Internal, React-free object helpers used by the bubble.
 * Not part of the public API.
 */

/**
 * `override` merged over `base` key by key, or whichever is defined (the same object when only one
 * is), so an unchanged input keeps its identity.
 */
export const merge = <T extends object>(base: T | undefined, override: T | undefined): T | undefined =>
  base && override ? { ...base, ...override } : (override ?? base);
