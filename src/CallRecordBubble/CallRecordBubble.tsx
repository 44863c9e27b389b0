import { forwardRef, memo, useContext, useMemo, useSyncExternalStore } from 'react';
import type { CSSProperties, ForwardedRef, ReactElement } from 'react';
import { ThemeContext } from 'styled-components';
import type { CallRecordLocale, CallRecordMessages, CallRecordOptions } from '../format';
import type { CallRecord } from '../record';
import { themeVariablesStyle } from '../theme';
import { merge } from '../shared';
import { useCallRecordContext, useStableMessages } from '../CallRecordProvider';
import { callIcon } from './icons';
import { resolveBubble } from './resolve';
import { BubbleRoot } from './styles';

const noopSubscribe = (): (() => void) => () => {};
const isClient = (): boolean => true;
const isServer = (): boolean => false;

/**
 * Props of {@link CallRecordBubble}. `selfId`, `locale`, `messages`, `pickDuration`
 * and `timeZone` fall back to the nearest `CallRecordProvider`.
 */
export interface CallRecordBubbleProps {
  /**
   * The call record to show. Accepted, in this order:
   * - a `CallRecordItem` from `useCallRecords`: its `view` is shown as is (including the grouped
   *   "3 missed calls" view when `count > 1`) unless the bubble or a provider sets `selfId`,
   *   `locale`, `messages` or `pickDuration`; then its `record` (or, when `count > 1`, its
   *   `records` as a group) is formatted again with those options;
   * - a `ParseCallRecordResult` (`ok` → its record, otherwise the fallback);
   * - a normalized `CallRecord`;
   * - anything else is treated as a raw NIM message or attach (object or JSON string:
   *   bare attach, server copy, `V2NIMMessage`, v9 message, iOS record object) and
   *   parsed with `parseCallRecord` (memoized).
   *
   * Whatever does not yield a record (a failed parse, a text message, `null`, a
   * number, a cyclic object…) renders a neutral fallback labelled
   * `messages.callRecord` ("Call record" / "通话记录"); rendering never throws.
   */
  readonly record: unknown;
  /** The viewer's NIM account id: decides the side (own records on the inline-end side) and the wording. */
  readonly selfId?: string | undefined;
  /** A BCP 47 locale; default from the provider, else as `resolveCallRecordLocale` decides. */
  readonly locale?: string | CallRecordLocale | undefined;
  /** Wording overrides, merged over the provider's and the locale's strings. */
  readonly messages?: Partial<CallRecordMessages> | undefined;
  /** Which duration a completed call shows (see `formatCallRecord`). */
  readonly pickDuration?: CallRecordOptions['pickDuration'] | undefined;
  /**
   * Makes the bubble a `<button>` that calls back: receives the record (the latest one
   * of a group) and the other person's account id. Not called for the fallback, which
   * stays non-interactive.
   */
  readonly onCallBack?: ((record: CallRecord, peerId: string | undefined) => void) | undefined;
  /**
   * Show the time of day of the call (`formatCallTime`) in smaller, muted text, and add it to the
   * accessible name. Default `false`.
   *
   * Without a `timeZone` (prop or provider) the time depends on the viewer's zone, so it is left out
   * of server-rendered markup and of the hydration render, and appears right after hydration (a
   * client-only render shows it at once). Set `timeZone` to render it on the server as well.
   */
  readonly showTime?: boolean | undefined;
  /**
   * IANA time zone for `showTime`; default the provider's, else the runtime's. When set, the time is
   * also rendered on the server (in that zone); when not, only on the client (see `showTime`).
   */
  readonly timeZone?: string | undefined;
  /** Extra class on the root element. */
  readonly className?: string | undefined;
  /** Inline style on the root element (e.g. CSS custom properties such as `--crb-self-bg`). */
  readonly style?: CSSProperties | undefined;
  /** `id` of the root element. */
  readonly id?: string | undefined;
  /** `data-*` attributes are passed to the root element. */
  readonly [dataAttribute: `data-${string}`]: string | number | boolean | undefined;
}

