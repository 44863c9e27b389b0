import { forwardRef, memo, useContext, useMemo, useSyncExternalStore } from 'react';
import type { CSSProperties, ReactElement, RefCallback } from 'react';
import { ThemeContext } from 'styled-components';
import { useCallRecordContext, useStableCallRecordOptions } from '../CallRecordProvider';
import { pickCallRecordOptions, withoutCallRecordOptions } from '../options';
import type { CallRecordOptions } from '../options';
import type { CallRecord } from '../record';
import { acceptedTimeZone } from '../format';
import { themeVariablesStyle } from '../theme';
import { callIcon } from './icons';
import { describeBubble } from './describeBubble';
import { readCallRecordInput } from './readCallRecordInput';
import { useRootRef } from './useRootRef';
import { shownOptions } from './viewOfCallRecordInput';
import { BubbleRoot } from './styles';

const noSubscription = (): (() => void) => () => {};
const onClient = (): boolean => true;
const onServer = (): boolean => false;

/** The theme's variables under the app's own `style` (the app's properties win), or whichever is set. */
function rootStyle(
  themeVariables: CSSProperties | undefined,
  style: CSSProperties | undefined,
): CSSProperties | undefined {
  return themeVariables && style ? { ...themeVariables, ...style } : (style ?? themeVariables);
}

/**
 * Props of {@link CallRecordBubble}: the record, how it is shown, and every option of
 * `CallRecordOptions` as a prop, each merged over the nearest `CallRecordProvider`'s.
 */
export interface CallRecordBubbleProps extends CallRecordOptions {
  /**
   * The call record to show. Accepted, in this order:
   * - a `CallRecordItem` from `useCallRecords` or the collector: its `view` is shown as is (the
   *   grouped "3 missed calls" view included). The options it was formatted with (`item.options`)
   *   win over the provider's; the bubble's own option props win over both, and when they (or the
   *   provider's, for an option the item did not set) change the view, the item is formatted again
   *   with every option merged, never with fewer;
   * - a `ParseCallRecordResult` (`ok` → its record, otherwise the fallback);
   * - a normalized `CallRecord`;
   * - anything else is treated as a raw NIM message or attach (object or JSON string) and parsed
   *   with `parseCallRecord`.
   *
   * Whatever does not yield a record (a failed parse, a text message, `null`, a number, a cyclic
   * object…) renders a neutral fallback labelled `messages.callRecord` ("Call record" / "通话记录");
   * rendering never throws.
   */
  readonly record: unknown;
  /**
   * Makes the bubble a `<button>` that calls back: receives the record (the latest one of a group)
   * and the other person's account id. Not offered when there is nobody to call back: the fallback,
   * a call whose side nobody knows, a record sent to oneself (no `peerId`).
   */
  readonly onCallBack?: ((record: CallRecord, peerId: string) => void) | undefined;
  /**
   * Show the time of day of the call (`formatCallTime`) in smaller, muted text, and add it to the
   * accessible name. Default `false`.
   *
   * Without a `timeZone` (prop, provider, or the options of the list item shown) the time depends on
   * the viewer's zone, so it is left out
   * of server-rendered markup and of the hydration render, and appears right after hydration (a
   * client-only render shows it at once). Set `timeZone` to render it on the server as well.
   */
  readonly showTime?: boolean | undefined;
  /**
   * How the bubble is drawn. Default `'bubble'`: a chat bubble of its own (background, border,
   * rounded corners with a tail, side margins, at most 80% of its container). `'content'`: only
   * its content, for a place that already draws the bubble, such as another chat kit's message
   * (Ant Design X's `Bubble` calls the same idea `variant="borderless"`): no background, border,
   * radius, tail, shadow, outer margin or maximum width; the icon, label, time, missed colour,
   * accessible name and call-back button stay; the font size and text colour are the container's,
   * and the content stays on one line while the container has room. Rendered as
   * `data-variant="content"` on the root element.
   *
   * @example
   * ```tsx
   * <Message model={{ type: 'custom', direction: 'incoming', position: 'single' }}>
   *   <Message.CustomContent>
   *     <CallRecordBubble record={message} variant="content" />
   *   </Message.CustomContent>
   * </Message>
   * ```
   */
  readonly variant?: 'bubble' | 'content' | undefined;
  /** Extra class on the root element; its rules win over every declaration of the bubble. */
  readonly className?: string | undefined;
  /**
   * Inline style on the root element (e.g. CSS custom properties such as `--crb-self-bg`, which win
   * over a `ThemeProvider` theme).
   */
  readonly style?: CSSProperties | undefined;
  /** `id` of the root element. */
  readonly id?: string | undefined;
  /** `data-*` attributes are passed to the root element. */
  readonly [dataAttribute: `data-${string}`]: string | number | boolean | undefined;
}

