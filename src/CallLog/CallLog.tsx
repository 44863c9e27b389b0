import { forwardRef, memo, useContext, useId, useMemo, useRef, useState } from 'react';
import type { CSSProperties, KeyboardEvent, ReactElement, ReactNode, Ref } from 'react';
import { ThemeContext } from 'styled-components';
import {
  CALL_LOG_FILTER_WORDS,
  CALL_LOG_FILTERS,
  describeCallLogRow,
  formatCallLogDay,
} from '../callHistory';
import type { CallLogFilter, CallLogOptions, CallLogRow, CallLogWordOptions } from '../callHistory';
import { callIcon } from '../CallRecordBubble';
import { getCallRecordMessages, resolveCallRecordLocale } from '../format';
import { formatCount } from '../format/intl';
import type { CallType } from '../record';
import { themeVariablesStyle } from '../theme';
import { useCallLog } from '../useCallLog';
import { directionGlyph } from './glyphs';
import { CallLogRoot } from './styles';

/**
 * Who an account is, as the app knows them: a display name and an avatar image URL, both optional.
 *
 * @example
 * ```ts
 * const person: CallLogPerson = { name: 'Bob Lee', avatar: '/avatars/bob.png' };
 * ```
 */
export interface CallLogPerson {
  readonly name?: string | undefined;
  readonly avatar?: string | undefined;
}

/**
 * Props to put on a row's `<li>` when the app renders the rows itself (`renderRows`): a virtualizer's
 * `ref`, `style` and `data-index`, and the row's place among all the rows of the tab. A windowed list
 * mounts only some rows, so pass `aria-posinset` (the row's index in `rows`, plus one) and
 * `aria-setsize` (`rows.length`): a screen reader then says "537 of 9,000", not "20 items".
 * Default: none (the browser counts the mounted `<li>`s, right only when every row is mounted).
 *
 * @example
 * ```tsx
 * renderRow(row, {
 *   ref: virtualizer.measureElement,
 *   style: { transform: `translateY(${item.start}px)` },
 *   'data-index': item.index,
 *   'aria-posinset': item.index + 1,
 *   'aria-setsize': rows.length,
 * });
 * ```
 */
export interface CallLogRowProps {
  readonly ref?: Ref<HTMLLIElement> | undefined;
  readonly style?: CSSProperties | undefined;
  readonly 'data-index'?: number | undefined;
  /** The row's position among all the rows of the tab, from 1. */
  readonly 'aria-posinset'?: number | undefined;
  /** How many rows the tab has in all (`rows.length`). */
  readonly 'aria-setsize'?: number | undefined;
}

/**
 * Props of {@link CallLog}: the messages, the options of `useCallLog` (each option of
 * `CallRecordOptions` merged over the nearest `CallRecordProvider`'s), and how rows look and act.
 */
export interface CallLogProps<M = unknown> extends CallLogOptions<M> {
  /**
   * The messages to read calls from: any number of conversations, in any order (non-call messages
   * are skipped). Not `messages`: that prop is the wording overrides, as everywhere.
   */
  readonly history: readonly M[];
  /** The app's name and avatar of an account; default: none (the account id is shown). */
  readonly getPerson?: ((accountId: string) => CallLogPerson | undefined) | undefined;
  /**
   * Adds a call-back button to each row with a person, named "Missed voice call from Bob, 3 times,
   * yesterday 21:49. Call back"; called with the row and the call type to place (`callBackType`,
   * else the row's).
   */
  readonly onCallBack?: ((row: CallLogRow<M>, callType: CallType) => void) | undefined;
  /** The call type every call-back places; default: the row's own. */
  readonly callBackType?: CallType | undefined;
  /** Makes each row's name and details a button (for a details screen), named by the row's sentence. */
  readonly onRowPress?: ((row: CallLogRow<M>) => void) | undefined;
  /** The tab shown first when `filter` is not set (uncontrolled). Default `'all'`. */
  readonly defaultFilter?: CallLogFilter | undefined;
  /** Called when the user picks a tab; with `filter` set, the app changes `filter` (controlled). */
  readonly onFilterChange?: ((filter: CallLogFilter) => void) | undefined;
  /** Group rows under day headers ("Today", "Yesterday", "Monday", "Dec 3, 2026"). Default `true`. */
  readonly dayHeaders?: boolean | undefined;
  /** The level of the day headers' headings. Default `3`. */
  readonly headingLevel?: 2 | 3 | 4 | 5 | 6 | undefined;
  /**
   * Renders the rows itself (a virtualized window): given the rows of the tab and `renderRow`, which
   * makes one row's `<li>`; put them in a `<ul>`. Day headers are then the app's
   * (`formatCallLogDay(row.day, options)`). When only some rows are mounted, give each its
   * `aria-posinset` and `aria-setsize` (see `CallLogRowProps`). Default: every row, under day headers.
   */
  readonly renderRows?:
    | ((
        rows: readonly CallLogRow<M>[],
        renderRow: (row: CallLogRow<M>, props?: CallLogRowProps) => ReactElement,
        options: CallLogWordOptions,
      ) => ReactNode)
    | undefined;
  /** The accessible name of the tab list. */
  readonly 'aria-label'?: string | undefined;
  readonly className?: string | undefined;
  readonly style?: CSSProperties | undefined;
  readonly id?: string | undefined;
}

