/**
 * Writes `truth.csv`: for every source record, the true person, family and household it
 * describes, so that linkage results can be scored. A record is named as the importer names
 * it: by the source's person id in DTKS and Regsosek, by its 1-based data row number in P3KE
 * and DTSEN. The writer counts rows per source itself, so each source must go to exactly one
 * file and its people must be given here in the order they were written there.
 */
import type { ObservedPerson, SourceName } from './observed.js';
import { openCsvFile } from './csv-writer.js';

export const truthHeader = [
  'source',
  'record_id',
  'person_id',
  'family_id',
  'household_id',
] as const;

/** The generator's own ids of the real person behind a record. */
export interface TruthKeys {
  personId: string;
  familyId: string;
  householdId: string;
}

export interface TruthWriter {
  /** Returns a promise only when the file asks the caller to wait; `await` it then. */
  write(p: ObservedPerson, truth: TruthKeys): void | Promise<void>;
  close(): Promise<void>;
}

/** The record id of a source row: its person id, or its row number where the layout has none. */
export function recordId(p: ObservedPerson, rowNumber: number): string {
  switch (p.source) {
    case 'dtks':
    case 'regsosek':
      if (p.personId === undefined || p.personId === '') {
        throw new Error(`a ${p.source} record without a person id (row ${rowNumber})`);
      }
      return p.personId;
    case 'p3ke':
    case 'dtsen':
      return String(rowNumber);
  }
}

export function openTruthWriter(path: string): TruthWriter {
  const file = openCsvFile(path, ',', truthHeader);
  const rowsBySource: Record<SourceName, number> = { dtks: 0, regsosek: 0, p3ke: 0, dtsen: 0 };
  return {
    write(p, truth) {
      const row = ++rowsBySource[p.source];
      return file.writeRow([
        p.source,
        recordId(p, row),
        truth.personId,
        truth.familyId,
        truth.householdId,
      ]);
    },
    close: () => file.close(),
  };
}
