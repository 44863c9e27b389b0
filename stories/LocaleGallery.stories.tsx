import type { Meta, StoryObj } from '@storybook/react-vite';
import { styled } from 'styled-components';
import { expect, within } from 'storybook/test';
import { CallRecordBubble } from '../src';
import type { CallRecord, CallRecordLocale } from '../src';
import { BASE_TIME, STATUSES, makeRecord } from './data';
import type { Side } from './data';
import { Caption, ChatColumn } from './layout';
import { STORY_LOCALES } from './locales';

/** The gallery's sides: bob's calls, alice's own, and calls nobody can place on a side. */
const GALLERY_SIDES: readonly Side[] = ['other', 'own', 'unknown'];

/** The five outcomes on every side, made once (audio and video alternate from one outcome to the next). */
const GALLERY_RECORDS: readonly CallRecord[] = STATUSES.flatMap((status, statusIndex) =>
  GALLERY_SIDES.map((side) =>
    makeRecord({
      status,
      side,
      callType: statusIndex % 2 === 0 ? 'audio' : 'video',
      timestamp: BASE_TIME + statusIndex * 7 * 60_000,
    }),
  ),
);

const Cards = styled.div`
  display: grid;
  grid-template-columns: repeat(auto-fill, minmax(340px, 1fr));
  gap: 16px 32px;
  align-items: start;
`;

/** One locale: its bubbles in its own language and writing direction. */
function LocaleCard({ locale }: { locale: CallRecordLocale }) {
  return (
    <section aria-label={`${locale.name} (${locale.code})`} lang={locale.code} dir={locale.dir}>
      <Caption>
        {locale.name} · {locale.code} · {locale.dir}
      </Caption>
      <ChatColumn $width={360} data-testid={`gallery-${locale.code}`}>
        {GALLERY_RECORDS.map((record) => (
          <CallRecordBubble key={record.id} record={record} locale={locale} showTime />
        ))}
      </ChatColumn>
    </section>
  );
}

/**
 * Every locale of the stories, each in a card of its own `lang` and `dir`: the five outcomes as bob's
 * calls (inline-start), alice's own (inline-end) and calls whose side nobody knows (centred, neutral
 * wording). Right-to-left locales mirror, the missed-call arrow included.
 */
function LocaleGallery() {
  return (
    <Cards>
      {STORY_LOCALES.map((locale) => (
        <LocaleCard key={locale.code} locale={locale} />
      ))}
    </Cards>
  );
}

const meta = {
  title: 'CallRecordBubble/Locale gallery',
  component: LocaleGallery,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    for (const locale of STORY_LOCALES) {
      const column = canvas.getByTestId(`gallery-${locale.code}`);
      const bubbles = within(column).getAllByRole('group');
      await expect(bubbles).toHaveLength(GALLERY_RECORDS.length);
      const sides = bubbles.map((bubble) => bubble.getAttribute('data-side'));
      await expect(sides.filter((side) => side === 'unknown')).toHaveLength(STATUSES.length);
      await expect(sides.filter((side) => side === 'self')).toHaveLength(STATUSES.length);
      for (const bubble of bubbles) {
        await expect(bubble).toHaveAttribute('lang', expect.stringMatching(/^[a-z]{2}/));
        await expect(bubble).toHaveAccessibleName(expect.stringMatching(/\S{2,}/));
        await expect(bubble).not.toHaveAttribute('data-fallback');
      }
      // Own bubbles sit at the inline end: on the right left-to-right, on the left right-to-left.
      const [peer, own, unknown] = bubbles.map((bubble) => bubble.getBoundingClientRect());
      const columnBox = column.getBoundingClientRect();
      if (locale.dir === 'rtl') await expect(own!.left).toBeLessThan(peer!.left);
      else await expect(own!.right).toBeGreaterThan(peer!.right);
      // The unknown side is centred.
      const unknownCentre = (unknown!.left + unknown!.right) / 2;
      await expect(Math.abs(unknownCentre - (columnBox.left + columnBox.right) / 2)).toBeLessThan(2);
      // The missed-call arrow points the other way under right-to-left.
      for (const arrow of column.querySelectorAll('[data-part="arrow"]')) {
        const transform = getComputedStyle(arrow).transform;
        await expect(transform).toBe(locale.dir === 'rtl' ? 'matrix(-1, 0, 0, 1, 0, 0)' : 'none');
      }
    }
  },
} satisfies Meta<typeof LocaleGallery>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Every locale on the light theme. */
export const Light: Story = { globals: { theme: 'light' } };

/** Every locale on the dark theme (the page background matches, so axe checks real contrast). */
export const Dark: Story = { globals: { theme: 'dark' } };
