import type { Meta, StoryObj } from '@storybook/react-vite';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import type { ReactElement } from 'react';
import { styled } from 'styled-components';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { CallLog } from '../src';
import type { CallLogProps, CallLogRow, CallLogRowProps } from '../src';
import { he } from '../src/locales';
import { ar } from '../src/format/locales/ar';
import { STORY_NOW, WEEK, getPerson, makeCallHistory, storyCall } from './callHistory';
import { Caption } from './layout';
import { STORY_LOCALES } from './locales';

/** A phone-sized (or desktop-sized) column. */
const Column = styled.div<{ $width: number }>`
  inline-size: 100%;
  max-inline-size: ${(props) => `${props.$width}px`};
`;

const Grid = styled.div`
  display: grid;
  grid-template-columns: repeat(auto-fill, minmax(320px, 1fr));
  gap: 16px;
`;

type Args = Omit<CallLogProps, 'history'> & { width: number };

const meta = {
  title: 'Call history/CallLog',
  args: {
    width: 420,
    now: STORY_NOW,
    getPerson,
    onCallBack: () => {},
    'aria-label': 'Calls',
  },
  render: ({ width, ...props }) => (
    <Column $width={width}>
      <CallLog history={WEEK} {...props} />
    </Column>
  ),
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A week of calls, folded as a phone folds them, under Today / Yesterday / weekday / date headers. */
export const All: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('tab', { name: 'All 12' })).toHaveAttribute('aria-selected', 'true');
    await expect(canvas.getAllByRole('heading').map((heading) => heading.textContent)).toEqual([
      'Today',
      'Yesterday',
      'Friday',
      'Thursday',
      'Tuesday',
      'Nov 27, 2026',
      'Oct 27, 2026',
    ]);
    await expect(
      canvas.getByRole('button', {
        name: 'Missed voice call from Bob Lee, 3 times, today 1:35 PM. Call back',
      }),
    ).toBeVisible();
  },
};

/** The Missed tab, reached with the keyboard: Tab, then the right arrow. */
export const MissedOnly: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('tab', { name: 'All 12' }));
    await userEvent.keyboard('{ArrowRight}');
    const missed = canvas.getByRole('tab', { name: 'Missed 3' });
    await expect(missed).toHaveFocus();
    await expect(canvas.getByRole('tabpanel', { name: 'Missed 3' })).toBeVisible();
  },
};

/** A phone's width (320 px): long names are cut with an ellipsis, the sentence keeps them whole. */
export const Phone: Story = { args: { width: 320 } };

/** A desktop panel (1024 px). */
export const Desktop: Story = { args: { width: 1024 } };

/** Two hundred calls with twelve people, in voice and video, every kind. */
export const ManyPeople: Story = {
  render: ({ width, ...props }) => (
    <Column $width={width}>
      <CallLog history={makeCallHistory(200)} {...props} />
    </Column>
  ),
};

/** The dark theme of the bubble, on the call log. */
export const Dark: Story = { globals: { theme: 'dark' } };

/** Nothing to show yet. */
export const Empty: Story = {
  render: ({ width, ...props }) => (
    <Column $width={width}>
      <CallLog history={[]} {...props} />
    </Column>
  ),
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText('No recent calls')).toBeVisible();
  },
};

const LONG_NAMES: Readonly<Record<string, { name: string }>> = {
  bob: { name: 'Maximilian Alexander von Wolfeschlegelsteinhausen-Bergerdorff' },
  carol: { name: 'Anh Nguyễn Thị Phương Thảo Hoàng Minh Châu' },
  dave: { name: '欧阳 司马 诸葛 上官 皇甫 长孙 慕容' },
  erin: { name: 'عبد الرحمن بن محمد بن عبد الله آل سعود' },
};

/** Every locale of the registry at 320 px, with long names in several scripts. */
export const LongNamesEveryLocale: Story = {
  render: ({ width: _width, ...props }) => (
    <Grid>
      {STORY_LOCALES.map((locale) => (
        <Column key={locale.code} $width={320} lang={locale.code} dir={locale.dir}>
          <Caption>{locale.name}</Caption>
          <CallLog
            {...props}
            history={WEEK.slice(0, 9)}
            locale={locale}
            getPerson={(id) => LONG_NAMES[id]}
            aria-label={locale.name}
          />
        </Column>
      ))}
    </Grid>
  ),
};

/** Arabic and Hebrew, right to left: the glyphs and the arrow keys mirror. */
export const RightToLeft: Story = {
  render: ({ width, ...props }) => (
    <Grid>
      {[ar, he].map((locale) => (
        <Column key={locale.code} $width={width} dir="rtl" lang={locale.code}>
          <CallLog {...props} history={WEEK} locale={locale} aria-label={locale.name} />
        </Column>
      ))}
    </Grid>
  ),
};

/**
 * A log whose locale's direction differs from its page's: an Arabic log in a left-to-right page and an
 * English one in a right-to-left page. As the bubble, the layout (tabs, rows, arrow keys) follows the
 * page; the words run in the locale's direction.
 */
