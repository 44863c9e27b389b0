import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { CallRecordBubble, parseCallRecord } from '../src';
import type { CallRecord, CallStatus, CallType } from '../src';
import {
  CALL_TYPES,
  PEER_ID,
  SIDES,
  STATUSES,
  iosObjectBusy,
  makeRecord,
  seedAttach,
  serverCopyRejected,
  v2MessageCompleted,
  v9MessageTimeout,
} from './data';
import type { Side } from './data';
import { Caption, ChatColumn } from './layout';
import { STORY_LOCALE_CODES, storyLocale } from './locales';

/** The Playground's controls: the record is built from them, the rest are bubble props. */
interface PlaygroundArgs {
  status: CallStatus;
  callType: CallType;
  /** `own`: alice (the viewer) placed the call; `other`: bob did. */
  side: Side;
  /** A locale code of the stories; unset: the toolbar's locale (through `CallRecordProvider`). */
  locale?: string;
  showTime: boolean;
  /** Seconds in the call (completed calls only). */
  seconds: number;
  /** Pass `onCallBack` (the bubble becomes a button). */
  interactive: boolean;
  onCallBack: (record: CallRecord, peerId: string | undefined) => void;
}

function recordFromArgs(args: Pick<PlaygroundArgs, 'status' | 'callType' | 'side' | 'seconds'>): CallRecord {
  return makeRecord({ status: args.status, callType: args.callType, side: args.side, seconds: args.seconds });
}

const meta = {
  title: 'CallRecordBubble',
  args: {
    status: 'completed',
    callType: 'video',
    side: 'other',
    showTime: true,
    seconds: 75,
    interactive: true,
    onCallBack: fn(),
  },
  argTypes: {
    status: { control: 'inline-radio', options: STATUSES },
    callType: { control: 'inline-radio', options: CALL_TYPES },
    side: { control: 'inline-radio', options: SIDES },
    locale: { control: 'select', options: STORY_LOCALE_CODES },
    showTime: { control: 'boolean' },
    seconds: { control: { type: 'number', min: 0, step: 1 } },
    interactive: { control: 'boolean' },
    onCallBack: { table: { category: 'events' } },
  },
  render: ({ interactive, onCallBack, locale, showTime, ...recordArgs }) => (
    <ChatColumn>
      <CallRecordBubble
        record={recordFromArgs(recordArgs)}
        locale={locale === undefined ? undefined : storyLocale(locale)}
        showTime={showTime}
        onCallBack={interactive ? onCallBack : undefined}
      />
    </ChatColumn>
  ),
} satisfies Meta<PlaygroundArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Every control at hand: status, media, side, locale, time and duration. */
export const Playground: Story = {};

/**
 * Clicks the call-back button, then activates it with Enter and with Space from the
 * keyboard; each time `onCallBack` receives the record and the peer's account id.
 */
export const CallBack: Story = {
  args: {
    status: 'timeout',
    callType: 'video',
    side: 'other',
    locale: 'en',
    showTime: true,
    interactive: true,
  },
  play: async ({ args, canvasElement, step }) => {
    const canvas = within(canvasElement);
    const expected = recordFromArgs(args);
    const button = await canvas.findByRole('button', {
      name: /^incoming video call, missed call.*call back$/i,
    });

    await step('click', async () => {
      await userEvent.click(button);
      await expect(args.onCallBack).toHaveBeenCalledTimes(1);
      await expect(args.onCallBack).toHaveBeenLastCalledWith(expected, PEER_ID);
    });
    await step('focus and press Enter', async () => {
      button.blur();
      await userEvent.tab();
      await expect(button).toHaveFocus();
      await userEvent.keyboard('{Enter}');
      await expect(args.onCallBack).toHaveBeenCalledTimes(2);
      await expect(args.onCallBack).toHaveBeenLastCalledWith(expected, PEER_ID);
    });
    await step('press Space', async () => {
      await userEvent.keyboard(' ');
      await expect(args.onCallBack).toHaveBeenCalledTimes(3);
      await expect(args.onCallBack).toHaveBeenLastCalledWith(expected, PEER_ID);
    });
  },
};

/**
 * Broken input never takes the chat down: a failed parse result, a garbage string and
 * `null` each render the neutral, labelled "Call record" bubble, which stays
 * non-interactive even with `onCallBack`.
 */
export const Fallback: Story = {
  render: ({ onCallBack }) => {
    const failed = parseCallRecord('{"type":1,"channelId":1,"status":9,"durations":[]}');
    return (
      <ChatColumn>
        <Caption>Failed parse result (status 9)</Caption>
        <CallRecordBubble record={failed} onCallBack={onCallBack} />
        <Caption>Garbage string</Caption>
        <CallRecordBubble record={'{"type":1,"channelId":'} onCallBack={onCallBack} />
        <Caption>null</Caption>
        <CallRecordBubble record={null} onCallBack={onCallBack} />
      </ChatColumn>
    );
  },
  play: async ({ args, canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const label = storyLocale(globals.locale).messages.callRecord;
    const groups = canvas.getAllByRole('group', { name: label });
    await expect(groups).toHaveLength(3);
    await expect(canvas.queryByRole('button')).toBeNull();
    for (const group of groups) await userEvent.click(group);
    await expect(args.onCallBack).not.toHaveBeenCalled();
  },
};

const SHAPES: ReadonlyArray<{ title: string; input: unknown }> = [
  { title: '1. Bare attach (seed example, no sender: nobody knows whose side)', input: seedAttach },
  { title: '2. Server copy, every field a string (alice → bob, rejected)', input: serverCopyRejected },
  { title: '3. V2NIMMessage (alice → bob, completed)', input: v2MessageCompleted },
  {
    title: '4. v9 g2 message as a JSON string (alice → bob, timeout)',
    input: JSON.stringify(v9MessageTimeout),
  },
  { title: '5. iOS NIMRtcCallRecordObject (busy)', input: iosObjectBusy },
];

/** The common shapes a record arrives in, passed to the bubble as they are (it parses them). */
export const InputShapes: Story = {
  render: ({ showTime }) => (
    <ChatColumn>
      {SHAPES.map(({ title, input }) => (
        <section key={title} aria-label={title}>
          <Caption>{title}</Caption>
          <CallRecordBubble record={input} showTime={showTime} />
        </section>
      ))}
    </ChatColumn>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const bubbles = canvas.getAllByRole('group');
    await expect(bubbles).toHaveLength(SHAPES.length);
    // Every shape is read: none falls back to the neutral "Call record" bubble.
    for (const bubble of bubbles) await expect(bubble).not.toHaveAttribute('data-fallback');
  },
};
