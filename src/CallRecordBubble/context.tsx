import { createContext, useContext, useMemo } from 'react';
import type { ReactNode } from 'react';
import type { CallRecordMessages, FormatCallRecordOptions } from '../format';

/**
 * Settings shared by every call-record bubble (and `useCallRecords`) below a
 * {@link CallRecordProvider}. Every field is optional; a bubble's own props win.
 */
export interface CallRecordContextValue {
  /** The viewer's NIM account id: decides outgoing vs incoming and the duration shown. */
  readonly selfId?: string | undefined;
  /** A BCP 47 locale (`'zh-CN'`, `'en'`, `'ar'`…); unsupported ones fall back as `resolveCallRecordLocale` decides. */
  readonly locale?: string | undefined;
  /** Wording overrides merged over the locale's built-in strings. */
  readonly messages?: Partial<CallRecordMessages> | undefined;
  /** Which duration a completed call shows; see `FormatCallRecordOptions['pickDuration']`. */
  readonly pickDuration?: FormatCallRecordOptions['pickDuration'] | undefined;
  /** IANA time zone for the time of day shown with `showTime` (default: the runtime's zone). Set it when rendering on a server. */
  readonly timeZone?: string | undefined;
}

/** Props of {@link CallRecordProvider}: the shared settings plus children. */
export interface CallRecordProviderProps extends CallRecordContextValue {
  readonly children?: ReactNode;
}

/**
 * Internal: `b` merged over `a` key by key, or whichever is defined (the same object when only one is),
 * so an unchanged input keeps its identity.
 */
export const merge = <T extends object>(a: T | undefined, b: T | undefined): T | undefined =>
  a && b ? { ...a, ...b } : (b ?? a);

const CallRecordContext = /* @__PURE__ */ createContext<CallRecordContextValue>({});

/**
 * Sets `selfId`, `locale`, `messages` (and optionally `pickDuration`, `timeZone`) once
 * for a whole chat. Nested providers inherit what they leave unset (`messages` are
 * merged); props on a bubble override the provider. No provider is required.
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
  const value = useMemo<CallRecordContextValue>(
    () => ({
      selfId: selfId ?? parent.selfId,
      locale: locale ?? parent.locale,
      messages: merge(parent.messages, messages),
      pickDuration: pickDuration ?? parent.pickDuration,
      timeZone: timeZone ?? parent.timeZone,
    }),
    [parent, selfId, locale, messages, pickDuration, timeZone],
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