/** The `data-side` of a view: the viewer's own call, the other person's, or nobody knows whose. */
const SIDES = {
  outgoing: 'self',
  incoming: 'peer',
  unknown: 'unknown',
} as const;

/**
 * A chat bubble for one NIM call record (话单), or a group of missed calls.
 *
 * - **Look**: the viewer's own calls sit on the inline-end side, the other person's on the
 *   inline-start side, each with its own colours and a tail; a call whose side nobody knows
 *   (`view.direction` `'unknown'`) is centred, in the other person's neutral colours, without a
 *   tail, and is never shown as missed. A phone handset (audio) or camera (video) icon, with an
 *   extra arrow and the missed colour for a missed call; the label; with `showTime`, the time of day.
 * - **Layout**: a block-level flex box sized to its content, at most 80% of its container's inline
 *   size, wrapping long text. Own bubbles take `margin-inline-start: auto`, the others
 *   `margin-inline-end: auto`, the unknown side both, so it aligns in a block or flex-column
 *   container; when your own row aligns it, reset `margin-inline` through `className` (any rule of
 *   yours wins). With `variant="content"`, only the content: an inline box with no margin.
 * - **Right-to-left**: logical CSS properties only; the bubble follows its container's `dir` (so it
 *   mirrors with the chat, and the missed-call arrow points the other way), while the text inside
 *   gets the locale's direction (`dir="rtl"` for `ar`, `he`, `fa` or any right-to-left locale
 *   object) and the root its `lang`.
 * - **Accessibility**: with `onCallBack` and someone to call back, a `<button type="button">` named
 *   by the full sentence plus the action ("Outgoing video call, Call duration: 01:15 (1 minute 15
 *   seconds). Call back"); otherwise a `<div role="group">` named by the same sentence. The icon
 *   is `aria-hidden`.
 * - **Theming**: light tokens with no provider; override with a partial `CallRecordTheme` at
 *   `theme.callRecords` in styled-components' `ThemeProvider`, or set the `--crb-*` CSS custom
 *   properties on any ancestor, which win over the theme. Every selector of the bubble sits in
 *   `:where()` and weighs nothing, so any rule of the app that matches it (one class through
 *   `className`, a `[data-side]` rule) overrides any of its declarations.
 * - **Styling hooks**: `data-variant="content"`, `data-side="self|peer|unknown"`,
 *   `data-tone="normal|missed"`, `data-status`, `data-call-type`, `data-count` (groups),
 *   `data-fallback`; inside, `data-part="body|label|time|arrow"`.
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
      const { record: input, onCallBack, showTime, variant, className, style, ...others } = props;
      const rest = withoutCallRecordOptions(others);
      const context = useCallRecordContext();
      const theme: unknown = useContext(ThemeContext);
      const own = useStableCallRecordOptions(pickCallRecordOptions(others));
      const recognised = useMemo(() => readCallRecordInput(input), [input]);
      const options = useMemo(
        () => shownOptions(recognised, { provider: context, own }),
        [recognised, context, own],
      );
      // A zone-less time is the viewer's, not the server's: it is left out on the server and while
      // hydrating, and added right after (`inBrowser` turns true). Every other bubble reads the same
      // value on both sides, so hydration never renders it again.
      const zoneLessTime = showTime === true && acceptedTimeZone(options.timeZone) === undefined;
      const inBrowser = useSyncExternalStore(noSubscription, zoneLessTime ? onClient : onServer, onServer);
      const time = showTime === true && (!zoneLessTime || inBrowser);
      const interactive = typeof onCallBack === 'function';
      // Formatting runs once per input, options and request, whatever re-renders the bubble.
      const bubble = useMemo(
        () => describeBubble(recognised, options, { time, interactive }),
        [recognised, options, time, interactive],
      );
      const { view, callBackTarget } = bubble;
      // Also replaces a zoned time the server wrote otherwise than this browser does with ours.
      const rootRef = useRootRef(ref, bubble.name, bubble.time);
      const callBack =
        callBackTarget && onCallBack
          ? () => onCallBack(callBackTarget.record, callBackTarget.peerId)
          : undefined;
      return (
        <BubbleRoot
          {...rest}
          ref={rootRef as RefCallback<HTMLDivElement>}
          as={callBack ? 'button' : 'div'}
          type={callBack ? 'button' : undefined}
          onClick={callBack}
          role={callBack ? undefined : 'group'}
          aria-label={bubble.name}
          // A server's time may differ from the browser's (useRootRef replaces it): not a mismatch to report.
          suppressHydrationWarning={bubble.time !== undefined}
          className={className}
          style={rootStyle(themeVariablesStyle(theme), style)}
          lang={bubble.lang}
          data-variant={variant === 'content' ? 'content' : undefined}
          data-side={view ? SIDES[view.direction] : undefined}
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
