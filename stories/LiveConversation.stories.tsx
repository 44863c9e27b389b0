import type { Meta, StoryObj } from '@storybook/react-vite';
import type V2NIM from 'nim-web-sdk-ng/dist/v2/NIM_BROWSER_SDK';
import type { V2NIMMessage } from 'nim-web-sdk-ng/dist/v2/NIM_BROWSER_SDK/V2NIMMessageService';
import { useRef } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { CallRecordBubble } from '../src';
import { useNimCallRecords } from '../src/nim';
import { Caption, ChatColumn } from './layout';
import { CONVERSATION_ID, ME, PEER, emitterOf, loadNim, sdkCallMessage } from './nimSdk';

/** The story's clock: history a day old, then one minute per event. */
const DAY_AGO = Date.now() - 86_400_000;

/** The history page the offline SDK answers with: two calls made by its own message creator. */
function historyOf(nim: V2NIM): V2NIMMessage[] {
  return [
    sdkCallMessage(nim, {
      from: ME,
      type: 2,
      status: 1,
      seconds: 754,
      createTime: DAY_AGO + 60_000,
      serverId: '50002',
      channelId: 'history-2',
    }),
    sdkCallMessage(nim, {
      from: PEER,
      type: 1,
      status: 4,
      createTime: DAY_AGO,
      serverId: '50001',
      channelId: 'history-1',
    }),
  ];
}

/** "1 call", "2 calls": the story's own status line (the library's words are the bubbles'). */
function callCount(count: number): string {
  return count === 1 ? '1 call' : `${count} calls`;
}

/**
 * A conversation kept in step with a real `nim-web-sdk-ng` instance (offline): `useNimCallRecords`
 * listens to its message service; each button emits the event the SDK would emit.
 */
function LiveConversation({ nim }: { nim: V2NIM }) {
  const { items, status, messages } = useNimCallRecords(nim, CONVERSATION_ID, { selfId: ME });
  const events = useRef({ count: 0 });
  const service = emitterOf(nim);
  const next = () => {
    events.current.count += 1;
    return events.current.count;
  };
  const receiveMissedCall = () => {
    const count = next();
    const message = sdkCallMessage(nim, {
      from: PEER,
      type: 2,
      status: 4,
      createTime: Date.now(),
      serverId: `6000${count}`,
      channelId: `live-${count}`,
    });
    service.emit('onReceiveMessages', [message]);
  };
  const placeCall = () => {
    const count = next();
    const sending = Object.assign(
      sdkCallMessage(nim, {
        from: ME,
        type: 1,
        status: 1,
        seconds: 42,
        createTime: Date.now(),
        serverId: '',
        channelId: `live-${count}`,
      }),
      { sendingState: 3 },
    );
    service.emit('onSendMessage', sending);
    service.emit('onSendMessage', { ...sending, sendingState: 1, messageServerId: `6000${count}` });
  };
  const revokeLatest = () => {
    const latest = messages.at(-1);
    if (latest === undefined) return;
    service.emit('onMessageRevokeNotifications', [
      { messageRefer: latest, revokeAccountId: latest.senderId, revokeType: 1 },
    ]);
  };
  const clearHistory = () => {
    service.emit('onClearHistoryNotifications', [
      { conversationId: CONVERSATION_ID, deleteTime: Date.now() },
    ]);
  };
  return (
    <ChatColumn>
      <div role="toolbar" aria-label="SDK events">
        <button type="button" onClick={receiveMissedCall}>
          Receive a missed video call
        </button>
        <button type="button" onClick={placeCall}>
          Place a voice call
        </button>
        <button type="button" onClick={revokeLatest}>
          Revoke the latest call
        </button>
        <button type="button" onClick={clearHistory}>
          Clear the history
        </button>
      </div>
      <Caption role="status">{status === 'loading' ? 'Loading history…' : callCount(items.length)}</Caption>
      <ul aria-label={`Calls with ${PEER}`} style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        {items.map((item) => (
          <li key={item.key}>
            <CallRecordBubble record={item} />
          </li>
        ))}
      </ul>
    </ChatColumn>
  );
}

/**
 * `useNimCallRecords` on a real SDK instance: the buttons emit `onReceiveMessages`, `onSendMessage`
 * (sending, then sent), `onMessageRevokeNotifications` and `onClearHistoryNotifications` on its
 * `V2NIMMessageService`, and the bubbles follow. The history page comes from a stand-in for
 * `getMessageList`, the one call that needs a login and the network.
 */
const meta = {
  title: 'Chat/Live conversation',
  component: LiveConversation,
  loaders: [
    async () => {
      const nim = await loadNim();
      const history = historyOf(nim);
      Object.assign(nim.V2NIMMessageService, { getMessageList: () => Promise.resolve(history) });
      return { nim };
    },
  ],
  render: (_args, { loaded }) => <LiveConversation nim={loaded['nim'] as V2NIM} />,
  globals: { locale: 'en' },
} satisfies Meta<typeof LiveConversation>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Each button changes the list as the SDK's event would. */
export const Live: Story = {
  name: 'Live conversation',
  // The instance comes from the loader (render reads it), not from args.
  args: { nim: undefined as unknown as V2NIM },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const list = await canvas.findByRole('list', { name: 'Calls with bob' });
    const bubbles = () =>
      within(list)
        .queryAllByRole('group')
        .map((bubble) => bubble.textContent);
    await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent('2 calls'));
    await expect(bubbles()).toEqual([
      expect.stringContaining('Missed call'),
      expect.stringContaining('Call duration: 12:34'),
    ]);
    await userEvent.click(canvas.getByRole('button', { name: 'Receive a missed video call' }));
    await userEvent.click(canvas.getByRole('button', { name: 'Place a voice call' }));
    await expect(bubbles()).toEqual([
      expect.stringContaining('Missed call'),
      expect.stringContaining('Call duration: 12:34'),
      expect.stringContaining('Missed call'),
      expect.stringContaining('Call duration: 00:42'),
    ]);
    await userEvent.click(canvas.getByRole('button', { name: 'Revoke the latest call' }));
    await expect(bubbles()).toHaveLength(3);
    await userEvent.click(canvas.getByRole('button', { name: 'Clear the history' }));
    await expect(bubbles()).toEqual([]);
    await expect(canvas.getByRole('status')).toHaveTextContent('0 calls');
    await userEvent.click(canvas.getByRole('button', { name: 'Receive a missed video call' }));
    await expect(bubbles()).toEqual([expect.stringContaining('Missed call')]);
  },
};
