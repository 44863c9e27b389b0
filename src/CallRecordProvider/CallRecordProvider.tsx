import { createContext, useContext, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import type { CallRecordLocale, CallRecordMessages, CallRecordOptions } from '../format';
import { merge, shallowEqual } from '../shared';

/**
 * Settings shared by every call-record bubble (and `useCallRecords`) below a
 * {@link CallRecordProvider}. Every field is optional; a bubble's own props win.
 */
export interface CallRecordContextValue {
  /** The viewer's NIM account id: decides outgoing vs incoming and the duration shown. */
  readonly selfId?: string | undefined;
  /** A BCP 47 locale (`'zh-CN'`, `'en'`, `'ar'`…); unsupported ones fall back as `resolveCallRecordLocale` decides. */
  readonly locale?: string | CallRecordLocale | undefined;
  /** Wording overrides merged over the locale's built-in strings. */
  readonly messages?: Partial<CallRecordMessages> | undefined;
  /** Which duration a completed call shows; see `CallRecordOptions['pickDuration']`. */
  readonly pickDuration?: CallRecordOptions['pickDuration'] | undefined;
  /** IANA time zone for the time of day shown with `showTime` (default: the runtime's zone). Set it when rendering on a server. */
  readonly timeZone?: string | undefined;
}

/** Props of {@link CallRecordProvider}: the shared settings plus children. */
export interface CallRecordProviderProps extends CallRecordContextValue {
  readonly children?: ReactNode;
}

/**
 * Internal: `value`, or the object returned on an earlier render when that one has the same keys
 * with `Object.is`-equal values, so an inline `messages={{ … }}` keeps one identity (and memoization
 * works) as long as its content does not change. A changed value re-renders the caller once more.
 */
export function useStableMessages<T extends object>(value: T | undefined): T | undefined {
  const [stable, setStable] = useState(value);
  if (stable === value) return stable;
  let equal = false;
  try {
    equal = shallowEqual(stable, value);
  } catch {
    // a hostile object: treat it as changed
  }
  if (equal) return stable;
  setStable(() => value);
  return value;
}

const CallRecordContext = /* @__PURE__ */ createContext<CallRecordContextValue>({});

/**
 * Sets `selfId`, `locale`, `messages` (and optionally `pickDuration`, `timeZone`) once
 * for a whole chat. Nested providers inherit what they leave unset (`messages` are
 * merged); props on a bubble override the provider. No provider is required.
 * An inline `messages={{ … }}` is fine: it is compared key by key, so re-rendering the provider
 * with equal wording does not re-render the bubbles below it.
 *
 * @example
 * ```tsx
 * <CallRecordProvider selfId={me.accountId} locale="zh-CN">
 *   {messages.map((m) => <CallRecordBubble key={m.messageClientId} record={m} />)}
 * </CallRecordProvider>
 * ```
 */
export function CallRecordProvider({
  children,
  selfId,
  locale,
  messages,
  pickDuration,
  timeZone,
}: CallRecordProviderProps): ReactNode {
  const parent = useContext(CallRecordContext);
  const stableMessages = useStableMessages(messages);
  const value = useMemo<CallRecordContextValue>(
    () => ({
      selfId: selfId ?? parent.selfId,
      locale: locale ?? parent.locale,
      messages: merge(parent.messages, stableMessages),
      pickDuration: pickDuration ?? parent.pickDuration,
      timeZone: timeZone ?? parent.timeZone,
    }),
    [parent, selfId, locale, stableMessages, pickDuration, timeZone],
  );
  return <CallRecordContext.Provider value={value}>{children}</CallRecordContext.Provider>;
}

/**
 * Reads the settings of the nearest {@link CallRecordProvider} (an empty object
 * without one). Used by `CallRecordBubble` and `useCallRecords`.
 *
 * @example
 * ```tsx
 * const { selfId, locale } = useCallRecordContext();
 * ```
 */
export function useCallRecordContext(): CallRecordContextValue {
  return useContext(CallRecordContext);
}
