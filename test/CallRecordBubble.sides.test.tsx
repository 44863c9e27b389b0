import { describe, it, expect, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import { CallRecordBubble } from '../src/CallRecordBubble';
import { CallRecordProvider } from '../src/CallRecordProvider';
import { ar, en } from '../src/format';
import type { CallRecordLocale } from '../src/format';
import { fa, fr, he } from '../src/locales';

/** A bare attach: it names nobody, so nobody knows whose side the viewer is on. */
const bareTimeout = { type: 1, channelId: '5c2d', status: 4, durations: [] };
const bareCompleted = { type: 2, channelId: '5c2e', status: 1, durations: [{ accid: 'bob', duration: 75 }] };

/** A V2 call message from `senderId` to `receiverId`. */
function v2Call(senderId: string, receiverId: string, status: number) {
  return {
    messageClientId: `m-${senderId}-${receiverId}-${status}`,
    createTime: 1732500100000,
    senderId,
    receiverId,
    conversationType: 1,
    messageType: 12,
    attachment: { type: 1, channelId: 'ch-1', status, durations: [] },
  };
}

describe('CallRecordBubble for a call nobody can place on a side', () => {
  it('is centred as neither side, in neutral wording, never missed, and offers no call-back', () => {
    const onCallBack = vi.fn();
    render(
      <CallRecordProvider selfId="alice" locale="en">
        <CallRecordBubble record={bareTimeout} onCallBack={onCallBack} />
      </CallRecordProvider>,
    );
    expect(screen.queryByRole('button')).toBeNull();
    const group = screen.getByRole('group', { name: 'Voice call, Not answered' });
    expect(group).toHaveAttribute('data-side', 'unknown');
    expect(group).toHaveAttribute('data-tone', 'normal');
    expect(group).toHaveTextContent('Not answered');
    expect(group.querySelector('[data-part="arrow"]')).toBeNull();
  });

  it('names a completed call of unknown side without a direction', () => {
    render(<CallRecordBubble record={bareCompleted} locale="en" />);
    const group = screen.getByRole('group', {
      name: 'Video call, Call duration: 01:15 (1 minute 15 seconds)',
    });
    expect(group).toHaveAttribute('data-side', 'unknown');
  });

  it('offers no call-back for a record sent to oneself', () => {
    render(
      <CallRecordBubble
        record={v2Call('alice', 'alice', 4)}
        selfId="alice"
        locale="en"
        onCallBack={() => {}}
      />,
    );
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.getByRole('group')).toHaveAttribute('data-side', 'self');
  });

  it('calls back the other person of a known side', () => {
    const onCallBack = vi.fn();
    render(
      <CallRecordBubble
        record={v2Call('bob', 'alice', 4)}
        selfId="alice"
        locale="en"
        onCallBack={onCallBack}
      />,
    );
    screen.getByRole('button', { name: 'Incoming voice call, Missed call. Call back' }).click();
    expect(onCallBack).toHaveBeenCalledWith(expect.objectContaining({ senderId: 'bob' }), 'bob');
  });
});

describe('CallRecordBubble missed-call arrow', () => {
  it('marks the arrow of a missed call as its own part, so CSS can mirror it', () => {
    render(
      <>
        <CallRecordBubble record={v2Call('bob', 'alice', 4)} selfId="alice" locale="en" />
        <CallRecordBubble record={v2Call('alice', 'bob', 4)} selfId="alice" locale="en" />
      </>,
    );
    const [missed, answeredNot] = screen.getAllByRole('group');
    expect(missed).toHaveAttribute('data-tone', 'missed');
    expect(missed!.querySelectorAll('svg [data-part="arrow"]')).toHaveLength(1);
    expect(answeredNot).toHaveAttribute('data-tone', 'normal');
    expect(answeredNot!.querySelector('[data-part="arrow"]')).toBeNull();
  });
});

describe('CallRecordBubble with a right-to-left locale object', () => {
  it('gives the words of any right-to-left locale object their direction and language', () => {
    const urduWords: CallRecordLocale = { ...en, code: 'ur', name: 'اردو (test)', dir: 'rtl' };
    render(
      <div dir="rtl">
        <CallRecordBubble record={v2Call('bob', 'alice', 4)} selfId="alice" locale={urduWords} />
      </div>,
    );
    const group = screen.getByRole('group');
    expect(group).toHaveAttribute('lang', 'ur');
    expect(group).not.toHaveAttribute('dir');
    expect(screen.getByText('Missed call').closest('[dir]')).toHaveAttribute('dir', 'rtl');
  });

  it.each([
    ['Hebrew', he, 'he'],
    ['Persian', fa, 'fa'],
    ['Arabic', ar, 'ar'],
  ] as const)('renders %s right-to-left inside a right-to-left chat, as Arabic', (_name, locale, code) => {
    render(
      <div dir="rtl">
        <CallRecordBubble
          record={v2Call('bob', 'alice', 4)}
          selfId="alice"
          locale={locale}
          onCallBack={() => {}}
        />
      </div>,
    );
    const button = screen.getByRole('button');
    expect(button).toHaveAttribute('lang', code);
    expect(button).toHaveAttribute('data-side', 'peer');
    expect(button).toHaveAttribute('data-tone', 'missed');
    expect(button.querySelector('[data-part="body"]')).toHaveAttribute('dir', 'rtl');
    expect(button.querySelector('[data-part="arrow"]')).not.toBeNull();
  });

  it('keeps a left-to-right opt-in locale left-to-right', () => {
    render(<CallRecordBubble record={v2Call('bob', 'alice', 4)} selfId="alice" locale={fr} />);
    const group = screen.getByRole('group');
    expect(group).toHaveAttribute('lang', 'fr');
    expect(group.querySelector('[data-part="body"]')).toHaveAttribute('dir', 'ltr');
  });

  it('reads Arabic as an object the same as by its tag', () => {
    render(
      <>
        <CallRecordBubble record={v2Call('bob', 'alice', 4)} selfId="alice" locale={ar} />
        <CallRecordBubble record={v2Call('bob', 'alice', 4)} selfId="alice" locale="ar" />
      </>,
    );
    const [byObject, byTag] = screen.getAllByRole('group');
    expect(byObject).toHaveAttribute('lang', 'ar');
    expect(byObject!.textContent).toBe(byTag!.textContent);
    expect(byObject!.querySelector('[data-part="body"]')).toHaveAttribute('dir', 'rtl');
  });
});
