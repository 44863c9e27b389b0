import { describe, it, expect, vi } from 'vitest';
import fc from 'fast-check';
import { collectCallRecords, createCallRecordCollector } from '../src/collect';
import { parseCallRecord } from '../src/record';
import { BASE_TIME, broken, serverCopy, text, v2 } from './collect.messages';

// The collector's caches, tested for what they promise, through its public seams only: the injected
// `parse` counts parses, results are compared with a fresh collector's. A simpler cache that keeps
// these promises (or none for strings: the bound is an upper bound) passes them too.

const countingParse = () => vi.fn(parseCallRecord);

/** Thirty messages: calls of every status, text, a broken record, every third one a server-copy string. */
const conversation = (): unknown[] =>
  Array.from({ length: 30 }, (_, index) => {
    if (index % 7 === 0) return text(`t${index}`);
    if (index === 11) return broken('broken');
    const spec = {
      id: `c${index}`,
      server: `s${index}`,
      at: BASE_TIME + index * 60_000,
      status: ((index % 5) + 1) as 1 | 2 | 3 | 4 | 5,
    };
    return index % 3 === 0 ? serverCopy(spec) : v2(spec);
  });

describe('parse cache', () => {
  it('parses each message once while it stays in the list: append, prepend, removal, reorder, options', () => {
    const parse = countingParse();
    const collector = createCallRecordCollector({ parse });
    const messages = conversation();
    collector.collect(messages, { selfId: 'bob' });
    expect(parse).toHaveBeenCalledTimes(30);
    const appended = [...messages, v2({ id: 'new', at: BASE_TIME + 1e8 }), text('new text')];
    collector.collect(appended, { selfId: 'bob' });
    expect(parse).toHaveBeenCalledTimes(32);
    const prepended = [text('older'), ...appended];
    collector.collect(prepended, { selfId: 'bob' });
    const trimmed = prepended.filter((_, index) => index !== 5);
    collector.collect(trimmed, { selfId: 'bob' });
    const reversed = [...trimmed].reverse();
    collector.collect(reversed, { selfId: 'bob' });
    collector.collect(reversed, { selfId: 'alice', locale: 'ja' });
    const last = collector.collect(reversed, { selfId: 'alice', locale: 'ja', groupMissed: true });
    expect(parse).toHaveBeenCalledTimes(33);
    expect(last).toEqual(collectCallRecords(reversed, { selfId: 'alice', locale: 'ja', groupMissed: true }));
  });

  it('parses an equal string once in a list, and not again while the next list still holds it', () => {
    const parse = countingParse();
    const collector = createCallRecordCollector({ parse });
    const first = serverCopy({ server: 's1', at: BASE_TIME, status: 2 });
    const second = serverCopy({ server: 's2', at: BASE_TIME + 9000, status: 3 });
    const third = serverCopy({ server: 's3', at: BASE_TIME + 99_000, status: 4 });
    collector.collect([first, first, second]);
    expect(parse).toHaveBeenCalledTimes(2);
    const result = collector.collect([second, first, third, first]);
    expect(parse).toHaveBeenCalledTimes(3);
    expect(result.stats).toMatchObject({ total: 4, items: 3, duplicates: 1 });
  });

  it('stays bounded under a flood of distinct strings: once they left the list, they are parsed again', () => {
    const parse = countingParse();
    const collector = createCallRecordCollector({ parse });
    const flood: string[] = [];
    for (let list = 0; list < 20; list++) {
      const strings = Array.from({ length: 1000 }, (_, index) => `note ${list * 1000 + index}`);
      flood.push(...strings);
      collector.collect(strings);
    }
    expect(parse).toHaveBeenCalledTimes(20_000);
    parse.mockClear();
    // Any cache holding at most the strings of the last two lists parses nearly all of them again.
    const result = collector.collect(flood);
    expect(parse.mock.calls.length).toBeGreaterThanOrEqual(20_000 - 2 * 1000);
    expect(result.stats).toMatchObject({ total: 20_000, ignored: 20_000 });
  });
});

describe('every cache (property)', () => {
  it('gives what a fresh collector gives, for any sequence of lists and options', () => {
    const pool = conversation();
    const listArb = fc.array(fc.nat({ max: pool.length - 1 }), { maxLength: 30 });
    const optionsArb = fc.record({
      selfId: fc.constantFrom(undefined, 'alice', 'bob'),
      locale: fc.constantFrom(undefined, 'en', 'zh-CN'),
      groupMissed: fc.boolean(),
    });
    const stepArb = fc.record({ picks: listArb, options: optionsArb, append: fc.boolean() });
    fc.assert(
      fc.property(fc.array(stepArb, { minLength: 1, maxLength: 6 }), (steps) => {
        const collector = createCallRecordCollector();
        let previous: unknown[] = [];
        for (const step of steps) {
          const picked = step.picks.map((index) => pool[index]);
          const messages = step.append ? [...previous, ...picked] : picked;
          expect(collector.collect(messages, step.options)).toEqual(
            collectCallRecords(messages, step.options),
          );
          previous = messages;
        }
      }),
      { numRuns: 150 },
    );
  });
});
