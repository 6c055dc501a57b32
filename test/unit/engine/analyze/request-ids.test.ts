import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexRequestIds } from '@/lib/engine/analyze/request-ids';

const ids = (...list: string[]) => list.map((id) => ({ id }));

describe('indexRequestIds', () => {
  it('finds every request of a browser-numbered capture, and nothing else', () => {
    const index = indexRequestIds(ids('9', '10', '11', '250', '4000'));
    expect(['9', '10', '11', '250', '4000'].map((id) => index.indexOf(id))).toEqual([
      0, 1, 2, 3, 4,
    ]);
    expect(
      ['8', '12', '010', '+10', '1e1', '10.0', '', 'x'].map((id) => index.indexOf(id)),
    ).toEqual(Array(8).fill(undefined));
    expect(index.shared).toBe(false);
  });

  it('tells `7` and `07` apart, and ids that are not numbers at all', () => {
    const index = indexRequestIds(ids('07', '7', 'abc', '12'));
    expect(['07', '7', 'abc', '12'].map((id) => index.indexOf(id))).toEqual([0, 1, 2, 3]);
    expect(index.shared).toBe(false);
    const padded = indexRequestIds(ids('07', '8'));
    expect([padded.indexOf('07'), padded.indexOf('7'), padded.indexOf('8')]).toEqual([
      0,
      undefined,
      1,
    ]);
  });

  it('does not mistake one long id for another that is the same number to a double', () => {
    const index = indexRequestIds(ids('1', '9007199254740992'));
    expect(index.indexOf('9007199254740993')).toBeUndefined();
    expect(index.indexOf('9007199254740992')).toBe(1);
  });

  it('a shared id stands for the last request that has it', () => {
    const index = indexRequestIds(ids('5', '6', '5', '9'));
    expect(index.shared).toBe(true);
    expect(index.indexOf('5')).toBe(2);
  });

  it('agrees with a plain map on any list of ids', () => {
    const id = fc.oneof(
      fc.nat(40).map(String),
      fc.constantFrom('007', '', 'x', '9007199254740993'),
    );
    fc.assert(
      fc.property(
        fc.array(id, { maxLength: 30 }),
        fc.array(id, { maxLength: 10 }),
        (list, probes) => {
          const map = new Map(list.map((v, i) => [v, i]));
          const index = indexRequestIds(ids(...list));
          expect(index.shared).toBe(map.size !== list.length);
          for (const probe of [...list, ...probes])
            expect(index.indexOf(probe)).toBe(map.get(probe));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('agrees with a plain map on increasing ids, the usual capture', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.nat(100_000), { maxLength: 60 }),
        fc.nat(100_000),
        (values, probe) => {
          const list = [...values].sort((a, b) => a - b).map(String);
          const index = indexRequestIds(ids(...list));
          list.forEach((v, i) => expect(index.indexOf(v)).toBe(i));
          expect(index.indexOf(String(probe))).toBe(
            list.includes(String(probe)) ? list.indexOf(String(probe)) : undefined,
          );
        },
      ),
      { numRuns: 300 },
    );
  });
});
