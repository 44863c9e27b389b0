import { describe, expect, it } from 'vitest';
import { mergeCallRecordOptions, sameCallRecordOptions } from '../src/options';
import type { CallRecordOptions } from '../src/options';
import { en } from '../src/format';

describe('mergeCallRecordOptions', () => {
  it('lets each option the override sets win, and merges messages key by key', () => {
    const pick = () => 3;
    const merged = mergeCallRecordOptions(
      { selfId: 'me', locale: 'en', messages: { callBack: 'Ring', ended: 'Done' }, timeZone: 'UTC' },
      {
        locale: en,
        messages: { ended: 'Over', callRecord: undefined },
        pickDuration: pick,
        selfId: undefined,
      },
    );
    expect(merged).toEqual({
      selfId: 'me',
      locale: en,
      messages: { callBack: 'Ring', ended: 'Over' },
      pickDuration: pick,
      timeZone: 'UTC',
    });
  });
  it('keeps the identity of a side when the other sets nothing', () => {
    const base: CallRecordOptions = { selfId: 'me' };
    const override: CallRecordOptions = { locale: 'ja' };
    expect(mergeCallRecordOptions(base, undefined)).toBe(base);
    expect(mergeCallRecordOptions(base, {})).toBe(base);
    expect(mergeCallRecordOptions(base, { selfId: undefined, messages: {} })).toBe(base);
    expect(mergeCallRecordOptions(undefined, override)).toBe(override);
    expect(mergeCallRecordOptions({}, override)).toBe(override);
    expect(mergeCallRecordOptions(undefined, undefined)).toEqual({});
    const messages = { ended: 'Done' };
    expect(mergeCallRecordOptions({ messages }, { selfId: 'me' }).messages).toBe(messages);
  });
  it('never reaches the prototype through a "__proto__" message key, and survives a hostile one', () => {
    const polluted = JSON.parse('{"__proto__": {"x": 1}, "ended": "Done"}') as CallRecordOptions['messages'];
    const merged = mergeCallRecordOptions({ messages: { callBack: 'Ring' } }, { messages: polluted });
    expect(Object.getPrototypeOf(merged.messages)).toBe(Object.prototype);
    expect(merged.messages?.ended).toBe('Done');
    const hostile = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error('boom');
        },
      },
    );
    expect(() => mergeCallRecordOptions({ messages: hostile }, { messages: { ended: 'x' } })).not.toThrow();
  });
});

describe('sameCallRecordOptions', () => {
  it('compares messages key by key and the rest by identity', () => {
    expect(
      sameCallRecordOptions(
        { locale: 'en', messages: { ended: 'Done' } },
        { locale: 'en', messages: { ended: 'Done' } },
      ),
    ).toBe(true);
    expect(sameCallRecordOptions({ messages: { ended: 'Done' } }, { messages: { ended: 'Over' } })).toBe(
      false,
    );
    expect(
      sameCallRecordOptions({ messages: { ended: 'Done' } }, { messages: { ended: 'Done', callBack: 'x' } }),
    ).toBe(false);
    expect(sameCallRecordOptions({ locale: en }, { locale: { ...en } })).toBe(false);
    expect(sameCallRecordOptions({ pickDuration: () => 1 }, { pickDuration: () => 1 })).toBe(false);
    expect(sameCallRecordOptions({ selfId: 'a', timeZone: 'UTC' }, { selfId: 'a', timeZone: 'UTC' })).toBe(
      true,
    );
  });
  it('treats undefined, missing keys and empty messages alike', () => {
    expect(sameCallRecordOptions(undefined, {})).toBe(true);
    expect(sameCallRecordOptions({ selfId: undefined, messages: {} }, undefined)).toBe(true);
    expect(sameCallRecordOptions({ messages: { ended: undefined } }, {})).toBe(true);
    expect(sameCallRecordOptions({ selfId: 'a' }, {})).toBe(false);
  });
});
