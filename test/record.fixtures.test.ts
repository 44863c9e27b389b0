// Issue 14, item 8: payloads copied from NetEase's public repositories (see test/fixtures/SOURCES.md).
// Issue 19: every input shape of the parser's tables has a fixture, and every fixture its source.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isCallRecordMessage, parseCallRecord } from '../src/record';
import type { CallRecordSource } from '../src/record';
import { SHAPES } from '../src/record/shapes';

const FIXTURES = join(__dirname, 'fixtures');
const text = (name: string): string => readFileSync(join(FIXTURES, `${name}.json`), 'utf8');

/** Every fixture, by its name without `.json`. */
const FIXTURE_NAMES = readdirSync(FIXTURES)
  .filter((file) => file.endsWith('.json'))
  .map((file) => file.slice(0, -'.json'.length));

/** The fixtures whose JSON text reads as a record of `source`. */
function fixturesOf(source: CallRecordSource): string[] {
  return FIXTURE_NAMES.filter((name) => {
    const result = parseCallRecord(text(name));
    return result.ok && result.record.source === source;
  });
}

describe('test/fixtures', () => {
  const sources = readFileSync(join(FIXTURES, 'SOURCES.md'), 'utf8');

  it.each(FIXTURE_NAMES)('names %s.json in SOURCES.md', (name) => {
    expect(sources).toContain(`\`${name}.json\``);
  });

  it.each(SHAPES.map((shape) => shape.source))('holds a fixture of the %s shape', (source) => {
    expect(fixturesOf(source), `no fixture in test/fixtures reads as '${source}'`).not.toStrictEqual([]);
  });
});

describe('NIM_PC_Demo session_util.cpp G1 examples', () => {
  it('reads the missed call (101): timeout, caller from data.from, the rounded channel id digit for digit', () => {
    expect(parseCallRecord(text('g1-pc-demo-missed'))).toStrictEqual({
      ok: true,
      record: {
        id: 'call:["g1-attach","6144978055925334000","audio","timeout","account_temp",null,139323423424,null,[]]',
        serverId: undefined,
        channelId: '6144978055925334000',
        callType: 'audio',
        status: 'timeout',
        senderId: 'account_temp',
        receiverId: undefined,
        timestamp: 139323423424,
        direction: undefined,
        conversationType: undefined,
        conversationId: undefined,
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
        id: 'call:["g1-attach","6144978055925334000","audio","completed",null,null,139323423424,null,[[null,5,null]]]',
        serverId: undefined,
        channelId: '6144978055925334000',
        callType: 'audio',
        status: 'completed',
        senderId: undefined,
        receiverId: undefined,
        timestamp: 139323423424,
        direction: undefined,
        conversationType: undefined,
        conversationId: undefined,
        durations: [{ accountId: undefined, seconds: 5, caller: undefined }],
        source: 'g1-attach',
      },
    });
  });

  it('reads the same data once JSON.parse has run (a lossy channel number is dropped, not guessed)', () => {
    const parsed: unknown = JSON.parse(text('g1-pc-demo-bill'));
    const result = parseCallRecord(parsed);
    expect(result.ok && result.record.channelId).toBeUndefined();
    expect(result.ok && result.record.id).toBe(
      'call:["g1-attach",null,"audio","completed",null,null,139323423424,null,[[null,5,null]]]',
    );
  });
});

describe("nim-web-sdk-ng's v1 API (v9 message format) G1 notifications", () => {
  it('reads the bill: completed, one account-less duration, the rounded channel id as the text has it', () => {
    expect(parseCallRecord(text('sdk-g1-message-bill'))).toStrictEqual({
      ok: true,
      record: {
        id: 'c6a1f0e2b3d44f5e',
        serverId: '98765432101',
        channelId: '6146077129466446000',
        callType: 'video',
        status: 'completed',
        senderId: 'id1',
        receiverId: 'id2',
        timestamp: 1430995117500,
        direction: 'outgoing',
        conversationType: 'p2p',
        conversationId: undefined,
        durations: [{ accountId: undefined, seconds: 8, caller: undefined }],
        source: 'g1-message',
      },
    });
  });

  it('reads the missed call: timeout, the caller from attach.from, incoming for the callee', () => {
    expect(parseCallRecord(text('sdk-g1-message-missed'))).toStrictEqual({
      ok: true,
      record: {
        id: '5d0c9e8f7a6b4c3d',
        serverId: '98765432202',
        channelId: '6146078138783760000',
        callType: 'audio',
        status: 'timeout',
        senderId: 'id1',
        receiverId: 'id2',
        timestamp: 1430995380600,
        direction: 'incoming',
        conversationType: 'p2p',
        conversationId: undefined,
        durations: [],
        source: 'g1-message',
      },
    });
  });

  it('reads the object the SDK emitted without its channel id, whose digits the SDK lost', () => {
    const emitted: unknown = JSON.parse(text('sdk-g1-message-bill'));
    expect(parseCallRecord(emitted)).toMatchObject({
      ok: true,
      record: { id: 'c6a1f0e2b3d44f5e', channelId: undefined, status: 'completed', source: 'g1-message' },
    });
    expect(isCallRecordMessage(emitted)).toBe(true);
  });
});
