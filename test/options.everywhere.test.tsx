import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it, expect, vi } from 'vitest';
import { render, renderHook, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { CallRecordBubble } from '../src/CallRecordBubble';
import { CallRecordProvider } from '../src/CallRecordProvider';
import { CALL_RECORD_OPTION_NAMES, mergeCallRecordOptions, pickCallRecordOptions } from '../src/options';
import type { CallRecordOptionName, CallRecordOptions } from '../src/options';
import { useCallRecords } from '../src/useCallRecords';
import type { UseCallRecordsOptions } from '../src/useCallRecords';
import { BASE_TIME, v2 } from './collect.messages';

// Every option reaches what it configures wherever it is set, under a provider that sets a different
// value for it. The case tables are typed by the option names, so a new option without a case here
// does not compile, and a consumer that drops it fails its case.

/** Alice's call to Bob: Alice's side counted 62 s, Bob's 75 s, at 2024-11-25 02:00 UTC. */
const call = v2({
  id: 'c1',
  from: 'alice',
  to: 'bob',
  at: BASE_TIME,
  durations: [
    ['alice', 62],
    ['bob', 75],
  ],
});

/**
 * A video call nobody answered, as `V2NIMMessageCreator.createCallMessage` made it before it was sent:
 * no sender, receiver or conversation (test/fixtures/sdk-v2-timeout.json), at 2026-12-02 07:15 UTC.
 */
const createdMessage: unknown = JSON.parse(
  readFileSync(join(__dirname, 'fixtures', 'sdk-v2-timeout.json'), 'utf8'),
);

/** An option set under a provider that sets something else for it, and what the viewer then reads. */
interface OptionCase {
  /** The message shown; Alice's call to Bob when left out. */
  readonly record?: unknown;
  /** Whom the bubble's call-back button reaches, for a case about the call-back. */
  readonly callsBack?: string;
  /** What the provider around sets (the option itself to another value, plus what the case needs). */
  readonly provider: CallRecordOptions;
  /** The option as the bubble, the hook or an inner provider sets it. */
  readonly own: CallRecordOptions;
  /** The bubble's accessible name with `showTime` (and with `onCallBack` for a case with `callsBack`). */
  readonly name: string;
}

const CASES: { readonly [Name in CallRecordOptionName]: OptionCase } = {
  selfId: {
    provider: { selfId: 'bob', timeZone: 'UTC' },
    own: { selfId: 'alice' },
    name: 'Outgoing voice call, Call duration: 01:02 (1 minute 2 seconds), 2:00 AM',
  },
  locale: {
    provider: { selfId: 'alice', locale: 'en', timeZone: 'UTC' },
    own: { locale: 'ja' },
    name: '音声通話の発信、通話時間: 01:02（1分2秒）、2:00',
  },
  messages: {
    provider: { selfId: 'alice', messages: { completed: 'Talked {duration}' }, timeZone: 'UTC' },
    own: { messages: { completed: 'Spoke {duration}' } },
    name: 'Outgoing voice call, Spoke 01:02 (1 minute 2 seconds), 2:00 AM',
  },
  pickDuration: {
    provider: { selfId: 'alice', pickDuration: 'first', timeZone: 'UTC' },
    own: { pickDuration: 'longest' },
    name: 'Outgoing voice call, Call duration: 01:15 (1 minute 15 seconds), 2:00 AM',
  },
  timeZone: {
    provider: { selfId: 'alice', timeZone: 'UTC' },
    own: { timeZone: 'Asia/Shanghai' },
    name: 'Outgoing voice call, Call duration: 01:02 (1 minute 2 seconds), 10:00 AM',
  },
  conversationId: {
    record: createdMessage,
    provider: { selfId: 'alice', conversationId: 'alice|2|team-1', timeZone: 'UTC' },
    own: { conversationId: 'alice|1|bob' },
    callsBack: 'bob',
    name: 'Outgoing video call, No answer, 7:15 AM. Call back',
  },
};

const OPTION_CASES = Object.entries(CASES) as [CallRecordOptionName, OptionCase][];

/**
 * Checks what the viewer meets: the bubble's accessible name, and for a call-back case a button that
 * reaches the case's person (`onCallBack` was passed as `callBack`).
 */
async function expectBubble(
  { name, callsBack }: OptionCase,
  callBack: (record: unknown, peerId: string) => void,
): Promise<void> {
  if (callsBack === undefined) {
    expect(screen.getByRole('group')).toHaveAccessibleName(name);
    return;
  }
  await userEvent.click(screen.getByRole('button', { name }));
  expect(callBack).toHaveBeenCalledWith(expect.objectContaining({ callType: 'video' }), callsBack);
}

/** The provider of a case around `children`. */
function underProvider(provider: CallRecordOptions) {
  return function Wrapper({ children }: { children: ReactNode }) {
    return <CallRecordProvider {...provider}>{children}</CallRecordProvider>;
  };
}

describe('every option of CallRecordOptions, set under a provider that sets it otherwise', () => {
  it('has a case for every declared option', () => {
    expect(OPTION_CASES.map(([name]) => name).sort()).toEqual([...CALL_RECORD_OPTION_NAMES].sort());
  });

  it.each(OPTION_CASES)('%s on the bubble wins over the provider', async (_name, cases) => {
    const { record = call, provider, own } = cases;
    const callBack = vi.fn();
    render(
      <CallRecordBubble
        record={record}
        showTime
        onCallBack={cases.callsBack === undefined ? undefined : callBack}
        {...own}
      />,
      {
        wrapper: underProvider(provider),
      },
    );
    await expectBubble(cases, callBack);
  });

  it.each(OPTION_CASES)('%s on an inner provider wins over the outer one', async (_name, cases) => {
    const { record = call, provider, own } = cases;
    const callBack = vi.fn();
    render(
      <CallRecordProvider {...own}>
        <CallRecordBubble
          record={record}
          showTime
          onCallBack={cases.callsBack === undefined ? undefined : callBack}
        />
      </CallRecordProvider>,
      { wrapper: underProvider(provider) },
    );
    await expectBubble(cases, callBack);
  });

  it.each(OPTION_CASES)(
    '%s on useCallRecords reaches its items, and their bubbles',
    async (optionName, cases) => {
      const { record = call, provider, own } = cases;
      const { result } = renderHook(() => useCallRecords([record], own), {
        wrapper: underProvider(provider),
      });
      const [item] = result.current.items;
      expect(item?.options[optionName]).toEqual(own[optionName]);
      const callBack = vi.fn();
      render(
        <CallRecordBubble
          record={item}
          showTime
          onCallBack={cases.callsBack === undefined ? undefined : callBack}
        />,
        {
          wrapper: underProvider(provider),
        },
      );
      await expectBubble(cases, callBack);
    },
  );

  it.each(OPTION_CASES)(
    '%s is kept by mergeCallRecordOptions and pickCallRecordOptions',
    (optionName, cases) => {
      const merged = mergeCallRecordOptions(cases.provider, cases.own);
      expect(merged[optionName]).toEqual(cases.own[optionName]);
      expect(pickCallRecordOptions({ ...cases.own, showTime: true } as CallRecordOptions)).toEqual(cases.own);
    },
  );
});

/** A list option of useCallRecords under a provider that sets every call-record option, and what it does. */
interface ListOptionCase {
  readonly messages: readonly unknown[];
  readonly options: UseCallRecordsOptions;
  /** The items' visible texts. */
  readonly texts: readonly string[];
}

const missed = (id: string) => v2({ id, from: 'alice', to: 'bob', at: BASE_TIME, status: 4 });

const LIST_CASES: {
  readonly [Name in Exclude<keyof UseCallRecordsOptions, CallRecordOptionName>]-?: ListOptionCase;
} = {
  groupMissed: {
    messages: [missed('m1'), missed('m2')],
    options: { groupMissed: true },
    texts: ['2 missed calls'],
  },
  getRecordInput: {
    messages: [{ payload: call }],
    options: { getRecordInput: (message) => (message as { payload: unknown }).payload },
    texts: ['Call duration: 01:15'],
  },
};

describe('every list option of useCallRecords, under a provider', () => {
  it.each(Object.entries(LIST_CASES))('%s reaches the collector', (_name, { messages, options, texts }) => {
    const provider = underProvider({ selfId: 'bob', locale: 'en', timeZone: 'UTC', pickDuration: 'viewer' });
    const { result } = renderHook(() => useCallRecords(messages, options), { wrapper: provider });
    expect(result.current.items.map((item) => item.view.text)).toEqual(texts);
  });
});
