// Issue 21, item 4: nobody to call back only when nobody is known. The other person comes from, in
// order: the sender or receiver (by the viewer's side); the record's own one-to-one V2 conversationId;
// the conversation the app says it shows (`conversationId` option); the one account in `durations`
// besides the viewer's. A team never names anyone. The same person feeds `peerId`, the call-back and
// the missed-call grouping.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectCallRecords } from '../src/collect';
import { formatCallRecord } from '../src/format';
import { parseCallRecord } from '../src/record';
import type { CallRecord } from '../src/record';
import { makeRecord } from './records';

function record(input: unknown): CallRecord {
  const result = parseCallRecord(input);
  if (!result.ok) throw new Error(`expected a record, got ${result.error.message}`);
  return result.record;
}

const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(join(__dirname, 'fixtures', `${name}.json`), 'utf8')) as unknown;

/** A video call nobody answered, as `createCallMessage` made it: no sender, receiver or conversation. */
const created = record(fixture('sdk-v2-timeout'));

/** A bare attach: a completed call between alice and bob, nobody named as sender. */
const attach = record({
  type: 1,
  channelId: 'ch-1',
  status: 1,
  durations: [
    { accid: 'alice', duration: 61 },
    { accid: 'bob', duration: 60 },
  ],
});

/** A V2 message received in a one-to-one conversation whose sender and receiver are empty. */
const namedByConversation = (id: string) => ({
  messageType: 12,
  messageClientId: id,
  createTime: 1_732_500_000_000,
  senderId: '',
  receiverId: '',
  conversationType: 1,
  conversationId: 'bob|1|alice',
  isSelf: false,
  attachment: { type: 1, channelId: `ch-${id}`, status: 4, durations: [] },
});

const peerOf = (input: CallRecord, options: Parameters<typeof formatCallRecord>[1]) =>
  formatCallRecord(input, options).peerId;

