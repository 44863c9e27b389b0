import { createContext, useContext, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { mergeCallRecordOptions, pickCallRecordOptions, sameCallRecordOptions } from '../options';
import type { CallRecordOptions } from '../options';

/** Props of {@link CallRecordProvider}: the shared options plus children. */
export interface CallRecordProviderProps extends CallRecordOptions {
  readonly children?: ReactNode;
}

/**
 * Internal: `options`, or the object returned on an earlier render when that one is
 * {@link sameCallRecordOptions} as `options`, so options built inline on every render (an inline
 * `messages={{ … }}` included) keep one identity, and memos below hold, as long as they do not change.
 *
 * @example
 * ```tsx
 * const own = useStableCallRecordOptions(pickCallRecordOptions(props));
 * ```
 */
export function useStableCallRecordOptions(options: CallRecordOptions): CallRecordOptions {
  const [stable, setStable] = useState(options);
  if (sameCallRecordOptions(stable, options)) return stable;
  setStable(() => options);
  return options;
}

const CallRecordContext = /* @__PURE__ */ createContext<CallRecordOptions>({});

/**
 * Sets the options of every call-record bubble and `useCallRecords` below it, once for a whole
 * chat: every option of `CallRecordOptions` is a prop.
 * Nested providers inherit what they leave unset (`messages` are merged key by key); options set on
 * a bubble or on the hook win over the provider's. No provider is required. An inline
 * `messages={{ … }}` is fine: it is compared key by key, so re-rendering the provider with equal
 * wording does not re-render the bubbles below it.
 *
 * @example
 * ```tsx
 * <CallRecordProvider selfId={me.accountId} locale="zh-CN">
 *   {messages.map((message) => <CallRecordBubble key={message.messageClientId} record={message} />)}
 * </CallRecordProvider>
 * ```
 */
export function CallRecordProvider(props: CallRecordProviderProps): ReactNode {
  const parent = useContext(CallRecordContext);
  const own = useStableCallRecordOptions(pickCallRecordOptions(props));
  const value = useMemo(() => mergeCallRecordOptions(parent, own), [parent, own]);
  return <CallRecordContext.Provider value={value}>{props.children}</CallRecordContext.Provider>;
}

/**
 * The options of the nearest {@link CallRecordProvider}, merged with those of the providers around
 * it (an empty object without one). `CallRecordBubble` and `useCallRecords` read them through this.
 *
 * @example
 * ```tsx
 * const { selfId, locale } = useCallRecordContext();
 * ```
 */
export function useCallRecordContext(): CallRecordOptions {
  return useContext(CallRecordContext);
}

/**
 * The value of the provider's context: the options themselves.
 *
 * @deprecated Use {@link CallRecordOptions}; kept so that code naming the old type still compiles.
 * @example
 * ```ts
 * const value: CallRecordContextValue = useCallRecordContext();
 * ```
 */
export type CallRecordContextValue = CallRecordOptions;