/** What one row needs, all of it plain values, so unchanged rows skip rendering. */
interface RowViewProps {
  readonly row: CallLogRow<unknown>;
  readonly options: CallLogWordOptions;
  readonly name: string | undefined;
  readonly avatar: string | undefined;
  readonly callBackType: CallType | undefined;
  readonly onCallBack: ((row: CallLogRow<never>, callType: CallType) => void) | undefined;
  readonly onRowPress: ((row: CallLogRow<never>) => void) | undefined;
  readonly style?: CSSProperties | undefined;
  readonly 'data-index'?: number | undefined;
  readonly 'aria-posinset'?: number | undefined;
  readonly 'aria-setsize'?: number | undefined;
}

/** The first character of a name, for an avatar without a picture. */
function initialOf(name: string, lang: string): string {
  const first = Array.from(name.trim())[0] ?? '';
  return first.toLocaleUpperCase(lang);
}

/** The avatar's content: the app's picture, else the name's first letter, else (nobody known) the call's icon. */
function avatarContent(
  row: CallLogRow<unknown>,
  avatar: string | undefined,
  person: string,
  lang: string,
): ReactNode {
  if (avatar) return <img src={avatar} alt="" />;
  if (row.peerId === undefined || row.peerId === '') return callIcon(row.callType, false);
  return initialOf(person, lang);
}

const RowView = /* @__PURE__ */ memo(
  /* @__PURE__ */ forwardRef<HTMLLIElement, RowViewProps>(function CallLogRowView(props, ref): ReactElement {
    const { row, options, name, avatar, callBackType, onCallBack, onRowPress, style } = props;
    const description = useMemo(() => describeCallLogRow(row, options, name), [row, options, name]);
    const details = (
      <>
        {/* A name is the app's data, in any script: its direction is its own, not the locale's. */}
        <span data-part="person" dir="auto">
          {description.person}
        </span>
        <span data-part="detail">
          {directionGlyph(row.kind)}
          <span dir={description.dir}>{description.detail}</span>
        </span>
      </>
    );
    const callType = callBackType ?? row.callType;
    return (
      <li
        ref={ref}
        style={style}
        data-index={props['data-index']}
        aria-posinset={props['aria-posinset']}
        aria-setsize={props['aria-setsize']}
        data-part="row"
        data-kind={row.kind}
        data-call-type={row.callType}
        data-count={row.count > 1 ? row.count : undefined}
        lang={description.lang}
      >
        <span data-part="avatar" aria-hidden="true">
          {avatarContent(row, avatar, description.person, description.lang)}
        </span>
        {onRowPress ? (
          <button
            type="button"
            data-part="main"
            aria-label={description.name}
            onClick={() => onRowPress(row as never)}
          >
            {details}
          </button>
        ) : (
          <span data-part="main">{details}</span>
        )}
        {description.when ? (
          <time data-part="when" dateTime={description.dateTime} dir={description.dir}>
            {description.when}
          </time>
        ) : (
          <span />
        )}
        {onCallBack && row.peerId !== undefined ? (
          <button
            type="button"
            data-part="call-back"
            aria-label={description.callBackName}
            onClick={() => onCallBack(row as never, callType)}
          >
            {callIcon(callType, false)}
          </button>
        ) : null}
      </li>
    );
  }),
);

