/** Properties over arbitrary cells: every row read, never a throw, problems placed on their row. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RawRow } from '../ingest.js';
import { createBatchChecks, createNormaliser } from './index.js';
import {
  cellsOf,
  deps,
  dtks,
  dtksHeader,
  dtsen,
  dtsenHeader,
  p3ke,
  p3keHeader,
  regsosek,
  regsosekHeader,
} from './test-fixtures.js';

const layouts = [
  [dtks, dtksHeader],
  [regsosek, regsosekHeader],
  [p3ke, p3keHeader],
  [dtsen, dtsenHeader],
] as const;

/** Cells that look like what files hold, mixed with anything at all. */
const cell = fc.oneof(
  fc.string(),
  fc.constantFrom(
    '',
    '-',
    'NULL',
    '#N/A',
    '0',
    '1',
    '2',
    '35',
    '74',
    'Ya',
    'Desil 3',
    '3.57404E+15',
  ),
  fc.stringMatching(/^\d{1,17}$/),
  fc.stringMatching(/^\d{2}[-/]\d{2}[-/]\d{4}$/),
);

describe('createNormaliser properties', () => {
  it.each(layouts)(
    'never throws, keeps the row, and names only header columns (%s)',
    (profile, header) => {
      const normalise = createNormaliser(profile, header, deps({ within: '35.74' }));
      const headerCells = new Set(header);
      fc.assert(
        fc.property(
          fc.nat(1_000_000),
          fc.array(cell, { maxLength: header.length + 2 }),
          (rowNumber, cells) => {
            const row = normalise({ rowNumber, cells });
            expect(row.rowNumber).toBe(rowNumber);
            for (const p of row.problems) {
              expect(headerCells.has(p.data.column ?? '')).toBe(true);
              expect(p.data.row).toBe(rowNumber);
              expect(typeof p.data.value).toBe('string');
            }
          },
        ),
        { numRuns: 300 },
      );
    },
  );
});

function generatedRows(count: number): RawRow[] {
  const rows: RawRow[] = [];
  for (let i = 1; i <= count; i++) {
    const serial = String(i % 10_000 || 1).padStart(4, '0');
    const day = String((i % 28) + 1).padStart(2, '0');
    const female = i % 2 === 0;
    rows.push({
      rowNumber: i,
      cells: cellsOf(dtksHeader, {
        IDARTBDT: `ART${i}`,
        IDBDT: `BDT${Math.trunc(i / 4)}`,
        NOKK: `357404150310${String(Math.trunc(i / 4) % 10_000 || 1).padStart(4, '0')}`,
        NIK: `357404${female ? Number(day) + 40 : day}0580${serial}`,
        NAMA: female ? 'SITI  AMINAH' : 'H. SUPRIYADI',
        JNS_KEL: female ? '2' : '1',
        TGL_LHR: `${day}-05-1980`,
        HUB_KRT: String((i % 8) + 1),
        KDPROP: '35',
        KDKAB: '74',
        KDKEC: i % 3 === 0 ? '05' : '04',
        KDDESA: i % 3 === 0 ? '1005' : '1001',
        NMKEC: 'KANIGARAN',
        NMDESA: 'TISNONEGARAN',
        ALAMAT: `JL. SUNAN GIRI NO. ${i % 90} RT 00${i % 9} RW 00${i % 7}`,
        PKH: String(i % 2),
        BPNT: '0',
        PBI: '1',
      }),
    });
  }
  return rows;
}

describe('createNormaliser on many valid rows', () => {
  it('finds no problem in 200,000 generated valid DTKS rows, batch checks included', () => {
    // Speed is measured by `npm run bench:ingest`; this is about correctness at volume.
    const rows = generatedRows(200_000);
    const normalise = createNormaliser(dtks, dtksHeader, deps());
    const checks = createBatchChecks({ recordId: 'IDARTBDT', nik: 'NIK' });
    let problems = 0;
    for (const row of rows) {
      const out = normalise(row);
      problems += out.problems.length + checks.check(out).length;
    }
    expect(problems).toBe(0);
  });
});
