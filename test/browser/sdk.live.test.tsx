/// <reference types="vite/client" />
// Issue 14, item 8: messages built live by the real SDK. nim-web-sdk-ng's browser build runs offline
// in Chromium once it is loaded in a page served over http (it needs `localStorage`, so not
// `about:blank`); Vitest's browser mode serves this test's page from Vite on 127.0.0.1.
// `createCallMessage(type, channelId, status, durations, text)` builds a genuine V2NIMMessage
// locally: no login, no request.
import sdkUrl from 'nim-web-sdk-ng/dist/v2/NIM_BROWSER_SDK.js?url';
import { beforeAll, describe, expect, it } from 'vitest';
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
