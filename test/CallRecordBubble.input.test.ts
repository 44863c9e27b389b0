import { describe, it, expect } from 'vitest';
import { readCallRecordInput } from '../src/CallRecordBubble/readCallRecordInput';
import { parseCallRecord } from '../src/record';
import type { CallRecord } from '../src/record';
import v2Completed from './fixtures/v2-message-completed.json';

const parsed = parseCallRecord(v2Completed);
if (!parsed.ok) throw new Error('fixture must parse');
const record: CallRecord = parsed.record;

describe('readCallRecordInput', () => {
  it('reads a raw message by parsing it, and a record as it is', () => {
    expect(readCallRecordInput(v2Completed)).toEqual({ kind: 'record', record });
    expect(readCallRecordInput(JSON.stringify(v2Completed))).toEqual({ kind: 'record', record });
    const same = readCallRecordInput(record);
    expect(same.kind === 'record' && same.record).toBe(record);
  });

  it('reads a parse result: its record when ok, nothing otherwise', () => {
    const ok = readCallRecordInput(parsed);
    expect(ok.kind === 'record' && ok.record).toBe(record);
    expect(readCallRecordInput(parseCallRecord('{"type":1}'))).toEqual({ kind: 'none' });
    expect(readCallRecordInput({ ok: true, record: 'not a record' })).toEqual({ kind: 'none' });
  });

  it('reads a list item as an item', () => {
    const item = {
      key: 'k',
      record,
      records: [record],
      count: 1,
      view: {},
      message: v2Completed,
      options: {},
    };
    expect(readCallRecordInput(item)).toEqual({ kind: 'item', item });
  });

  it('reads text messages, primitives and hostile objects as nothing', () => {
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('boom');
        },
      },
    );
    for (const input of [null, undefined, 42, 'hello', { messageType: 0, text: 'hi' }, hostile]) {
      expect(readCallRecordInput(input)).toEqual({ kind: 'none' });
    }
  });
});
