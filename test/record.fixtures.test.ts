// Issue 14, item 8: payloads copied from NetEase's public repositories (see test/fixtures/SOURCES.md).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isCallRecordMessage, parseCallRecord } from '../src/record';

const text = (name: string): string => readFileSync(join(__dirname, 'fixtures', `${name}.json`), 'utf8');

describe('NIM_PC_Demo session_util.cpp G1 examples', () => {
  it('reads the missed call (101): timeout, caller from data.from, the rounded channel id digit for digit', () => {
    expect(parseCallRecord(text('g1-pc-demo-missed'))).toStrictEqual({
      ok: true,
      record: {
        id: 'call:g1-attach:6144978055925334000:timeout:139323423424',
        serverId: undefined,
        channelId: '6144978055925334000',
        callType: 'audio',
        status: 'timeout',
        senderId: 'account_temp',
        receiverId: undefined,
        timestamp: 139323423424,
        direction: undefined,
        durations: [],
        source: 'g1-attach',
      },
    });
    expect(isCallRecordMessage(text('g1-pc-demo-missed'))).toBe(true);
  });

  it('reads the bill (102): completed, one account-less duration, nobody named as caller', () => {
    expect(parseCallRecord(text('g1-pc-demo-bill'))).toStrictEqual({
      ok: true,
      record: {
        id: 'call:g1-attach:6144978055925334000:completed:139323423424',
        serverId: undefined,
        channelId: '6144978055925334000',
        callType: 'audio',
        status: 'completed',
        senderId: undefined,
        receiverId: undefined,
        timestamp: 139323423424,
        direction: undefined,
        durations: [{ accountId: undefined, seconds: 5, caller: undefined }],
        source: 'g1-attach',
      },
    });
  });

  it('reads the same data once JSON.parse has run (a lossy channel number is dropped, not guessed)', () => {
    const parsed: unknown = JSON.parse(text('g1-pc-demo-bill'));
    const result = parseCallRecord(parsed);
    expect(result.ok && result.record.channelId).toBeUndefined();
    expect(result.ok && result.record.id).toBe('call:g1-attach::completed:139323423424');
  });
});
