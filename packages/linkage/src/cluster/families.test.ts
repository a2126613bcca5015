import { describe, expect, it } from 'vitest';
import { clusterFamilies } from './families.js';
import { familyFacts, samePartition, type TestRecord } from './testing.js';

/** Records with their person given by a letter; returns the families by record, as labels. */
function run(records: (TestRecord & { person: string })[], recency = {}) {
  const people = [...new Set(records.map((r) => r.person))];
  const clustering = {
    clusterOf: Int32Array.from(records, (r) => people.indexOf(r.person)),
    count: people.length,
  };
  const result = clusterFamilies(clustering, familyFacts(records), { sourceRecency: recency });
  const familyOf = (p: string) => result.familyOfPerson[people.indexOf(p)];
  return { result, familyOf, people };
}

const K1 = '3513010101100001';
const K2 = '3513010202150002';
const K3 = '3513010303200003';

describe('families from KK and source family ids', () => {
  it('joins a family under a renumbered KK through its shared members', () => {
    const { result, familyOf } = run([
      { person: 'A', source: 'regsosek', familyId: 'f1', kk: K1, relation: 1 },
      { person: 'B', source: 'regsosek', familyId: 'f1', kk: K1 },
      { person: 'C', source: 'regsosek', familyId: 'f1', kk: K1 },
      { person: 'A', source: 'dtsen', kk: K2, relation: 1 },
      { person: 'B', source: 'dtsen', kk: K2 },
      { person: 'C', source: 'dtsen', kk: K2 },
    ]);
    expect(result.familyCount).toBe(1);
    expect(familyOf('A')).toBe(familyOf('C'));
    expect(result.ambiguous.person.length).toBe(0);
  });

  it('keeps members split onto a new KK without a head of their own in the family', () => {
    const { result } = run([
      { person: 'A', source: 'regsosek', familyId: 'f1', kk: K1, relation: 1 },
      { person: 'B', source: 'regsosek', familyId: 'f1', kk: K1, relation: 2 },
      { person: 'C', source: 'regsosek', familyId: 'f1', kk: K1, relation: 3 },
      { person: 'D', source: 'regsosek', familyId: 'f1', kk: K1, relation: 3 },
      { person: 'A', source: 'dtsen', kk: K1, relation: 1 },
      { person: 'B', source: 'dtsen', kk: K1, relation: 2 },
      { person: 'C', source: 'dtsen', kk: K3, relation: 3 },
      { person: 'E', source: 'dtsen', kk: K3, relation: 4 },
    ]);
    expect(result.familyCount).toBe(1);
  });

  it('lets a child who heads a new KK go to the latest family, reported as ambiguous', () => {
    const { result, familyOf } = run(
      [
        { person: 'A', source: 'regsosek', familyId: 'f1', kk: K1, relation: 1 },
        { person: 'B', source: 'regsosek', familyId: 'f1', kk: K1, relation: 2 },
        { person: 'C', source: 'regsosek', familyId: 'f1', kk: K1, relation: 3 },
        { person: 'C', source: 'dtsen', kk: K2, relation: 1 },
        { person: 'S', source: 'dtsen', kk: K2, relation: 2 },
      ],
      { regsosek: 2022, dtsen: 2025 },
    );
    expect(result.familyCount).toBe(2);
    expect(familyOf('C')).toBe(familyOf('S'));
    expect(familyOf('C')).not.toBe(familyOf('A'));
    expect([...result.ambiguous.person]).toEqual([2]);
    expect(result.ambiguous.candidates[0]).toBe(2);
  });

  it('does not chain two families through one wrongly merged person', () => {
    const { result, familyOf } = run([
      { person: 'A', source: 'regsosek', familyId: 'f1', kk: K1, relation: 1 },
      { person: 'B', source: 'regsosek', familyId: 'f1', kk: K1 },
      { person: 'X', source: 'regsosek', familyId: 'f1', kk: K1 },
      { person: 'X', source: 'p3ke', familyId: '9', relation: 1 },
      { person: 'E', source: 'p3ke', familyId: '9' },
      { person: 'F', source: 'p3ke', familyId: '9' },
    ]);
    expect(result.familyCount).toBe(2);
    expect(familyOf('A')).not.toBe(familyOf('E'));
    expect(result.ambiguous.person.length).toBe(1);
  });

  it('groups families into DTKS households and leaves the others alone', () => {
    const { result, familyOf, people } = run([
      { person: 'A', source: 'dtks', familyId: 'h1', kk: K1, relation: 1 },
      { person: 'B', source: 'dtks', familyId: 'h1', kk: K1 },
      { person: 'C', source: 'dtks', familyId: 'h1', kk: K2, relation: 3 },
      { person: 'D', source: 'dtks', familyId: 'h1', kk: K2, relation: 4 },
      { person: 'E', source: 'regsosek', familyId: 'f7', kk: K3, relation: 1 },
      { person: 'F', source: 'dtks', familyId: 'h2' },
      { person: 'G', source: 'dtks', familyId: 'h2' },
    ]);
    expect(result.familyCount).toBe(4);
    expect(familyOf('A')).toBe(familyOf('B'));
    expect(familyOf('C')).not.toBe(familyOf('A'));
    // Without a KK, DTKS members fall back on their household id.
    expect(familyOf('F')).toBe(familyOf('G'));
    const household = (p: string) => result.householdOfFamily[familyOf(p)!];
    expect(household('A')).toBe(household('C'));
    expect(household('E')).not.toBe(household('A'));
    expect(result.householdCount).toBe(3);
    expect(people.length).toBe(7);
  });

  it('puts people with no family evidence in families of their own', () => {
    const { result } = run([{ person: 'A' }, { person: 'B' }, { person: 'A' }]);
    expect(result.familyCount).toBe(2);
    expect(samePartition(result.familyOfRecord, [0, 1, 0])).toBe(true);
  });
});