export const LocaleAgainstPage: Story = {
  render: ({ width, ...props }) => (
    <Grid>
      <Column $width={width} dir="ltr">
        <CallLog
          {...props}
          history={WEEK}
          locale={ar}
          getPerson={(id) => LONG_NAMES[id]}
          aria-label={ar.name}
        />
      </Column>
      <Column $width={width} dir="rtl">
        <CallLog {...props} history={WEEK} locale="en" aria-label="Calls" />
      </Column>
    </Grid>
  ),
  play: async ({ canvasElement }) => {
    const [arabic, english] = within(canvasElement).getAllByRole('tablist');
    const [arabicAll, arabicMissed] = within(arabic!).getAllByRole('tab');
    const [englishAll, englishMissed] = within(english!).getAllByRole('tab');
    await expect(arabicAll!.getBoundingClientRect().left).toBeLessThan(
      arabicMissed!.getBoundingClientRect().left,
    );
    await expect(englishAll!.getBoundingClientRect().left).toBeGreaterThan(
      englishMissed!.getBoundingClientRect().left,
    );
    await userEvent.click(englishAll!);
    await userEvent.keyboard('{ArrowLeft}');
    await expect(englishMissed).toHaveAttribute('aria-selected', 'true');
  },
};

const HISTORY_SIZE = 10_000;
/** Generated once, deterministically, so every run shows the same history. */
const LONG_HISTORY = makeCallHistory(HISTORY_SIZE);

const Scroller = styled.div`
  block-size: 480px;
  overflow-y: auto;
  overscroll-behavior: contain;
`;

/** The rows of a tab, windowed with `@tanstack/react-virtual` through `renderRows`. */
function WindowedRows({
  rows,
  renderRow,
}: {
  rows: readonly CallLogRow[];
  renderRow: (row: CallLogRow, props?: CallLogRowProps) => ReactElement;
}) {
  const scrollRef = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Virtual returns functions that must not be memoized
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 64,
    overscan: 6,
    getItemKey: (index) => rows[index]?.key ?? index,
  });
  return (
    <Scroller ref={scrollRef} tabIndex={0} aria-label={`${rows.length} rows`} role="region">
      <ul role="list" style={{ blockSize: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((item) => {
          const row = rows[item.index];
          return row
            ? renderRow(row, {
                ref: virtualizer.measureElement,
                'data-index': item.index,
                // Only the window is mounted: each row says where it stands among all of them.
                'aria-posinset': item.index + 1,
                'aria-setsize': rows.length,
                style: {
                  position: 'absolute',
                  insetInline: 0,
                  insetBlockStart: 0,
                  transform: `translateY(${item.start}px)`,
                },
              })
            : null;
        })}
      </ul>
    </Scroller>
  );
}

/** 10,000 calls with twelve people, folded, windowed: only the visible rows are mounted. */
export const TenThousandWindowed: Story = {
  render: ({ width, ...props }) => (
    <Column $width={width}>
      <CallLog
        {...props}
        history={LONG_HISTORY}
        renderRows={(rows, renderRow) => <WindowedRows rows={rows} renderRow={renderRow} />}
      />
    </Column>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const region = await canvas.findByRole('region');
    const mounted = within(region).getAllByRole('listitem');
    await expect(mounted.length).toBeGreaterThan(3);
    await expect(mounted.length).toBeLessThan(40);
    // A screen reader hears each row's place among all the rows of the tab, not among the mounted ones.
    // The selected tab shows how many rows it holds ("All 9,310"): that is the set's size.
    const tabCount = canvas.getByRole('tab', { selected: true }).querySelector('[data-part="tab-count"]');
    const rowCount = tabCount!.textContent!.replaceAll(',', '');
    await expect(Number(rowCount)).toBeGreaterThan(1000);
    await expect(mounted[0]).toHaveAttribute('aria-posinset', '1');
    await expect(mounted[0]).toHaveAttribute('aria-setsize', rowCount);
    region.scrollTop = region.scrollHeight;
    await waitFor(() => {
      const last = within(region).getAllByRole('listitem').at(-1);
      return expect(last).toHaveAttribute('aria-posinset', rowCount);
    });
    await expect(within(region).getAllByRole('listitem').at(-1)).toHaveAttribute('aria-setsize', rowCount);
  },
};

/** One call of each kind, for the glyphs: incoming, outgoing, missed, unknown (no selfId for that one). */
export const EveryKind: Story = {
  render: ({ width, ...props }) => (
    <Column $width={width}>
      <CallLog
        {...props}
        history={[
          storyCall('k1', 'bob', false, 10, 1),
          storyCall('k2', 'bob', true, 20, 1),
          storyCall('k3', 'bob', false, 30, 4),
          { ...storyCall('k4', 'carol', false, 40, 2, 2), senderId: undefined, isSelf: undefined },
        ]}
      />
    </Column>
  ),
};
