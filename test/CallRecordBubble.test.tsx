import { Profiler, createRef, memo } from 'react';
import type { ReactElement } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { describe, it, expect, vi } from 'vitest';
import { act, render, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { ThemeProvider } from 'styled-components';
import { CallRecordBubble } from '../src/CallRecordBubble';
import { CallRecordProvider } from '../src/CallRecordProvider';
import { formatCallRecord, formatCallTime, formatMissedCallGroup } from '../src/format';
import { parseCallRecord } from '../src/record';
import type { CallRecord, CallStatus, CallType } from '../src/record';
import type { CallRecordItem } from '../src/collect';
import { CALL_RECORD_THEME_KEY, CALL_RECORD_THEME_VARS, darkTheme, themeVariableName } from '../src/theme';
import v2Completed from './fixtures/v2-message-completed.json';
import serverCopyRejected from './fixtures/server-copy-rejected.json';
import v1Timeout from './fixtures/v1-message-timeout.json';

const HOSTILE = '<img src=x onerror=alert(1)>';

function makeRecord(overrides: Partial<CallRecord> = {}): CallRecord {
  const status = overrides.status ?? 'completed';
  return {
    id: 'm-1',
    serverId: undefined,
    channelId: 'ch-1',
    callType: 'video',
    status,
    senderId: 'alice',
    receiverId: 'bob',
    timestamp: 1732500100000,
    direction: undefined,
    durations:
      status === 'completed'
        ? [
            { accountId: 'alice', seconds: 75 },
            { accountId: 'bob', seconds: 74 },
          ]
        : [],
    source: 'v2-message',
    ...overrides,
  };
}

const STATUSES: readonly CallStatus[] = ['completed', 'cancelled', 'rejected', 'timeout', 'busy'];
const TYPES: readonly CallType[] = ['audio', 'video'];
const SIDES = [
  { selfId: 'alice', side: 'self', direction: 'Outgoing' },
  { selfId: 'bob', side: 'peer', direction: 'Incoming' },
] as const;

describe('CallRecordBubble roles and accessible names', () => {
  for (const status of STATUSES) {
    for (const callType of TYPES) {
      for (const { selfId, side, direction } of SIDES) {
        const record = makeRecord({ status, callType });
        const view = formatCallRecord(record, { selfId, locale: 'en' });
        const media = callType === 'video' ? /video/ : /voice/;

        it(`${status} ${callType} call on the ${side} side is a button named by the sentence plus the action`, () => {
          render(<CallRecordBubble record={record} selfId={selfId} locale="en" onCallBack={() => {}} />);
          const button = screen.getByRole('button', { name: `${view.accessibleLabel}. Call back` });
          expect(button).toHaveAccessibleName(new RegExp(`^${direction} `));
          expect(button).toHaveAccessibleName(media);
          expect(button).toHaveAttribute('type', 'button');
          expect(button).toHaveAttribute('data-side', side);
          expect(button).toHaveAttribute('data-tone', view.tone);
          expect(button).toHaveAttribute('data-status', status);
          expect(button).toHaveAttribute('data-call-type', callType);
          expect(button).toHaveTextContent(view.text);
        });

        it(`${status} ${callType} call on the ${side} side is a labelled group without onCallBack`, () => {
          render(<CallRecordBubble record={record} selfId={selfId} locale="en" />);
          expect(screen.queryByRole('button')).toBeNull();
          const group = screen.getByRole('group', { name: view.accessibleLabel });
          expect(group).toHaveAttribute('data-side', side);
          expect(group).toHaveAttribute('data-tone', view.tone);
          expect(group).toHaveTextContent(view.text);
        });
      }
    }
  }

  it('names a completed outgoing video call with the spoken duration', () => {
    render(<CallRecordBubble record={v2Completed} selfId="alice" locale="en" onCallBack={() => {}} />);
    expect(
      screen.getByRole('button', {
        name: 'Outgoing video call, Call duration: 01:15 (1 minute 15 seconds). Call back',
      }),
    ).toHaveTextContent('Call duration: 01:15');
  });

  it('marks a call the viewer missed by tone, by icon shape and by label', () => {
    const missed = makeRecord({ status: 'timeout', callType: 'audio' });
    const { container } = render(
      <>
        <CallRecordBubble record={missed} selfId="bob" locale="en" />
        <CallRecordBubble record={makeRecord({ callType: 'audio' })} selfId="bob" locale="en" />
      </>,
    );
    const [missedBubble, normalBubble] = screen.getAllByRole('group');
    expect(missedBubble).toHaveAttribute('data-tone', 'missed');
    expect(missedBubble).toHaveTextContent('Missed call');
    expect(normalBubble).toHaveAttribute('data-tone', 'normal');
    const icons = container.querySelectorAll('svg');
    expect(icons).toHaveLength(2);
    icons.forEach((icon) => {
      expect(icon).toHaveAttribute('aria-hidden', 'true');
      expect(icon).toHaveAttribute('focusable', 'false');
    });
    expect(icons[0]!.innerHTML).not.toBe(icons[1]!.innerHTML);
  });

  it('localizes the joined accessible name in Chinese', () => {
    render(<CallRecordBubble record={v2Completed} selfId="alice" locale="zh-CN" onCallBack={() => {}} />);
    const button = screen.getByRole('button');
    expect(button).toHaveAccessibleName(/^拨出视频通话，通话时长 01:15（1分钟15秒）。回拨$/);
    expect(button).toHaveAttribute('lang', 'zh-CN');
  });

  it('takes every punctuation mark of the accessible name from the wording, overrides included', () => {
    const messages = { label: '{call}: {outcome}.', withAction: '{label} {action}' };
    const { rerender } = render(
      <CallRecordBubble record={v2Completed} selfId="alice" messages={messages} onCallBack={() => {}} />,
    );
    expect(screen.getByRole('button')).toHaveAccessibleName(
      'Outgoing video call: Call duration: 01:15 (1 minute 15 seconds). Call back',
    );
    rerender(<CallRecordBubble record={v2Completed} selfId="alice" messages={messages} />);
    expect(screen.getByRole('group')).toHaveAccessibleName(
      'Outgoing video call: Call duration: 01:15 (1 minute 15 seconds).',
    );
  });
});

describe('CallRecordBubble call-back', () => {
  const expected = parseCallRecord(v2Completed);
  if (!expected.ok) throw new Error('fixture must parse');

  it('calls onCallBack with the record and the peer on click', async () => {
    const onCallBack = vi.fn();
    render(<CallRecordBubble record={v2Completed} selfId="bob" onCallBack={onCallBack} />);
    await userEvent.click(screen.getByRole('button'));
    expect(onCallBack).toHaveBeenCalledTimes(1);
    expect(onCallBack).toHaveBeenCalledWith(expected.record, 'alice');
  });

  it('calls onCallBack with Enter and with Space after tabbing to it', async () => {
    const user = userEvent.setup();
    const onCallBack = vi.fn();
    render(<CallRecordBubble record={v2Completed} selfId="alice" onCallBack={onCallBack} />);
    await user.tab();
    expect(screen.getByRole('button')).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(onCallBack).toHaveBeenLastCalledWith(expected.record, 'bob');
    await user.keyboard(' ');
    expect(onCallBack).toHaveBeenCalledTimes(2);
    expect(onCallBack).toHaveBeenLastCalledWith(expected.record, 'bob');
  });

  it('is not focusable without onCallBack', async () => {
    const user = userEvent.setup();
    render(<CallRecordBubble record={v2Completed} selfId="alice" />);
    await user.tab();
    expect(document.body).toHaveFocus();
  });
});

describe('CallRecordProvider', () => {
  it('supplies selfId, locale and messages to every bubble', () => {
    render(
      <CallRecordProvider selfId="alice" locale="zh-CN" messages={{ callBack: '回电' }}>
        <CallRecordBubble record={v2Completed} onCallBack={() => {}} />
      </CallRecordProvider>,
    );
    const button = screen.getByRole('button', { name: '拨出视频通话，通话时长 01:15（1分钟15秒）。回电' });
    expect(button).toHaveAttribute('data-side', 'self');
  });

  it('lets bubble props override the provider, merging messages', () => {
    render(
      <CallRecordProvider
        selfId="alice"
        locale="zh-CN"
        messages={{ callBack: 'Ring back', completed: 'Talked {duration}' }}
      >
        <CallRecordBubble
          record={v2Completed}
          selfId="bob"
          locale="en"
          messages={{ completed: 'Spoke {duration}' }}
          onCallBack={() => {}}
        />
      </CallRecordProvider>,
    );
    const button = screen.getByRole('button', {
      name: 'Incoming video call, Spoke 01:14 (1 minute 14 seconds). Ring back',
    });
    expect(button).toHaveAttribute('data-side', 'peer');
    expect(button).toHaveTextContent('Spoke 01:14');
  });

  it('does not re-render a memoized bubble when the provider gets equal inline messages', () => {
    const onRender = vi.fn();
    const record = makeRecord();
    // Profiler inside a memoized wrapper: onRender runs only when the bubble itself renders.
    const Row = memo(function Row(): ReactElement {
      return (
        <Profiler id="bubble" onRender={onRender}>
          <CallRecordBubble record={record} selfId="alice" />
        </Profiler>
      );
    });
    const chat = (cancelled: string): ReactElement => (
      <CallRecordProvider locale="en" messages={{ cancelledCaller: cancelled, callRecord: 'Call' }}>
        <Row />
      </CallRecordProvider>
    );
    const { rerender } = render(chat('Call cancelled'));
    expect(onRender).toHaveBeenCalledTimes(1);
    rerender(chat('Call cancelled'));
    rerender(chat('Call cancelled'));
    expect(onRender).toHaveBeenCalledTimes(1);
    rerender(chat('Withdrawn'));
    expect(onRender).toHaveBeenCalledTimes(2);
  });

  it('keeps showing changed inline messages on the bubble', () => {
    const record = makeRecord({ status: 'cancelled' });
    const { rerender } = render(
      <CallRecordBubble record={record} selfId="alice" locale="en" messages={{ cancelledCaller: 'A' }} />,
    );
    rerender(
      <CallRecordBubble record={record} selfId="alice" locale="en" messages={{ cancelledCaller: 'A' }} />,
    );
    expect(screen.getByRole('group')).toHaveTextContent('A');
    rerender(
      <CallRecordBubble record={record} selfId="alice" locale="en" messages={{ cancelledCaller: 'B' }} />,
    );
    expect(screen.getByRole('group')).toHaveTextContent('B');
  });

  it('lets a nested provider inherit what it leaves unset', () => {
    render(
      <CallRecordProvider selfId="alice" locale="en">
        <CallRecordProvider locale="ja">
          <CallRecordBubble record={v2Completed} />
        </CallRecordProvider>
      </CallRecordProvider>,
    );
    const group = screen.getByRole('group');
    expect(group).toHaveAttribute('data-side', 'self');
    expect(group).toHaveAttribute('lang', 'ja');
    expect(group).toHaveAccessibleName('ビデオ通話の発信、通話時間: 01:15（1分15秒）');
  });
});

describe('CallRecordBubble right-to-left', () => {
  it('follows the container direction and gives Arabic text its own direction and language', () => {
    render(
      <div dir="rtl">
        <CallRecordBubble record={v2Completed} selfId="alice" locale="ar" onCallBack={() => {}} />
      </div>,
    );
    const button = screen.getByRole('button', { name: /معاودة الاتصال$/ });
    expect(button).not.toHaveAttribute('dir');
    expect(button).toHaveAttribute('lang', 'ar');
    expect(button).toHaveAttribute('data-side', 'self');
    const label = screen.getByText('مدة المكالمة: 01:15');
    expect(label.closest('[dir]')).toHaveAttribute('dir', 'rtl');
  });

  it('keeps Latin text left-to-right inside a right-to-left page', () => {
    render(
      <div dir="rtl">
        <CallRecordBubble record={v2Completed} selfId="alice" locale="en" />
      </div>,
    );
    expect(screen.getByText('Call duration: 01:15').closest('[dir]')).toHaveAttribute('dir', 'ltr');
  });
});

describe('CallRecordBubble inputs', () => {
  it('renders an unparsed server copy given as a JSON string', () => {
    render(<CallRecordBubble record={JSON.stringify(serverCopyRejected)} selfId="bob" locale="en" />);
    const group = screen.getByRole('group', { name: 'Incoming video call, You declined' });
    expect(group).toHaveTextContent('You declined');
  });

  it('renders a raw Web SDK v9 message object', () => {
    render(<CallRecordBubble record={v1Timeout} selfId="bob" locale="en" />);
    expect(screen.getByRole('group')).toHaveAttribute('data-tone', 'missed');
  });

  it('renders a successful parse result like its record', () => {
    render(<CallRecordBubble record={parseCallRecord(v2Completed)} selfId="alice" locale="en" />);
    expect(
      screen.getByRole('group', { name: 'Outgoing video call, Call duration: 01:15 (1 minute 15 seconds)' }),
    ).toBeInTheDocument();
  });

  it('renders a neutral, non-interactive fallback for a failed parse result', () => {
    const failed = parseCallRecord({ type: 1, channelId: 1, status: 9, durations: [] });
    expect(failed.ok).toBe(false);
    const onCallBack = vi.fn();
    render(<CallRecordBubble record={failed} locale="en" onCallBack={onCallBack} />);
    expect(screen.queryByRole('button')).toBeNull();
    const group = screen.getByRole('group', { name: 'Call record' });
    expect(group).toHaveTextContent('Call record');
    expect(group).toHaveAttribute('data-fallback', 'true');
    expect(group).toHaveAttribute('data-tone', 'normal');
    expect(onCallBack).not.toHaveBeenCalled();
  });

  it('labels the fallback in the locale', () => {
    render(<CallRecordBubble record="not json" locale="zh-CN" />);
    expect(screen.getByRole('group', { name: '通话记录' })).toHaveTextContent('通话记录');
  });

  const cyclic: Record<string, unknown> = { type: 1, status: 1 };
  cyclic.self = cyclic;
  cyclic.attach = cyclic;
  const throwing = new Proxy(
    {},
    {
      get() {
        throw new Error('boom');
      },
      has() {
        throw new Error('boom');
      },
      ownKeys() {
        throw new Error('boom');
      },
    },
  );
  const garbage: Array<[string, unknown]> = [
    ['a number', 42],
    ['null', null],
    ['undefined', undefined],
    ['a cyclic object', cyclic],
    ['an object whose every access throws', throwing],
    ['a fake ok result', { ok: true, record: 'x' }],
    ['a text message', { messageType: 0, text: 'hi' }],
    ['an array', [1, 2, 3]],
  ];
  for (const [name, input] of garbage) {
    it(`renders the fallback for ${name} without throwing`, () => {
      expect(() =>
        render(<CallRecordBubble record={input} locale="en" onCallBack={() => {}} />),
      ).not.toThrow();
      expect(screen.getByRole('group', { name: 'Call record' })).toBeInTheDocument();
    });
  }

  it('falls back to the built-in label when the messages override is not a string', () => {
    const messages = { callRecord: 7 } as unknown as { callRecord: string };
    render(<CallRecordBubble record={null} locale="en" messages={messages} />);
    expect(screen.getByRole('group', { name: 'Call record' })).toBeInTheDocument();
  });

  it('never coerces the fields of a hand-made record and renders the fallback for a bad one', () => {
    const toString = vi.fn(() => 'video');
    const valueOf = vi.fn(() => 'video');
    const record = { ...makeRecord(), callType: { toString, valueOf, [Symbol.toPrimitive]: toString } };
    render(<CallRecordBubble record={record} selfId="alice" locale="en" onCallBack={() => {}} />);
    expect(screen.getByRole('group', { name: 'Call record' })).toHaveAttribute('data-fallback', 'true');
    expect(screen.queryByRole('button')).toBeNull();
    expect(toString).not.toHaveBeenCalled();
    expect(valueOf).not.toHaveBeenCalled();
  });

  it('renders the fallback for hand-made records with fields of the wrong type', () => {
    const bad = [
      { status: 'missed' },
      { id: 1 },
      { senderId: 7 },
      { receiverId: {} },
      { durations: 'none' },
    ] as unknown as Partial<CallRecord>[];
    render(
      <>
        {bad.map((overrides, i) => (
          <CallRecordBubble key={i} record={{ ...makeRecord(), ...overrides }} locale="en" />
        ))}
      </>,
    );
    for (const group of screen.getAllByRole('group')) expect(group).toHaveAccessibleName('Call record');
  });

  it('renders hostile account ids and strings as text', async () => {
    const onCallBack = vi.fn();
    const record = makeRecord({ senderId: HOSTILE, status: 'timeout' });
    const { container } = render(
      <CallRecordBubble
        record={record}
        selfId="bob"
        locale="en"
        messages={{ timeoutCallee: HOSTILE }}
        onCallBack={onCallBack}
      />,
    );
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByText(HOSTILE)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button'));
    expect(onCallBack).toHaveBeenCalledWith(record, HOSTILE);
  });
});

describe('CallRecordBubble grouped missed calls', () => {
  const records = [1, 2, 3].map((n) =>
    makeRecord({ id: `m-${n}`, status: 'timeout', callType: 'audio', timestamp: 1732500000000 + n * 60_000 }),
  );
  const item: CallRecordItem<null> = {
    key: 'm-1',
    record: records[2]!,
    records,
    count: 3,
    view: formatMissedCallGroup(records, { selfId: 'bob' }),
    message: null,
    options: { selfId: 'bob' },
  };

  it('renders "3 missed calls" and calls back with the latest record', async () => {
    const onCallBack = vi.fn();
    render(<CallRecordBubble record={item} selfId="bob" locale="en" onCallBack={onCallBack} />);
    const button = screen.getByRole('button', { name: /3 missed calls/i });
    expect(button).toHaveTextContent('3 missed calls');
    expect(button).toHaveAttribute('data-tone', 'missed');
    expect(button).toHaveAttribute('data-count', '3');
    await userEvent.click(button);
    expect(onCallBack).toHaveBeenCalledWith(records[2], 'alice');
  });

  it('formats the group in the bubble locale', () => {
    render(<CallRecordBubble record={item} selfId="bob" locale="zh-CN" />);
    expect(screen.getByRole('group')).toHaveTextContent('3个未接来电');
  });

  it('shows the view the item was collected with when nothing asks to re-format it', () => {
    const zh = { ...item, view: formatMissedCallGroup(records, { selfId: 'bob', locale: 'zh-CN' }) };
    const single: CallRecordItem<null> = {
      ...item,
      record: records[0]!,
      records: [records[0]!],
      count: 1,
      view: formatCallRecord(records[0]!, { selfId: 'bob', locale: 'zh-CN' }),
    };
    render(
      <>
        <CallRecordBubble record={zh} />
        <CallRecordBubble record={single} />
      </>,
    );
    const [group, one] = screen.getAllByRole('group');
    expect(group).toHaveTextContent('3个未接来电');
    expect(group).toHaveAttribute('lang', 'zh-CN');
    expect(group).toHaveAttribute('data-count', '3');
    expect(one).toHaveTextContent(single.view.text);
    expect(one).toHaveAccessibleName(single.view.accessibleLabel);
    expect(one).toHaveAttribute('lang', 'zh-CN');
  });

  it('re-formats an item when the bubble or a provider sets a formatting option', () => {
    const zh = { ...item, view: formatMissedCallGroup(records, { selfId: 'bob', locale: 'zh-CN' }) };
    render(
      <>
        <CallRecordBubble record={zh} locale="en" />
        <CallRecordProvider messages={{ callBack: 'Ring back' }}>
          <CallRecordBubble record={zh} />
        </CallRecordProvider>
      </>,
    );
    const [byProp, byProvider] = screen.getAllByRole('group');
    expect(byProp).toHaveTextContent('3 missed calls');
    expect(byProp).toHaveAttribute('lang', 'en');
    expect(byProvider).not.toHaveTextContent('3个未接来电');
  });

  it('renders a single-record item like its record', () => {
    const single: CallRecordItem<null> = { ...item, record: records[0]!, records: [records[0]!], count: 1 };
    render(<CallRecordBubble record={single} selfId="bob" locale="en" />);
    const group = screen.getByRole('group');
    expect(group).toHaveTextContent('Missed call');
    expect(group).not.toHaveAttribute('data-count');
  });
});

describe('CallRecordBubble time, ref and passthrough', () => {
  it('shows the time of day only with showTime, and names it', () => {
    const record = makeRecord();
    const time = formatCallTime(record.timestamp!, { locale: 'en', timeZone: 'UTC' });
    const { rerender } = render(
      <CallRecordBubble record={record} selfId="alice" locale="en" timeZone="UTC" />,
    );
    expect(screen.queryByText(time)).toBeNull();
    rerender(<CallRecordBubble record={record} selfId="alice" locale="en" timeZone="UTC" showTime />);
    const element = screen.getByText(time);
    expect(element.tagName).toBe('TIME');
    expect(element).toHaveAttribute('datetime', new Date(record.timestamp!).toISOString());
    expect(screen.getByRole('group')).toHaveAccessibleName(
      `Outgoing video call, Call duration: 01:15 (1 minute 15 seconds), ${time}`,
    );
  });

  it('shows a zone-less time at once in a client-only render', () => {
    const record = makeRecord();
    const time = formatCallTime(record.timestamp!, { locale: 'en' });
    render(<CallRecordBubble record={record} selfId="alice" locale="en" showTime />);
    expect(screen.getByText(time).tagName).toBe('TIME');
    expect(screen.getByRole('group')).toHaveAccessibleName(
      `Outgoing video call, Call duration: 01:15 (1 minute 15 seconds), ${time}`,
    );
  });

  it('adds a zone-less time, left out of the server markup, right after hydration', async () => {
    const record = makeRecord();
    const time = formatCallTime(record.timestamp!, { locale: 'en' });
    const element = <CallRecordBubble record={record} selfId="alice" locale="en" showTime />;
    const container = document.createElement('div');
    container.innerHTML = renderToString(element);
    document.body.append(container);
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    let root: ReturnType<typeof hydrateRoot> | undefined;
    try {
      const group = screen.getByRole('group');
      expect(group.querySelector('time')).toBeNull();
      expect(group).toHaveAccessibleName('Outgoing video call, Call duration: 01:15 (1 minute 15 seconds)');
      root = await act(async () => hydrateRoot(container, element));
      expect(screen.getByText(time).tagName).toBe('TIME');
      expect(screen.getByRole('group')).toHaveAccessibleName(
        `Outgoing video call, Call duration: 01:15 (1 minute 15 seconds), ${time}`,
      );
      expect(errors).not.toHaveBeenCalled();
    } finally {
      errors.mockRestore();
      if (root) act(() => root!.unmount());
      container.remove();
    }
  });

  it('omits the time when the record has none', () => {
    render(
      <CallRecordBubble record={makeRecord({ timestamp: undefined })} selfId="alice" locale="en" showTime />,
    );
    expect(screen.getByRole('group').querySelector('time')).toBeNull();
  });

  it('keeps the regional clock of the locale tag and survives an invalid time zone', () => {
    render(
      <>
        <CallRecordBubble record={makeRecord()} selfId="alice" locale="en-GB" timeZone="UTC" showTime />
        <CallRecordBubble record={makeRecord()} selfId="alice" locale="en" timeZone="Not/AZone" showTime />
      </>,
    );
    const [british, invalidZone] = screen.getAllByRole('group');
    expect(british!.querySelector('time')).toHaveTextContent(/^0?2:01$/);
    expect(invalidZone).toHaveTextContent('Call duration: 01:15');
    expect(invalidZone!.querySelector('time')).toHaveTextContent(/\d:\d\d/);
  });

  it('forwards the ref to the root element', () => {
    const buttonRef = createRef<HTMLElement>();
    const groupRef = createRef<HTMLElement>();
    render(
      <>
        <CallRecordBubble ref={buttonRef} record={v2Completed} onCallBack={() => {}} />
        <CallRecordBubble ref={groupRef} record={v2Completed} />
      </>,
    );
    expect(buttonRef.current).toBe(screen.getByRole('button'));
    expect(buttonRef.current).toBeInstanceOf(HTMLButtonElement);
    expect(groupRef.current).toBe(screen.getByRole('group'));
  });

  it('passes id, className, style and data-* attributes to the root without leaking props', () => {
    render(
      <CallRecordBubble
        record={v2Completed}
        selfId="alice"
        id="call-1"
        className="mine"
        style={{ marginBlock: '4px' }}
        data-testid="bubble"
        showTime
      />,
    );
    const root = screen.getByTestId('bubble');
    expect(root).toHaveAttribute('id', 'call-1');
    expect(root).toHaveClass('mine');
    expect(root.style.marginBlock).toBe('4px');
    for (const attribute of ['record', 'selfid', 'showtime', 'locale', 'oncallback']) {
      expect(root).not.toHaveAttribute(attribute);
    }
  });
});

describe('CallRecordBubble theming', () => {
  it('declares no token variables without a theme, so plain CSS on an ancestor applies', () => {
    render(<CallRecordBubble record={v2Completed} selfId="alice" />);
    expect(screen.getByRole('group').style.getPropertyValue(CALL_RECORD_THEME_VARS.selfBackground)).toBe('');
  });

  it("holds a partial theme at theme.callRecords under the theme's own properties, never the app's", () => {
    render(
      <ThemeProvider
        theme={{ colors: { primary: 'red' }, [CALL_RECORD_THEME_KEY]: { selfBackground: '#123456' } }}
      >
        <CallRecordBubble record={v2Completed} selfId="alice" style={{ marginBlock: '2px' }} />
      </ThemeProvider>,
    );
    const root = screen.getByRole('group');
    expect(root.style.getPropertyValue('--crb-theme-self-bg')).toBe('#123456');
    expect(root.style.getPropertyValue('--crb-self-bg')).toBe('');
    expect(root.style.getPropertyValue('--crb-theme-peer-bg')).toBe('');
    expect(root.style.marginBlock).toBe('2px');
  });

  it('holds every token of the dark theme', () => {
    render(
      <ThemeProvider theme={{ [CALL_RECORD_THEME_KEY]: darkTheme }}>
        <CallRecordBubble record={v2Completed} selfId="alice" />
      </ThemeProvider>,
    );
    const root = screen.getByRole('group');
    for (const token of Object.keys(CALL_RECORD_THEME_VARS) as (keyof typeof darkTheme)[]) {
      expect(root.style.getPropertyValue(themeVariableName(token))).toBe(darkTheme[token]);
    }
  });

  it('ignores a theme value that could break out of its declaration', () => {
    render(
      <ThemeProvider
        theme={{ [CALL_RECORD_THEME_KEY]: { selfBackground: 'red;position:fixed', radius: '4px' } }}
      >
        <CallRecordBubble record={v2Completed} selfId="alice" />
      </ThemeProvider>,
    );
    const root = screen.getByRole('group');
    expect(root.style.getPropertyValue('--crb-theme-self-bg')).toBe('');
    expect(root.style.position).toBe('');
    expect(root.style.getPropertyValue('--crb-theme-radius')).toBe('4px');
  });

  it('ignores an app theme without the namespaced key', () => {
    render(
      <ThemeProvider theme={{ selfBackground: '#000000' }}>
        <CallRecordBubble record={v2Completed} selfId="alice" />
      </ThemeProvider>,
    );
    expect(screen.getByRole('group').getAttribute('style')).toBeNull();
  });
});
