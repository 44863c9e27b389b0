// Issue 14, item 8: messages built by the real SDK, nim-web-sdk-ng 10.8.1
// (`V2NIMMessageCreator.createCallMessage` in Chromium; see test/fixtures/SOURCES.md).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isCallRecordMessage, parseCallRecord } from '../src/record';

const message = (name: string): unknown =>
  JSON.parse(readFileSync(join(__dirname, 'fixtures', `${name}.json`), 'utf8')) as unknown;

/** What every unsent message of the SDK holds: empty sender, receiver and server id, isSelf true. */
const unsent = {
  serverId: undefined,
  senderId: undefined,
  receiverId: undefined,
  direction: 'outgoing',
  conversationType: undefined,
  conversationId: undefined,
  source: 'v2-message',
} as const;

describe('V2NIMMessage from createCallMessage', () => {
  it('completed, with a 64-bit channel id given as a string', () => {
    expect(parseCallRecord(message('sdk-v2-completed-long-channel'))).toStrictEqual({
      ok: true,
      record: {
        ...unsent,
        id: 'bf8b85f581be85b28c6e9c31bfb67f69',
        channelId: '6290737000999815988',
        callType: 'audio',
        status: 'completed',
        timestamp: 1796195747358,
        durations: [{ accountId: 'alice', seconds: 37, caller: undefined }],
      },
    });
  });

  it('timeout, video, no durations', () => {
    expect(parseCallRecord(message('sdk-v2-timeout'))).toStrictEqual({
      ok: true,
      record: {
        ...unsent,
        id: 'b886109d58c8988838c46f062a53fb74',
        channelId: 'ch',
        callType: 'video',
        status: 'timeout',
        timestamp: 1796195747359,
        durations: [],
      },
    });
  });

  it('an account-less duration entry, which the SDK accepts as it is', () => {
    const result = parseCallRecord(message('sdk-v2-accountless'));
    expect(result.ok && result.record.durations).toStrictEqual([
      { accountId: undefined, seconds: 5, caller: undefined },
    ]);
  });

  it('a caller flag the attachment keeps (its raw JSON drops it)', () => {
    const result = parseCallRecord(message('sdk-v2-caller-flag'));
    expect(result.ok && result.record.durations).toStrictEqual([
      { accountId: 'a', seconds: 5, caller: true },
    ]);
  });

  it('every one is a call record for the cheap check, as an object and as JSON text', () => {
    for (const name of [
      'sdk-v2-completed-long-channel',
      'sdk-v2-timeout',
      'sdk-v2-accountless',
      'sdk-v2-caller-flag',
    ]) {
      expect(isCallRecordMessage(message(name))).toBe(true);
      expect(isCallRecordMessage(JSON.stringify(message(name)))).toBe(true);
    }
  });
});