/** Consecutive rows of one day, with the day's header. */
interface DaySection<M> {
  readonly day: string | undefined;
  readonly header: string | undefined;
  readonly rows: CallLogRow<M>[];
}

/** The rows cut into days, each with its header; one section without headers when there is no `now`. */
function daySections<M>(
  rows: readonly CallLogRow<M>[],
  options: CallLogWordOptions,
  headers: boolean,
): DaySection<M>[] {
  const sections: DaySection<M>[] = [];
  for (const row of rows) {
    const last = sections[sections.length - 1];
    if (last !== undefined && (!headers || last.day === row.day)) {
      last.rows.push(row);
    } else {
      const header = headers && row.day !== undefined ? formatCallLogDay(row.day, options) : undefined;
      sections.push({ day: row.day, header, rows: [row] });
    }
  }
  return sections;
}

/** Arrow keys move between tabs (mirrored right-to-left), Home and End go to the first and last. */
function nextTabIndex(key: string, current: number, count: number, rightToLeft: boolean): number | undefined {
  const forward = rightToLeft ? 'ArrowLeft' : 'ArrowRight';
  const backward = rightToLeft ? 'ArrowRight' : 'ArrowLeft';
  if (key === forward) return (current + 1) % count;
  if (key === backward) return (current - 1 + count) % count;
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  return undefined;
}

/**
 * A call history, as a phone's Recents: calls from any number of conversations, newest first, folded
 * the way phones fold them (see `createCallLog`), under day headers, with All / Missed tabs.
 *
 * - **Rows**: an avatar (the app's picture from `getPerson`, else the name's first letter; the call's
 *   icon when nobody is known), the name (`getPerson(accountId).name`, else the account id, else the
 *   call alone: "Voice call"), a direction glyph (↙ incoming, ↗ outgoing,
 *   a bent arrow for missed; it mirrors right-to-left) and the call in words ("Missed voice call,
 *   3 times"), the time today or the day ("Yesterday", "Monday", "Dec 3, 2026"), and with
 *   `onCallBack` a call-back button per row with a person. A missed row shows its name and glyph in
 *   the missed colour (`--crb-missed`); the words and the glyph's shape say it without colour.
 * - **Accessibility**: the tabs are an ARIA tab list (`tablist`, `tab` with `aria-selected`, a
 *   `tabpanel`; arrow keys, Home and End move and select); each day is a heading followed by a
 *   `list` named by it; the call-back button is named "Missed voice call from Bob, 3 times, yesterday 21:49.
 *   Call back" and, with `onRowPress`, the row's button is named by the same sentence. An empty tab
 *   says "No recent calls".
 * - **Right-to-left**: as the bubble, the layout follows the container's `dir` (the tabs' order and
 *   arrow keys, each row's avatar, words, time and button, the glyph's mirroring), while the words
 *   (tabs, day headers, details, times, the empty state) get the locale's `dir` and a name its own
 *   script's (`dir="auto"`), aligned to the layout's start; so an Arabic log in a left-to-right page is laid out left to right, and an
 *   English one in a right-to-left page right to left, tabs and rows alike.
 * - **Server rendering**: pass `now` and `timeZone` for the same words on server and client;
 *   otherwise times and day headers appear right after hydration (see `useCallLog`).
 * - **Theming**: the bubble's tokens (`--crb-*`, `theme.callRecords`); every selector is inside
 *   `:where()`, so any rule of the app wins; logical properties only. Styling hooks: `data-part`
 *   (`row`, `avatar`, `main`, `person`, `detail`, `glyph`, `when`, `call-back`, `day`, `empty`),
 *   `data-kind` and `data-call-type` on rows.
 * - **Many rows**: `renderRows` hands the rows and a `renderRow` to the app, which can window them
 *   (`@tanstack/react-virtual`) and gives each mounted row its `aria-posinset` and `aria-setsize`.
 *
 * @example
 * ```tsx
 * <CallLog
 *   history={[...withBob, ...withCarol]}
 *   selfId="me"
 *   getPerson={(id) => contacts[id]}
 *   onCallBack={(row, callType) => startCall(row.peerId!, callType)}
 * />
 * ```
 */
