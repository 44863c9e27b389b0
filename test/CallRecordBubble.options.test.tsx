import { describe, it, expect, vi } from 'vitest';
import type { ReactElement } from 'react';
import { render, screen } from '@testing-library/react';
import { CallRecordBubble } from '../src/CallRecordBubble';
import { CallRecordProvider } from '../src/CallRecordProvider';
import { mergeCallRecordOptions, sameCallRecordOptions } from '../src/options';
import type { CallRecordOptions } from '../src/options';
import type { CallRecordItem } from '../src/collect';
import { useCallRecords } from '../src/useCallRecords';

/** A V2 call message (messageType 12) from `senderId` to `receiverId`. */
function v2CallMessage(
  id: string,
  senderId: string,
  receiverId: string,
  status: number,
  durations: object[] = [],
) {
  return {
    messageClientId: id,
    messageServerId: `s-${id}`,
    createTime: 1732500100000,
    senderId,
    receiverId,
    conversationType: 1,
    conversationId: `${senderId}|1|${receiverId}`,
    messageType: 12,
    attachment: { type: 1, channelId: `ch-${id}`, status, durations },
  };
}

describe('mergeCallRecordOptions', () => {
  it('lets each option set in the override win and merges messages key by key', () => {
    const pickLongest = 'longest' as const;
    expect(
      mergeCallRecordOptions(
        {
          selfId: 'alice',
          locale: 'en',
          messages: { callBack: 'Ring back', ended: 'Over' },
          timeZone: 'UTC',
        },
        { locale: 'ja', messages: { ended: 'Done', callRecord: undefined }, pickDuration: pickLongest },
      ),
    ).toEqual({
      selfId: 'alice',
      locale: 'ja',
      messages: { callBack: 'Ring back', ended: 'Done' },
      pickDuration: 'longest',
      timeZone: 'UTC',
    });
  });

  it('keeps the identity of one side when the other sets nothing', () => {
    const base: CallRecordOptions = { selfId: 'alice' };
    const override: CallRecordOptions = { locale: 'en' };
    expect(mergeCallRecordOptions(base, undefined)).toBe(base);
    expect(mergeCallRecordOptions(base, { selfId: undefined })).toBe(base);
    expect(mergeCallRecordOptions(undefined, override)).toBe(override);
    expect(mergeCallRecordOptions({}, override)).toBe(override);
    expect(mergeCallRecordOptions(undefined, undefined)).toEqual({});
  });

  it('keeps the messages object of one side when the other sets no message', () => {
    const messages = { callBack: 'Ring back' };
    expect(mergeCallRecordOptions({ messages }, { selfId: 'bob' }).messages).toBe(messages);
    expect(mergeCallRecordOptions({ selfId: 'bob', messages: {} }, { messages }).messages).toBe(messages);
  });
});

describe('sameCallRecordOptions', () => {
  it('compares messages key by key and every other option by identity', () => {
    expect(
      sameCallRecordOptions(
        { locale: 'en', messages: { callBack: 'Ring back' } },
        { locale: 'en', messages: { callBack: 'Ring back' } },
      ),
    ).toBe(true);
    expect(sameCallRecordOptions({ locale: 'en' }, { locale: 'en', selfId: 'alice' })).toBe(false);
    expect(sameCallRecordOptions({ messages: { ended: 'Done' } }, { messages: { ended: 'Over' } })).toBe(
      false,
    );
    expect(sameCallRecordOptions({ pickDuration: () => 1 }, { pickDuration: () => 1 })).toBe(false);
  });

  it('reads a missing options object, an unset option and an undefined message alike', () => {
    expect(sameCallRecordOptions(undefined, {})).toBe(true);
    expect(sameCallRecordOptions({ selfId: undefined }, undefined)).toBe(true);
    expect(sameCallRecordOptions({ messages: { ended: undefined } }, { messages: {} })).toBe(true);
  });
});

describe('CallRecordBubble given a list item', () => {
  function Chat({
    messages,
    options,
  }: {
    messages: readonly unknown[];
    options: CallRecordOptions;
  }): ReactElement {
    const { items } = useCallRecords(messages, options);
    return (
      <>
        {items.map((item) => (
          <CallRecordBubble key={item.key} record={item} data-view-text={item.view.text} />
        ))}
      </>
    );
  }

  it('shows my own unanswered call as "No answer" under a provider setting only the locale', () => {
    render(
      <CallRecordProvider locale="en">
        <Chat messages={[v2CallMessage('m-1', 'alice', 'bob', 4)]} options={{ selfId: 'alice' }} />
      </CallRecordProvider>,
    );
    const bubble = screen.getByRole('group');
    expect(bubble).toHaveAttribute('data-view-text', 'No answer');
    expect(bubble).toHaveTextContent('No answer');
    expect(bubble).toHaveAttribute('data-side', 'self');
    expect(bubble).toHaveAttribute('data-tone', 'normal');
  });

  it('formats an item again with every option merged when the bubble sets one the item lacks', () => {
    function ChineseBubbles({ messages }: { messages: readonly unknown[] }): ReactElement {
      const { items } = useCallRecords(messages, { selfId: 'alice' });
      return (
        <>
          {items.map((item) => (
            <CallRecordBubble key={item.key} record={item} locale="zh-CN" />
          ))}
        </>
      );
    }
    render(
      <CallRecordProvider locale="en" messages={{ timeoutCaller: 'Nobody picked up' }}>
        <ChineseBubbles messages={[v2CallMessage('m-1', 'alice', 'bob', 4)]} />
      </CallRecordProvider>,
    );
    // The item's selfId and the provider's wording are kept; the bubble's locale is added.
    const bubble = screen.getByRole('group');
    expect(bubble).toHaveTextContent('Nobody picked up');
    expect(bubble).toHaveAttribute('lang', 'zh-CN');
    expect(bubble).toHaveAttribute('data-side', 'self');
  });

  it('keeps the item view under a provider that only adds a time zone', () => {
    const pickDuration = vi.fn(() => 61);
    const messages = [v2CallMessage('m-1', 'bob', 'alice', 1, [{ accountId: 'alice', duration: 61 }])];
    render(
      <CallRecordProvider locale="en" timeZone="UTC">
        <Chat messages={messages} options={{ selfId: 'alice', pickDuration }} />
      </CallRecordProvider>,
    );
    expect(screen.getByRole('group')).toHaveTextContent('Call duration: 01:01');
    // Formatted by the collector only: the time zone does not change the view.
    expect(pickDuration).toHaveBeenCalledTimes(1);
  });

  it('formats once per item and options, whatever re-renders', () => {
    const pickDuration = vi.fn(() => 61);
    const messages = [v2CallMessage('m-1', 'alice', 'bob', 1, [{ accountId: 'alice', duration: 61 }])];
    function Screen({ label }: { label: string }): ReactElement {
      const { items } = useCallRecords(messages, { selfId: 'alice', pickDuration });
      const [item] = items as readonly CallRecordItem[];
      return <CallRecordBubble record={item} data-label={label} messages={{ callBack: 'Ring back' }} />;
    }
    const { rerender } = render(<Screen label="a" />);
    // One format in the collector, one in the bubble (its own messages differ from the item's).
    expect(pickDuration).toHaveBeenCalledTimes(2);
    rerender(<Screen label="b" />);
    rerender(<Screen label="c" />);
    expect(pickDuration).toHaveBeenCalledTimes(2);
    expect(screen.getByRole('group')).toHaveTextContent('Call duration: 01:01');
  });
});