/**
 * A chat bubble for one NIM call record (话单), or a group of missed calls.
 *
 * - **Look**: the viewer's own records (outgoing) sit on the inline-end side, the other
 *   person's on the inline-start side, each with its own colours; a phone handset
 *   (audio) or camera (video) icon, with an extra arrow and the missed colour for a
 *   missed call; the label; with `showTime`, the time of day.
 * - **Layout**: a block-level flex box sized to its content, at most 80% of its
 *   container's inline size, wrapping long text. Own bubbles take
 *   `margin-inline-start: auto`, the others `margin-inline-end: auto`, so it aligns in a
 *   block or flex-column container; reset `margin-inline` through `className` when your
 *   own row aligns it.
 * - **Right-to-left**: logical CSS properties only; the bubble follows its container's
 *   `dir` (so it mirrors with the chat), while the text inside gets the locale's
 *   direction (`dir="rtl"` for Arabic) and the root its `lang`.
 * - **Accessibility**: with `onCallBack`, a `<button type="button">` named by the full
 *   sentence plus the action ("Outgoing video call, call duration 01:15 (1 minute 15 seconds). Call back");
 *   without it, a `<div role="group">` named by the same sentence. The icon is `aria-hidden`.
 * - **Theming**: light tokens with no provider; override with a partial
 *   `CallRecordTheme` at `theme.callRecords` in styled-components' `ThemeProvider`, or set
 *   the `--crb-*` CSS custom properties on any ancestor.
 * - **Styling hooks**: `data-side="self|peer"`, `data-tone="normal|missed"`,
 *   `data-status`, `data-call-type`, `data-count` (groups), `data-fallback`.
 *
 * The ref points at the root element (`HTMLButtonElement` or `HTMLDivElement`).
 *
 * @example
 * ```tsx
 * <CallRecordProvider selfId="acc01" locale="en">
 *   <CallRecordBubble record={message} showTime onCallBack={(record, peerId) => startCall(peerId, record.callType)} />
 * </CallRecordProvider>
 * ```
 */
export const CallRecordBubble = /* @__PURE__ */ memo(
  /* @__PURE__ */ forwardRef<HTMLElement, CallRecordBubbleProps>(
    function CallRecordBubble(props, ref): ReactElement {
      const {
        record,
        selfId,
        locale,
        messages,
        pickDuration,
        onCallBack,
        showTime,
        timeZone,
        className,
        style,
        ...rest
      } = props;
      const context = useCallRecordContext();
      const theme: unknown = useContext(ThemeContext);
      const stableMessages = useStableMessages(messages);
      // false on the server and while hydrating, true after: a zone-less time is the viewer's, not the server's.
      const hydrated = useSyncExternalStore(noopSubscribe, isClient, isServer);
      const interactive = typeof onCallBack == 'function';
      const zone = timeZone ?? context.timeZone;
      const withTime = !!showTime && (zone !== undefined || hydrated);
      // One memo for everything derived from the props (fewer hooks per bubble: bench/run.mjs, render row).
      const bubble = useMemo(
        () =>
          resolveBubble(record, {
            selfId: selfId ?? context.selfId,
            locale: locale ?? context.locale,
            pickDuration: pickDuration ?? context.pickDuration,
            timeZone: zone,
            messages: merge(context.messages, stableMessages),
            showTime: withTime,
            interactive,
          }),
        [record, selfId, locale, pickDuration, zone, context, stableMessages, withTime, interactive],
      );
      const { record: resolved, view } = bubble;
      const canCallBack = interactive && !!resolved;
      return (
        <BubbleRoot
          {...rest}
          ref={ref as ForwardedRef<HTMLDivElement>}
          as={canCallBack ? 'button' : 'div'}
          type={canCallBack ? 'button' : undefined}
          onClick={canCallBack ? () => onCallBack(resolved, view?.peerId) : undefined}
          role={canCallBack ? undefined : 'group'}
          aria-label={bubble.name}
          className={className}
          style={merge<CSSProperties>(themeVariablesStyle(theme), style)}
          lang={bubble.locale}
          data-side={view ? (view.direction === 'outgoing' ? 'self' : 'peer') : undefined}
          data-tone={view?.tone ?? 'normal'}
          data-status={view?.status}
          data-call-type={view?.callType}
          data-count={view && view.count > 1 ? view.count : undefined}
          data-fallback={view ? undefined : 'true'}
        >
          {callIcon(view?.callType ?? 'audio', view?.tone === 'missed')}
          <span data-part="body" dir={bubble.dir}>
            <span data-part="label">{bubble.text}</span>
            {/* A space, so the visible text reads "Missed call 10:09" (label in name, WCAG 2.5.3); flex collapses it. */}
            {bubble.time ? ' ' : null}
            {bubble.time ? (
              <time data-part="time" dateTime={bubble.dateTime} suppressHydrationWarning>
                {bubble.time}
              </time>
            ) : null}
          </span>
        </BubbleRoot>
      );
    },
  ),
);
