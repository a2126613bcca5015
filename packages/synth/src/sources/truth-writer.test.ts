import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import type { ObservedPerson, SourceName } from './observed.js';
import { openTruthWriter, recordId } from './truth-writer.js';
import { samplePeople } from './observed.arbitraries.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tepat-truth-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const person = (source: SourceName, personId: string): ObservedPerson => ({
  ...(samplePeople(source, 1)[0] as ObservedPerson),
  personId,
});

describe('truth.csv', () => {
  it('names records by person id in DTKS and Regsosek, by row number in P3KE and DTSEN', async () => {
    const path = join(dir, 'truth.csv');
    const writer = openTruthWriter(path);
    // Sources interleaved: each one's row numbers still count from 1 in its own file.
    const written: [ObservedPerson, string][] = [
      [person('p3ke', 'ignored'), 'A'],
      [person('dtks', 'D-17'), 'A'],
      [person('dtsen', ''), 'B'],
      [person('p3ke', ''), 'B'],
      [person('regsosek', 'R-9'), 'B'],
      [person('p3ke', ''), 'C'],
      [person('dtsen', ''), 'C'],
    ];
    for (const [p, who] of written) {
      await writer.write(p, { personId: who, familyId: `F${who}`, householdId: `H${who}` });
    }
    await writer.close();
    const text = await readFile(path, 'utf8');
    expect(parse(text)).toEqual([
      ['source', 'record_id', 'person_id', 'family_id', 'household_id'],
      ['p3ke', '1', 'A', 'FA', 'HA'],
      ['dtks', 'D-17', 'A', 'FA', 'HA'],
      ['dtsen', '1', 'B', 'FB', 'HB'],
      ['p3ke', '2', 'B', 'FB', 'HB'],
      ['regsosek', 'R-9', 'B', 'FB', 'HB'],
      ['p3ke', '3', 'C', 'FC', 'HC'],
      ['dtsen', '2', 'C', 'FC', 'HC'],
    ]);
  });

  it('refuses a DTKS or Regsosek record without a person id', () => {
    expect(() => recordId(person('dtks', ''), 1)).toThrow(/person id/);
    expect(() => recordId({ ...person('regsosek', 'x'), personId: undefined }, 1)).toThrow(
      /person id/,
    );
  });
});
