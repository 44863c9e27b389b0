import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ReactNode } from 'react';
import { expect, fn, userEvent, within } from 'storybook/test';
import { styled } from 'styled-components';
import { CallRecordBubble } from '../src';
import type { CallRecord } from '../src';
import { PEER_ID, makeRecord } from './data';
import { Caption, ChatColumn } from './layout';

/**
 * Another chat kit's message bubble, drawn the way chatscope draws its own by default: a
 * content-sized box (`inline-block`) at most `$maxWidth` wide, 0.9em text, its own colours per
 * direction and theme. Light: chatscope's default `#c6e3fa` (incoming) and `#6ea9d7` (outgoing).
 */
const KitMessage = styled.div<{ $outgoing: boolean; $maxWidth?: number }>`
  display: flex;
  justify-content: ${(p) => (p.$outgoing ? 'flex-end' : 'flex-start')};

  & > div {
    display: inline-block;
    box-sizing: border-box;
    max-inline-size: ${(p) => `${p.$maxWidth ?? 320}px`};
    padding: 0.6em 0.9em;
    border-radius: 0.7em;
    font-size: 0.9em;
    color: #1f1f1f;
    background-color: ${(p) => (p.$outgoing ? '#6ea9d7' : '#c6e3fa')};
  }

  [data-theme='dark'] & > div {
    color: #e9edef;
    background-color: ${(p) => (p.$outgoing ? '#005c4b' : '#2a3942')};
  }
`;

/** One kit message: outgoing when the viewer (alice) placed the call. */
function InKit({ record, children }: { record: CallRecord; children: ReactNode }) {
  return (
    <KitMessage $outgoing={record.senderId === 'alice'}>
      <div data-kit-message="">{children}</div>
    </KitMessage>
  );
}

const COMPLETED_LONG = makeRecord({ status: 'completed', callType: 'audio', side: 'other', seconds: 3723 });
const MISSED = makeRecord({ status: 'timeout', callType: 'video', side: 'other' });
const OWN_COMPLETED = makeRecord({ status: 'completed', callType: 'video', side: 'own', seconds: 75 });
const OWN_CANCELLED = makeRecord({ status: 'cancelled', callType: 'audio', side: 'own' });

/** The stories' one control: the call-back handler (the bubble becomes a button). */
interface ContentArgs {
  onCallBack: (record: CallRecord, peerId: string) => void;
}

const meta = {
  title: 'CallRecordBubble/Content',
  args: { onCallBack: fn() },
  argTypes: { onCallBack: { table: { category: 'events' } } },
} satisfies Meta<ContentArgs>;

export default meta;
type Story = StoryObj<ContentArgs>;

/**
 * `variant="content"` inside a kit's own message bubble: no second background, border, tail or
 * margin; the kit's font size and text colour; the missed colour and the call-back button stay;
 * label and time on one line in a content-sized 320px message. Try the toolbar's themes,
 * directions and locales.
 */
export const InsideAKitsBubble: Story = {
  render: ({ onCallBack }) => (
    <ChatColumn>
      {[COMPLETED_LONG, MISSED, OWN_COMPLETED, OWN_CANCELLED].map((record) => (
        <InKit key={record.id} record={record}>
          <CallRecordBubble record={record} variant="content" showTime onCallBack={onCallBack} />
        </InKit>
      ))}
    </ChatColumn>
  ),
  play: async ({ args, canvasElement, step }) => {
    const canvas = within(canvasElement);
    const contents = [...canvasElement.querySelectorAll<HTMLElement>('[data-variant="content"]')];
    await expect(contents).toHaveLength(4);

    await step('no second background behind the label, in the kit’s colour and size', async () => {
      for (const content of contents) {
        const style = getComputedStyle(content);
        const kitMessage = content.closest('[data-kit-message]') as HTMLElement;
        await expect(style.backgroundColor).toBe('rgba(0, 0, 0, 0)');
        await expect(style.borderTopWidth).toBe('0px');
        await expect(style.fontSize).toBe(getComputedStyle(kitMessage).fontSize);
        await expect(style.color).toBe(getComputedStyle(kitMessage).color);
      }
    });

    await step('label and time on one line', async () => {
      for (const content of contents) {
        const label = content.querySelector('[data-part="label"]') as HTMLElement;
        const time = content.querySelector('time') as HTMLElement;
        await expect(label.getClientRects()).toHaveLength(1);
        const labelBox = label.getBoundingClientRect();
        const timeBox = time.getBoundingClientRect();
        await expect(timeBox.top).toBeLessThan(labelBox.bottom);
        await expect(timeBox.bottom).toBeGreaterThan(labelBox.top);
      }
    });

    await step('call back by keyboard', async () => {
      const missed = contents.find((content) => content.dataset['tone'] === 'missed') as HTMLElement;
      await expect(missed.tagName).toBe('BUTTON');
      missed.focus();
      await userEvent.keyboard('{Enter}');
      await expect(args.onCallBack).toHaveBeenLastCalledWith(MISSED, PEER_ID);
      await expect(canvas.getAllByRole('button').length).toBeGreaterThanOrEqual(3);
    });
  },
};

/** In a narrow kit message (160px) the time moves under the label instead of overflowing. */
export const NarrowKitMessage: Story = {
  render: () => (
    <ChatColumn>
      <KitMessage $outgoing={false} $maxWidth={160}>
        <div data-kit-message="">
          <CallRecordBubble record={COMPLETED_LONG} variant="content" showTime />
        </div>
      </KitMessage>
    </ChatColumn>
  ),
  play: async ({ canvasElement }) => {
    const content = canvasElement.querySelector('[data-variant="content"]') as HTMLElement;
    const kitMessage = content.closest('[data-kit-message]') as HTMLElement;
    await expect(content.scrollWidth).toBeLessThanOrEqual(kitMessage.clientWidth);
  },
};

/**
 * The content form as a plain row, with no bubble around it: a call log or a search result. It
 * takes the page's text colour and sits inline with the text around it.
 */
export const PlainRow: Story = {
  render: ({ onCallBack }) => (
    <ChatColumn>
      <Caption>Recent calls</Caption>
      {[MISSED, OWN_COMPLETED].map((record) => (
        <div key={record.id}>
          <CallRecordBubble record={record} variant="content" showTime onCallBack={onCallBack} />
        </div>
      ))}
    </ChatColumn>
  ),
  play: async ({ canvasElement }) => {
    const contents = [...canvasElement.querySelectorAll<HTMLElement>('[data-variant="content"]')];
    for (const content of contents) {
      await expect(getComputedStyle(content).backgroundColor).toBe('rgba(0, 0, 0, 0)');
      await expect(getComputedStyle(content).display).toBe('inline-flex');
    }
  },
};