describe('the other person of a call', () => {
  it('is the sender or the receiver first, whatever conversation the app shows', () => {
    const received = record(fixture('v2-message-completed'));
    expect(peerOf(received, { selfId: 'bob' })).toBe('alice');
    expect(peerOf(received, { selfId: 'bob', conversationId: 'bob|1|carol' })).toBe('alice');
    expect(peerOf(received, { selfId: 'alice', conversationId: 'alice|1|carol' })).toBe('bob');
  });

  it("is the other account of the record's own one-to-one conversation id", () => {
    const missed = record(namedByConversation('m1'));
    expect(missed.conversationId).toBe('bob|1|alice');
    expect(formatCallRecord(missed, { selfId: 'bob' })).toMatchObject({
      direction: 'incoming',
      tone: 'missed',
      peerId: 'alice',
    });
    expect(peerOf(missed, { selfId: 'bob', conversationId: 'bob|1|carol' })).toBe('alice');
  });

  it('is the owner of a one-to-one conversation id written from the other side', () => {
    const seenFromAlice = record({ ...namedByConversation('m2'), conversationId: 'alice|1|bob' });
    expect(peerOf(seenFromAlice, { selfId: 'bob' })).toBe('alice');
    expect(peerOf(created, { selfId: 'bob', conversationId: 'alice|1|bob' })).toBe('alice');
  });

  it('is the other account of the conversation the app shows, for a message createCallMessage made', () => {
    expect(peerOf(created, { selfId: 'alice' })).toBe(undefined);
    expect(peerOf(created, { selfId: 'alice', conversationId: 'alice|1|bob' })).toBe('bob');
    // Before login, V2NIMConversationIdUtil.p2pConversationId('bob') leaves the own part empty.
    expect(peerOf(created, { conversationId: '|1|bob' })).toBe('bob');
  });

  it('is the one account in durations besides the viewer, when the viewer is there with exactly one other', () => {
    expect(peerOf(attach, { selfId: 'alice' })).toBe('bob');
    expect(peerOf(attach, { selfId: 'bob' })).toBe('alice');
    expect(peerOf(attach, {})).toBe(undefined);
    expect(peerOf(attach, { selfId: 'carol' })).toBe(undefined);
    const three = record({
      type: 1,
      channelId: 'ch-2',
      status: 1,
      durations: [
        { accid: 'alice', duration: 5 },
        { accid: 'bob', duration: 5 },
        { accid: 'carol', duration: 5 },
      ],
    });
    expect(peerOf(three, { selfId: 'alice' })).toBe(undefined);
    const accountless = record({
      type: 1,
      channelId: 'ch-3',
      status: 1,
      durations: [{ accid: 'alice', duration: 5 }, { duration: 5 }],
    });
    expect(peerOf(accountless, { selfId: 'alice' })).toBe(undefined);
  });

  it("prefers the app's conversation over the accounts in durations", () => {
    expect(peerOf(attach, { selfId: 'alice', conversationId: 'alice|1|bob' })).toBe('bob');
    expect(peerOf(attach, { selfId: 'alice', conversationId: 'alice|1|dave' })).toBe('dave');
  });

  it('is nobody in a team or a super team, whoever sent the record', () => {
    const inTeam = record({
      ...namedByConversation('t1'),
      conversationType: 2,
      conversationId: 'bob|2|team-7',
    });
    expect(inTeam.conversationType).toBe('team');
    expect(peerOf(inTeam, { selfId: 'bob' })).toBe(undefined);
    const teamCopy = record({
      eventType: '1',
      convType: 'TEAM',
      to: 'team-7',
      fromAccount: 'alice',
      msgTimestamp: '1732500000000',
      msgType: 'NRTC_NETCALL',
      msgidServer: '1',
      attach: '{"type":1,"channelId":"c","status":4}',
    });
    expect(teamCopy.conversationType).toBe('team');
    expect(peerOf(teamCopy, { selfId: 'bob' })).toBe(undefined);
    expect(peerOf(teamCopy, { selfId: 'alice' })).toBe(undefined);
    expect(peerOf(attach, { selfId: 'alice', conversationId: 'alice|2|team-7' })).toBe(undefined);
    expect(peerOf(attach, { selfId: 'alice', conversationId: 'alice|3|super-1' })).toBe(undefined);
    expect(peerOf(created, { conversationId: 'alice|2|team-7' })).toBe(undefined);
  });

  it('is nobody when it would be the viewer, or for a conversation id that is not one', () => {
    expect(peerOf(created, { selfId: 'bob', conversationId: 'bob|1|bob' })).toBe(undefined);
    expect(peerOf(created, { selfId: 'bob', conversationId: '|1|bob' })).toBe(undefined);
    expect(peerOf(created, { conversationId: 'p2p-bob' })).toBe(undefined);
    expect(peerOf(created, { conversationId: 'a|1|' })).toBe(undefined);
    expect(peerOf(created, { conversationId: 'a|1|b|c' })).toBe(undefined);
  });

  it('is nobody for an empty account id, in a record written by hand', () => {
    const fromNobody = makeRecord({ senderId: '', receiverId: 'bob', status: 'timeout' });
    expect(formatCallRecord(fromNobody, { selfId: 'bob' })).toMatchObject({
      tone: 'missed',
      peerId: undefined,
    });
    const toNobody = makeRecord({
      senderId: undefined,
      receiverId: undefined,
      durations: [{ accountId: '', seconds: 3, caller: false }],
      direction: 'outgoing',
    });
    expect(peerOf(toNobody, { selfId: 'bob' })).toBe(undefined);
  });

  it('is the person the missed-call grouping groups by', () => {
    const result = collectCallRecords([namedByConversation('m1'), namedByConversation('m2')], {
      selfId: 'bob',
      groupMissed: true,
    });
    expect(result.items.map((item) => [item.view.text, item.view.peerId])).toEqual([
      ['2 missed calls', 'alice'],
    ]);
  });
});
