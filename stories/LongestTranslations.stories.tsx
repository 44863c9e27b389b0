import type { Meta, StoryObj } from '@storybook/react-vite';
import { styled } from 'styled-components';
import { expect, within } from 'storybook/test';
import { CallRecordBubble, formatCallRecord, formatMissedCallGroup } from '../src';
import type { CallRecord, CallRecordItem, CallRecordLocale } from '../src';
import { BASE_TIME, CALL_TYPES, SELF_ID, SIDES, STATUSES, makeRecord } from './data';
import type { Side } from './data';
import { Caption, ChatColumn } from './layout';
import { STORY_LOCALES } from './locales';

/** A call record input as the bubble accepts it: a record, or a grouped item. */
type Input = CallRecord | CallRecordItem;

const missedRun = (n: number): CallRecord[] =>
  Array.from({ length: n }, (_, i) =>
    makeRecord({
      status: 'timeout',
      callType: 'video',
      side: 'other',
      id: `run-${n}-${i}`,
      timestamp: BASE_TIME + i * 60_000,
    }),
  );

interface Candidate {
  side: Side;
  input: Input;
  text: string;
}

/** Every single-record state (a 10-hour call for the widest duration), plus a group of 12 missed calls. */
function candidates(locale: CallRecordLocale): Candidate[] {
  const out: Candidate[] = [];
  for (const status of STATUSES)
    for (const callType of CALL_TYPES)
      for (const side of SIDES) {
        const record = makeRecord({
          status,
          callType,
          side,
          seconds: 10 * 3600 + 59 * 60 + 59,
          timestamp: BASE_TIME + 3 * 3_600_000,
        });
        out.push({ side, input: record, text: formatCallRecord(record, { selfId: SELF_ID, locale }).text });
      }
  const records = missedRun(12);
  const view = formatMissedCallGroup(records, { selfId: SELF_ID, locale });
  const last = records[records.length - 1]!;
  out.push({
    side: 'other',
    input: {
      key: 'group-12',
      record: last,
      records,
      count: records.length,
      view,
      message: last,
      options: { selfId: SELF_ID, locale },
    },
    text: view.text,
  });
  return out;
}

const longest = (list: Candidate[]): Candidate =>
  list.reduce((a, b) => (b.text.length > a.text.length ? b : a));

/** Per locale, the longest label on each side (by characters), from the built-in strings. */
const LONGEST = STORY_LOCALES.map((locale) => {
  const all = candidates(locale);
  return { locale, bubbles: SIDES.map((side) => longest(all.filter((c) => c.side === side))) };
});

const Frame = styled.div`
  inline-size: 320px;
  box-sizing: border-box;
  padding: 8px;
  outline: 1px dashed var(--demo-muted);
`;

function LongestTranslations({ showTime }: { showTime: boolean }) {
  return (
    <Frame data-testid="frame-320">
      <ChatColumn>
        {LONGEST.map(({ locale, bubbles }) => (
          <section key={locale.code} aria-label={locale.code}>
            <Caption>{locale.code}</Caption>
            <ChatColumn>
              {bubbles.map(({ side, input }) => (
                <CallRecordBubble key={side} record={input} locale={locale} showTime={showTime} />
              ))}
            </ChatColumn>
          </section>
        ))}
      </ChatColumn>
    </Frame>
  );
}

/**
 * The longest label of every locale on each side, in a 320 px column (a small phone) with the time
 * shown: the bubble wraps inside its 80% limit and never overflows.
 */
const meta = {
  title: 'CallRecordBubble/Longest translations',
  component: LongestTranslations,
  args: { showTime: true },
} satisfies Meta<typeof LongestTranslations>;

export default meta;
type Story = StoryObj<typeof meta>;

export const LongestTranslationsAt320: Story = {
  name: 'LongestTranslations (320 px)',
  play: async ({ canvasElement }) => {
    const frame = within(canvasElement).getByTestId('frame-320');
    const bounds = frame.getBoundingClientRect();
    const bubbles = within(frame).getAllByRole('group');
    await expect(bubbles).toHaveLength(STORY_LOCALES.length * SIDES.length);
    for (const bubble of bubbles) {
      const box = bubble.getBoundingClientRect();
      // Inside the 320 px frame, and no content wider than the bubble itself.
      await expect(box.left).toBeGreaterThanOrEqual(bounds.left);
      await expect(box.right).toBeLessThanOrEqual(bounds.right);
      await expect(bubble.scrollWidth).toBeLessThanOrEqual(bubble.clientWidth + 1);
    }
  },
};
