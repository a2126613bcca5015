import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { birthDatesDisagree, refusalReasons } from './guards.js';
import { clusterPeople } from './people.js';
import { pairs, personFacts, samePartition } from './testing.js';
import { readDate } from '../comparators/index.js';

const NIK_A = '3513014107900001';
const NIK_C = '3513011203850002';

describe('person clustering guards', () => {
  it('never merges two valid NIKs with different birth dates through a third record', () => {
    // The classic chain: A and C are two people; B (no NIK) resembles both.
    const facts = personFacts([
      { nik: NIK_A, birthDate: '1990-07-01', sex: 'P' },
      { birthDate: null, sex: 'P' },
      { nik: NIK_C, birthDate: '1985-03-12', sex: 'P' },
    ]);
    const result = clusterPeople(
      3,
      pairs([
        [0, 1, 12],
        [1, 2, 10],
      ]),
      facts,
      { threshold: 5 },
    );
    expect(result.clusterOf[0]).toBe(result.clusterOf[1]);
    expect(result.clusterOf[2]).not.toBe(result.clusterOf[1]);
    expect(result.count).toBe(2);
    expect([...result.refused.reason]).toEqual([refusalReasons.nikBirthDate]);
    expect([result.refused.a[0], result.refused.b[0]]).toEqual([1, 2]);
  });

  it('keeps the stronger link when the chain is built from the other end', () => {
    const facts = personFacts([
      { nik: NIK_A, birthDate: '1990-07-01' },
      { birthDate: '1990-07-01' },
      { nik: NIK_C, birthDate: '1985-03-12' },
    ]);
    const result = clusterPeople(
      3,
      pairs([
        [0, 1, 8],
        [2, 1, 10],
      ]),
      facts,
      { threshold: 5 },
    );
    expect(result.clusterOf[1]).toBe(result.clusterOf[2]);
    expect(result.clusterOf[0]).not.toBe(result.clusterOf[1]);
  });

  it('allows a wrong NIK copy when the birth dates agree, and a day/month swap', () => {
    const facts = personFacts([
      { nik: NIK_A, birthDate: '1990-07-01' },
      { nik: NIK_C, birthDate: '1990-01-07', source: 't' },
    ]);
    const result = clusterPeople(2, pairs([[0, 1, 10]]), facts, { threshold: 5 });
    expect(result.count).toBe(1);
  });

  it('refuses two valid NIKs from one source, unless the source is known for duplicates', () => {
    const records = [
      { nik: NIK_A, birthDate: '1990-07-01', source: 'dtks' },
      { nik: NIK_C, birthDate: '1990-07-01', source: 'dtks' },
    ];
    const links = pairs([[0, 1, 10]]);
    const strict = clusterPeople(2, links, personFacts(records), { threshold: 5 });
    expect(strict.count).toBe(2);
    expect(strict.refused.reason[0]).toBe(refusalReasons.sameSourceNik);
    const lenient = { threshold: 5, duplicateSources: ['dtks'] };
    expect(clusterPeople(2, links, personFacts(records), lenient).count).toBe(1);
    const off = { threshold: 5, sameSourceGuard: false };
    expect(clusterPeople(2, links, personFacts(records), off).count).toBe(1);
  });

  it('refuses different sexes unless the link is overwhelming', () => {
    const facts = personFacts([{ sex: 'L' }, { sex: 'P' }, { sex: null }]);
    expect(clusterPeople(3, pairs([[0, 1, 10]]), facts, { threshold: 5 }).count).toBe(3);
    expect(clusterPeople(3, pairs([[0, 1, 40]]), facts, { threshold: 5 }).count).toBe(2);
    // Through an unknown sex, the chain is still refused.
    const chain = clusterPeople(
      3,
      pairs([
        [0, 2, 10],
        [2, 1, 9],
      ]),
      facts,
      { threshold: 5 },
    );
    expect(chain.count).toBe(2);
    expect(chain.refused.reason[0]).toBe(refusalReasons.sex);
  });

  it('ignores links under the threshold and self-links', () => {
    const facts = personFacts([{}, {}, {}]);
    const result = clusterPeople(
      3,
      pairs([
        [0, 1, 4.9],
        [2, 2, 50],
      ]),
      facts,
      { threshold: 5 },
    );
    expect(result.count).toBe(3);
    expect(result.accepted).toBe(0);
  });

  it('reads birth-date disagreement on known parts only', () => {
    const d = (x: string, y: string) => birthDatesDisagree(readDate(x), readDate(y));
    expect(d('1990-07-01', '1990-07-01')).toBe(false);
    expect(d('1990-00-00', '1990-07-01')).toBe(false);
    expect(d('1990-07-00', '1990-07-21')).toBe(false);
    expect(d('1990-07-01', '1990-01-07')).toBe(false);
    expect(d('1990-07-01', '1991-07-01')).toBe(true);
    expect(d('1990-07-01', '1990-07-02')).toBe(true);
    expect(d('1990-07-01', '1990-08-01')).toBe(true);
    expect(d('1990-07-01', 'bad')).toBe(false);
  });
});

describe('person clustering is deterministic', () => {
  const record = fc.record({
    nik: fc.option(fc.constantFrom(NIK_A, NIK_C, '3513010101700003'), { nil: null }),
    birthDate: fc.option(fc.constantFrom('1990-07-01', '1985-03-12', '1970-01-01'), {
      nil: null,
    }),
    sex: fc.option(fc.constantFrom('L', 'P'), { nil: null }),
    source: fc.constantFrom('dtks', 'p3ke'),
  });
  const input = fc
    .array(record, { minLength: 2, maxLength: 25 })
    .chain((records) =>
      fc.tuple(
        fc.constant(records),
        fc.array(
          fc.tuple(
            fc.nat(records.length - 1),
            fc.nat(records.length - 1),
            fc.constantFrom(6, 8, 8, 10, 12.5, 40),
          ),
          { maxLength: 60 },
        ),
        fc.infiniteStream(fc.boolean()),
      ),
    );

  it('gives the same clusters whatever the order and direction of the pairs', () => {
    fc.assert(
      fc.property(input, fc.integer(), ([records, links, flips], seed) => {
        const facts = personFacts(records);
        const base = clusterPeople(records.length, pairs(links), facts, { threshold: 5 });
        const flip = [...flips.take(links.length)];
        const shuffled = links
          .map((l, i): [number, number, number] => (flip[i] ? [l[1], l[0], l[2]] : l))
          .map((l, i) => ({ l, k: Math.sin(seed + i) }))
          .sort((x, y) => x.k - y.k)
          .map((x) => x.l);
        const again = clusterPeople(records.length, pairs(shuffled), facts, { threshold: 5 });
        expect([...again.clusterOf]).toEqual([...base.clusterOf]);
        expect(again.refused.reason.length).toBe(base.refused.reason.length);
      }),
    );
  });

  it('without guards is plain connected components', () => {
    fc.assert(
      fc.property(input, ([records, links]) => {
        const facts = personFacts(records.map(() => ({})));
        const result = clusterPeople(records.length, pairs(links), facts, { threshold: 5 });
        // Reference: label propagation until nothing changes.
        const label = records.map((_, i) => i);
        for (let changed = true; changed;) {
          changed = false;
          for (const [a, b] of links) {
            const m = Math.min(label[a]!, label[b]!);
            if (label[a] !== m || label[b] !== m) changed = true;
            label[a] = label[b] = m;
          }
        }
        expect(samePartition(result.clusterOf, label)).toBe(true);
      }),
    );
  });
});
