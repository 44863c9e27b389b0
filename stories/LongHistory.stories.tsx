import type { Meta, StoryObj } from '@storybook/react-vite';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import { styled } from 'styled-components';
import { expect, waitFor, within } from 'storybook/test';
import { CallRecordBubble, useCallRecords } from '../src';
import { makeLongHistory } from './data';

const HISTORY_SIZE = 10_000;
/** Generated once, deterministically (seeded), so every run shows the same history. */
const HISTORY = makeLongHistory(HISTORY_SIZE);

const Scroller = styled.div`
  block-size: 480px;
  inline-size: min(420px, 100%);
  overflow-y: auto;
  overscroll-behavior: contain;
  border: 1px solid var(--demo-muted);
  border-radius: 8px;
  &:focus-visible {
    outline: 2px solid var(--demo-text);
    outline-offset: 2px;
  }
`;

const Row = styled.div`
  position: absolute;
  inset-inline: 0;
  inset-block-start: 0;
  padding: 3px 12px;
  box-sizing: border-box;
`;

/** 10,000 call records through `useCallRecords`, windowed with `@tanstack/react-virtual`. */
function LongHistory() {
  const { items } = useCallRecords(HISTORY);
  const scrollRef = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Virtual returns functions that must not be memoized
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 50,
    overscan: 6,
    getItemKey: (index) => items[index]?.key ?? index,
  });

  return (
    <Scroller ref={scrollRef} tabIndex={0} role="log" aria-label={`Call history, ${items.length} calls`}>
      <div style={{ blockSize: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((row) => {
          const item = items[row.index];
          return item ? (
            <Row
              key={row.key}
              data-index={row.index}
              ref={virtualizer.measureElement}
              style={{ transform: `translateY(${row.start}px)` }}
            >
              <CallRecordBubble record={item} showTime />
            </Row>
          ) : null;
        })}
      </div>
    </Scroller>
  );
}

const meta = {
  title: 'Chat/LongHistory',
  component: LongHistory,
} satisfies Meta<typeof LongHistory>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * A history of 10,000 calls in a 480 px scroll container: only the rows in view (plus
 * a small overscan) are in the DOM, also after jumping to the end.
 */
export const TenThousandRecords: Story = {
  name: 'LongHistory (10,000 records)',
  play: async ({ canvasElement, step }) => {
    const canvas = within(canvasElement);
    const log = await canvas.findByRole('log', { name: /10,?000|10000/ });
    const rows = () => log.querySelectorAll('[data-index]');

    await step('only a window of rows is rendered', async () => {
      await waitFor(() => expect(rows().length).toBeGreaterThan(0));
      await expect(rows().length).toBeLessThan(40);
      await expect(log.querySelector('[data-index="0"]')).not.toBeNull();
    });
    await step('scrolling to the end renders the last rows, still a window', async () => {
      log.scrollTop = log.scrollHeight;
      await waitFor(() => expect(log.querySelector(`[data-index="${HISTORY_SIZE - 1}"]`)).not.toBeNull());
      await expect(rows().length).toBeLessThan(40);
      log.scrollTop = 0;
      await waitFor(() => expect(log.querySelector('[data-index="0"]')).not.toBeNull());
    });
  },
};
