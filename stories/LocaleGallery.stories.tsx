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

/** What the play function reads off one locale's card (compared in one `expect`: each one is a logged step). */
interface CardSummary {
  readonly code: string;
  readonly bubbles: number;
  readonly own: number;
  readonly unknown: number;
  readonly named: number;
  readonly fallbacks: number;
  /** Where alice's own bubble sits: right left-to-right, left right-to-left. */
  readonly ownSide: 'left' | 'right';
  readonly unknownCentred: boolean;
  /** The computed transforms of the missed-call arrows. */
  readonly arrows: readonly string[];
}

function summarize(locale: CallRecordLocale, column: HTMLElement): CardSummary {
  const bubbles = [...column.querySelectorAll<HTMLElement>('[role="group"]')];
  const sides = bubbles.map((bubble) => bubble.getAttribute('data-side'));
  const [peer, own, unknown] = bubbles.map((bubble) => bubble.getBoundingClientRect());
  const columnBox = column.getBoundingClientRect();
  const unknownCentre = ((unknown?.left ?? 0) + (unknown?.right ?? 0)) / 2;
  return {
    code: locale.code,
    bubbles: bubbles.length,
    own: sides.filter((side) => side === 'self').length,
    unknown: sides.filter((side) => side === 'unknown').length,
    named: bubbles.filter((bubble) => /\S{2,}/.test(bubble.getAttribute('aria-label') ?? '')).length,
    fallbacks: bubbles.filter((bubble) => bubble.hasAttribute('data-fallback')).length,
    ownSide: (own?.left ?? 0) < (peer?.left ?? 0) ? 'left' : 'right',
    unknownCentred: Math.abs(unknownCentre - (columnBox.left + columnBox.right) / 2) < 2,
    arrows: [...column.querySelectorAll('[data-part="arrow"]')].map(
      (arrow) => getComputedStyle(arrow).transform,
    ),
  };
}

/** The missed calls of the gallery: bob's cancelled, timed-out and busy calls (alice's side never misses). */
const MISSED_PER_CARD = 3;

function expectedSummary(locale: CallRecordLocale): CardSummary {
  const rtl = locale.dir === 'rtl';
  return {
    code: locale.code,
    bubbles: GALLERY_RECORDS.length,
    own: STATUSES.length,
    unknown: STATUSES.length,
    named: GALLERY_RECORDS.length,
    fallbacks: 0,
    ownSide: rtl ? 'left' : 'right',
    unknownCentred: true,
    arrows: Array.from({ length: MISSED_PER_CARD }, () => (rtl ? 'matrix(-1, 0, 0, 1, 0, 0)' : 'none')),
  };
}

const meta = {
  title: 'CallRecordBubble/Locale gallery',
  component: LocaleGallery,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const summaries = STORY_LOCALES.map((locale) =>
      summarize(locale, canvas.getByTestId(`gallery-${locale.code}`)),
    );
    // Per locale: 15 named bubbles (5 of each side), own ones at the inline end, unknown ones
    // centred, and the missed-call arrows mirrored exactly in the right-to-left locales.
    await expect(summaries).toEqual(STORY_LOCALES.map(expectedSummary));
  },
} satisfies Meta<typeof LocaleGallery>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Every locale on the light theme. */
export const Light: Story = { globals: { theme: 'light' } };

/** Every locale on the dark theme (the page background matches, so axe checks real contrast). */
export const Dark: Story = { globals: { theme: 'dark' } };
