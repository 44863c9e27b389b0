/**
 * Call histories for the CallLog stories: deterministic (seeded) V2 call messages between the
 * stories' viewer (alice) and a set of people, newest at `STORY_NOW`, as several conversations.
 */
import type { CallLogPerson } from '../src';
import { SELF_ID, seededRandom } from './data';

/** The stories' "now": 14:00 on Sunday 6 December 2026 in Shanghai (the frame's time zone). */
export const STORY_NOW = Date.UTC(2026, 11, 6, 6, 0);

/** The people of the stories, by account id. */
export const PEOPLE: Readonly<Record<string, CallLogPerson>> = {
  bob: { name: 'Bob Lee' },
  carol: { name: 'Carol Zhang' },
  dave: { name: '王芳' },
  erin: { name: 'Erin O’Connor' },
  farid: { name: 'فريد' },
  gal: { name: 'גל כהן' },
  hana: { name: 'さくら' },
  ivan: { name: 'Иван Петров' },
  jun: { name: '김민준' },
  kofi: { name: 'Kofi Mensah' },
  lena: { name: 'Lena Müller' },
  mai: { name: 'Mai Nguyễn' },
};

/** The app's resolver of the stories: a person's name, or nothing for an account it does not know. */
export const getPerson = (accountId: string): CallLogPerson | undefined => PEOPLE[accountId];

/** One V2 call message between alice and `peer`, `minutesAgo` minutes before {@link STORY_NOW}. */
export function storyCall(
  id: string,
  peer: string,
  outgoing: boolean,
  minutesAgo: number,
  status: 1 | 2 | 3 | 4 | 5,
  type: 1 | 2 = 1,
) {
  const from = outgoing ? SELF_ID : peer;
  const to = outgoing ? peer : SELF_ID;
  const seconds = 30 + ((minutesAgo * 7) % 900);
  return {
    messageClientId: id,
    messageServerId: `s-${id}`,
    createTime: STORY_NOW - minutesAgo * 60_000,
    senderId: from,
    receiverId: to,
    conversationType: 1,
    conversationId: `${SELF_ID}|1|${peer}`,
    isSelf: outgoing,
    messageType: 12,
    attachment: {
      type,
      channelId: `ch-${id}`,
      status,
      durations:
        status === 1
          ? [
              { accountId: from, duration: seconds },
              { accountId: to, duration: seconds },
            ]
          : [],
    },
  };
}

/** A phone's week: missed calls in a row, a call back, video and voice, several people, several days. */
export const WEEK = [
  storyCall('w1', 'bob', false, 25, 4),
  storyCall('w2', 'bob', false, 40, 2),
  storyCall('w3', 'bob', false, 62, 5),
  storyCall('w4', 'carol', true, 130, 1, 2),
  storyCall('w5', 'carol', true, 150, 4, 2),
  storyCall('w6', 'dave', false, 300, 1),
  storyCall('w7', 'bob', true, 20 * 60, 1),
  storyCall('w8', 'erin', false, 22 * 60, 3),
  storyCall('w9', 'erin', false, 23 * 60, 4, 2),
  storyCall('w10', 'kofi', true, 2 * 24 * 60, 1),
  storyCall('w11', 'lena', false, 3 * 24 * 60 + 30, 1, 2),
  storyCall('w12', 'lena', false, 3 * 24 * 60 + 90, 4),
  storyCall('w13', 'bob', true, 5 * 24 * 60, 3),
  storyCall('w14', 'carol', false, 9 * 24 * 60, 1),
  storyCall('w15', 'mai', true, 40 * 24 * 60, 1, 2),
];

/**
 * `count` calls with the twelve people, one every few minutes to few hours back from {@link STORY_NOW},
 * in one list per person (the conversations), joined: the input order is not the order of time.
 */
export function makeCallHistory(count: number, seed = 7): readonly unknown[] {
  const random = seededRandom(seed);
  const people = Object.keys(PEOPLE);
  const conversations = new Map<string, unknown[]>(people.map((person) => [person, []]));
  let minutesAgo = 5;
  for (let index = 0; index < count; index += 1) {
    minutesAgo += 2 + Math.floor(random() * 240);
    const peer = people[Math.floor(random() * people.length)]!;
    const status = (1 + Math.floor(random() * 5)) as 1 | 2 | 3 | 4 | 5;
    const call = storyCall(`h${index}`, peer, random() < 0.5, minutesAgo, status, random() < 0.7 ? 1 : 2);
    conversations.get(peer)!.unshift(call);
  }
  return [...conversations.values()].flat();
}