export function CallLog<M = unknown>(props: CallLogProps<M>): ReactElement {
  const {
    history,
    getPerson,
    onCallBack,
    callBackType,
    onRowPress,
    defaultFilter,
    onFilterChange,
    dayHeaders = true,
    headingLevel = 3,
    renderRows,
    filter: controlledFilter,
    className,
    style,
    id,
    ...options
  } = props;
  const [ownFilter, setOwnFilter] = useState<CallLogFilter>(defaultFilter ?? 'all');
  const filter = controlledFilter ?? ownFilter;
  const log = useCallLog(history, { ...options, filter });
  const theme: unknown = useContext(ThemeContext);
  const baseId = useId();
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);
  const locale = resolveCallRecordLocale(log.options.locale);
  const words = getCallRecordMessages(locale, log.options.messages);
  const tabId = (name: CallLogFilter) => `${baseId}-tab-${name}`;
  const panelId = `${baseId}-panel`;

  const choose = (next: CallLogFilter) => {
    setOwnFilter(next);
    onFilterChange?.(next);
  };
  const onTabKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    const current = CALL_LOG_FILTERS.indexOf(log.filter);
    const rightToLeft = getComputedStyle(event.currentTarget).direction === 'rtl';
    const next = nextTabIndex(event.key, current, CALL_LOG_FILTERS.length, rightToLeft);
    if (next === undefined) return;
    event.preventDefault();
    choose(CALL_LOG_FILTERS[next]!);
    tabs.current[next]?.focus();
  };

  const renderRow = (row: CallLogRow<M>, rowProps: CallLogRowProps = {}): ReactElement => {
    const person = row.peerId === undefined ? undefined : getPerson?.(row.peerId);
    return (
      <RowView
        key={row.key}
        ref={rowProps.ref}
        style={rowProps.style}
        data-index={rowProps['data-index']}
        aria-posinset={rowProps['aria-posinset']}
        aria-setsize={rowProps['aria-setsize']}
        row={row as CallLogRow<unknown>}
        options={log.options}
        name={typeof person?.name === 'string' ? person.name : undefined}
        avatar={typeof person?.avatar === 'string' ? person.avatar : undefined}
        callBackType={callBackType}
        onCallBack={onCallBack as RowViewProps['onCallBack']}
        onRowPress={onRowPress as RowViewProps['onRowPress']}
      />
    );
  };

  const Heading = `h${headingLevel}` as const;
  let content: ReactNode;
  if (log.rows.length === 0) {
    content = (
      <p data-part="empty" dir={locale.dir}>
        {words.noRecentCalls}
      </p>
    );
  } else if (renderRows) {
    content = renderRows(log.rows, renderRow, log.options);
  } else {
    content = daySections(log.rows, log.options, dayHeaders).map((section, index) => {
      const headingId = `${baseId}-day-${index}`;
      return section.header === undefined ? (
        <ul key={section.rows[0]!.key} role="list">
          {section.rows.map((row) => renderRow(row))}
        </ul>
      ) : (
        <div key={section.rows[0]!.key} data-part="section">
          <Heading id={headingId} data-part="day">
            <span dir={locale.dir}>{section.header}</span>
          </Heading>
          <ul role="list" aria-labelledby={headingId}>
            {section.rows.map((row) => renderRow(row))}
          </ul>
        </div>
      );
    });
  }

  const themeVariables = themeVariablesStyle(theme);
  return (
    <CallLogRoot
      id={id}
      className={className}
      style={themeVariables && style ? { ...themeVariables, ...style } : (style ?? themeVariables)}
      lang={locale.code}
    >
      <div role="tablist" aria-label={props['aria-label']} onKeyDown={onTabKeyDown}>
        {CALL_LOG_FILTERS.map((name, index) => {
          const selected = name === log.filter;
          return (
            <button
              key={name}
              ref={(element) => {
                tabs.current[index] = element;
              }}
              type="button"
              role="tab"
              id={tabId(name)}
              aria-selected={selected}
              aria-controls={panelId}
              tabIndex={selected ? 0 : -1}
              onClick={() => choose(name)}
            >
              <span dir={locale.dir}>{words[CALL_LOG_FILTER_WORDS[name]]}</span>
              <span data-part="tab-count" dir={locale.dir}>
                {formatCount(log.counts[name], locale.code)}
              </span>
            </button>
          );
        })}
      </div>
      <div
        role="tabpanel"
        id={panelId}
        aria-labelledby={tabId(log.filter)}
        tabIndex={log.rows.length === 0 ? 0 : undefined}
      >
        {content}
      </div>
    </CallLogRoot>
  );
}
