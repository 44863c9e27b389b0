import { describe, it, expect } from 'vitest';
import { act, render, screen } from '@testing-library/react';
import {
  createRef,
  memo,
  Suspense,
  startTransition,
  use,
  useImperativeHandle,
  useLayoutEffect,
  useState,
} from 'react';
import type { ReactElement, Ref } from 'react';
import type { CallRecordItem } from '../src/collect';
import { useCallRecords } from '../src/useCallRecords';
import { BASE_TIME, v2 } from './collect.messages';

// React may render with new state and throw that render away: a transition that suspends never
// commits. Nothing such a render does through useCallRecords may cost the committed list its item
// objects, or `memo` on every row would be defeated. Each row notes every committed render of itself
// (a layout effect without dependencies runs once per commit that rendered it; renders React threw
// away run none).

const missed = (id: string, at: number) => v2({ id, from: 'alice', to: 'bob', at, status: 4 });
const INITIAL = [
  missed('c1', BASE_TIME),
  missed('c2', BASE_TIME + 60_000),
  missed('c3', BASE_TIME + 120_000),
];

/** A promise that never settles: whatever reads it suspends for good. */
const NEVER = new Promise<never>(() => {});

let rowCommits: string[] = [];

const Row = memo(function Row({ item }: { item: CallRecordItem }): ReactElement {
  useLayoutEffect(() => {
    rowCommits.push(item.key);
  });
  return <li>{item.view.text}</li>;
});

/** Suspends forever once the locale is French: a transition to French never commits. */
function LoadsFrenchForever({ locale }: { locale: string }): null {
  if (locale === 'fr') use(NEVER);
  return null;
}

/** What the test changes in the chat. */
interface ChatControls {
  setMessages(messages: unknown[]): void;
  setLocale(locale: string): void;
}

function Chat({ controls }: { controls: Ref<ChatControls> }): ReactElement {
  const [messages, setMessages] = useState<unknown[]>(INITIAL);
  const [locale, setLocale] = useState('en');
  useImperativeHandle(controls, () => ({ setMessages, setLocale }), []);
  const { items } = useCallRecords(messages, { selfId: 'bob', locale, groupMissed: false });
  return (
    <>
      <ul>
        {items.map((item) => (
          <Row key={item.key} item={item} />
        ))}
      </ul>
      <Suspense fallback={<p>Loading</p>}>
        <LoadsFrenchForever locale={locale} />
      </Suspense>
    </>
  );
}

describe('useCallRecords under concurrent rendering', () => {
  it('keeps every committed item after a transition that suspended and never committed', async () => {
    const chat = createRef<ChatControls>();
    render(<Chat controls={chat} />);
    expect(screen.getAllByRole('listitem').map((row) => row.textContent)).toEqual([
      'Missed call',
      'Missed call',
      'Missed call',
    ]);
    await act(async () => startTransition(() => chat.current?.setLocale('fr')));
    // The transition rendered the list in French, suspended, and was never committed.
    expect(screen.queryByText('Loading')).toBeNull();
    expect(screen.getAllByRole('listitem').map((row) => row.textContent)).toEqual([
      'Missed call',
      'Missed call',
      'Missed call',
    ]);
    rowCommits = [];
    await act(async () => chat.current?.setMessages([...INITIAL, missed('c4', BASE_TIME + 180_000)]));
    expect(screen.getAllByRole('listitem')).toHaveLength(4);
    // Only the new row was rendered again: the three committed rows kept their item objects.
    expect(rowCommits).toEqual(['c4']);
  });

  it('keeps the committed result after an append that was rendered and thrown away', async () => {
    const chat = createRef<ChatControls>();
    render(<Chat controls={chat} />);
    await act(async () =>
      startTransition(() => {
        chat.current?.setMessages([...INITIAL, missed('c4', BASE_TIME + 180_000)]);
        chat.current?.setLocale('fr');
      }),
    );
    expect(screen.getAllByRole('listitem')).toHaveLength(3);
    rowCommits = [];
    await act(async () => chat.current?.setMessages([...INITIAL, missed('c5', BASE_TIME + 240_000)]));
    expect(screen.getAllByRole('listitem').map((row) => row.textContent)).toEqual([
      'Missed call',
      'Missed call',
      'Missed call',
      'Missed call',
    ]);
    expect(rowCommits).toEqual(['c5']);
  });
});
