/// <reference types="vite/client" />
// Issue 14, item 8: messages built live by the real SDK. nim-web-sdk-ng's browser build runs offline
// in Chromium once it is loaded in a page served over http (it needs `localStorage`, so not
// `about:blank`); Vitest's browser mode serves this test's page from Vite on 127.0.0.1.
// `createCallMessage(type, channelId, status, durations, text)` builds a genuine V2NIMMessage
// locally: no login, no request.
import sdkUrl from 'nim-web-sdk-ng/dist/v2/NIM_BROWSER_SDK.js?url';
import { cleanup, render, renderHook, screen } from '@testing-library/react';
import { userEvent } from 'vitest/browser';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { CallRecordBubble, CallRecordProvider, useCallRecords } from '../../src';
import { formatCallRecord, isCallRecordMessage, parseCallRecord } from '../../src/core';

interface CallMessageCreator {
  createCallMessage(
    type: number,
    channelId: string,
    status: number,
    durations: readonly { accountId?: string; duration: number }[],
    text?: string,
  ): unknown;
}

interface NimGlobal {
  getInstance(options: { appkey: string; apiVersion: 'v2' }): { V2NIMMessageCreator: CallMessageCreator };
}

let creator: CallMessageCreator;

beforeAll(async () => {
  await new Promise<void>((resolve, reject) => {
    const script = document.createElement('script');
    script.src = sdkUrl;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`could not load ${sdkUrl}`));
    document.head.append(script);
  });
  const nim = (globalThis as unknown as { NIM: { default?: NimGlobal } & NimGlobal }).NIM;
  const sdk = nim.default ?? nim;
  creator = sdk.getInstance({ appkey: 'react-call-records-test', apiVersion: 'v2' }).V2NIMMessageCreator;
});

describe('V2NIMMessage built by nim-web-sdk-ng in Chromium', () => {
  it('a completed voice call with a 64-bit channel id keeps every digit and its duration', () => {
    const message = creator.createCallMessage(1, '6290737000999815988', 1, [
      { accountId: 'alice', duration: 37 },
    ]);
    expect(isCallRecordMessage(message)).toBe(true);
    const result = parseCallRecord(message);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.record.source).toBe('v2-message');
    expect(result.record.channelId).toBe('6290737000999815988');
    expect(result.record.callType).toBe('audio');
    expect(result.record.status).toBe('completed');
    expect(result.record.durations).toStrictEqual([{ accountId: 'alice', seconds: 37, caller: undefined }]);
    // An unsent message is the viewer's own (isSelf): the sender's view.
    expect(formatCallRecord(result.record, { locale: 'en' }).text).toBe('Call duration: 00:37');
  });

  it('a video call nobody answered reads "No answer" for the caller who built it', () => {
    const result = parseCallRecord(creator.createCallMessage(2, 'ch-1', 4, []));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.record.callType).toBe('video');
    expect(result.record.status).toBe('timeout');
    expect(formatCallRecord(result.record, { locale: 'en' }).text).toBe('No answer');
  });

  it('an account-less duration entry, as NetEase web call kit sends it, is the call duration', () => {
    const result = parseCallRecord(creator.createCallMessage(1, 'ch-2', 1, [{ duration: 5 }]));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.record.durations).toStrictEqual([{ accountId: undefined, seconds: 5, caller: undefined }]);
    expect(formatCallRecord(result.record, { locale: 'zh-CN' }).text).toBe('通话时长 00:05');
  });
});

// Issue 21, item 4: a message createCallMessage made names nobody until it is sent. Shown in a view
// that names its one-to-one conversation, it offers a call-back to the other person; in a team it
// offers none.
describe('a message createCallMessage made, shown in a named conversation', () => {
  afterEach(cleanup);

  const renderInView = (conversationId: string | undefined, input: unknown, onCallBack: () => void) =>
    render(
      <CallRecordProvider selfId="alice" locale="en" conversationId={conversationId}>
        <CallRecordBubble record={input} onCallBack={onCallBack} />
      </CallRecordProvider>,
    );

  it('calls back the other person of a one-to-one view, by keyboard', async () => {
    const onCallBack = vi.fn();
    renderInView('alice|1|bob', creator.createCallMessage(2, 'ch-view', 4, []), onCallBack);
    const button = screen.getByRole('button', { name: 'Outgoing video call, No answer. Call back' });
    await userEvent.tab();
    expect(button).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    expect(onCallBack).toHaveBeenCalledWith(expect.objectContaining({ callType: 'video' }), 'bob');
  });

  it('offers nobody to call back without a view, or in a team', () => {
    const message = creator.createCallMessage(1, 'ch-team', 4, []);
    renderInView(undefined, message, vi.fn());
    renderInView('alice|2|team-7', message, vi.fn());
    expect(screen.queryByRole('button')).toBe(null);
    expect(screen.getAllByRole('group', { name: 'Outgoing voice call, No answer' })).toHaveLength(2);
  });

  it('names the person for the hook too, and a bare attach by the one other account in its durations', () => {
    const created = creator.createCallMessage(1, 'ch-hook', 1, [{ accountId: 'alice', duration: 12 }]);
    const attach = {
      type: 1,
      channelId: 'ch-attach',
      status: 1,
      durations: [
        { accid: 'alice', duration: 9 },
        { accid: 'carol', duration: 9 },
      ],
    };
    const { result } = renderHook(() =>
      useCallRecords([created, attach], { selfId: 'alice', conversationId: 'alice|1|bob' }),
    );
    expect(result.current.items.map((item) => item.view.peerId)).toEqual(['bob', 'bob']);
    const { result: withoutView } = renderHook(() => useCallRecords([created, attach], { selfId: 'alice' }));
    expect(withoutView.current.items.map((item) => item.view.peerId)).toEqual([undefined, 'carol']);
  });
});
