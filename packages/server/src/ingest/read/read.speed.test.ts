/**
 * Prints how fast the readers go on their own (1,000,000 CSV rows and 100,000 workbook rows of
 * 20 columns). Nothing is asserted: machines differ, and the import's real target (≥ 100,000 and
 * ≥ 25,000 rows/s into PostgreSQL) is measured end to end elsewhere.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { openSourceFile } from './source-file.js';
import { tempPath } from './test-files.js';

function personRow(i: number): (string | number)[] {
  const nik = String(3513010101900000 + i);
  return [
    `ART${i}`,
    `RT${Math.floor(i / 4)}`,
    `35130120${String(i % 100).padStart(2, '0')}000001`,
    nik,
    `NAMA ORANG KE ${i}`,
    (i % 2) + 1,
    'PROBOLINGGO',
    '17-05-1990',
    (i % 8) + 1,
    35,
    13,
    1,
    2001,
    'KRAIKSAN',
    'PATOKAN',
    `JL. MAWAR NO ${i % 300} RT 01 RW 02`,
    i % 2,
    (i + 1) % 2,
    1,
    (i % 10) + 1,
  ];
}

async function timed(path: string): Promise<{ rows: number; perSecond: number; mib: number }> {
  const start = performance.now();
  const source = await openSourceFile(path);
  let rows = 0;
  let last: string[] = [];
  for await (const row of source.rows) {
    rows++;
    last = row.cells;
  }
  expect(last[4]).toBe(`NAMA ORANG KE ${rows - 1}`);
  const seconds = (performance.now() - start) / 1000;
  return {
    rows,
    perSecond: Math.round(rows / seconds),
    mib: Math.round(source.totalBytes / 2 ** 20),
  };
}

describe('reader speed', () => {
  it('CSV, 1,000,000 rows of 20 columns', async () => {
    const path = tempPath('speed.csv');
    const out = createWriteStream(path);
    out.write(
      'IDARTBDT;IDBDT;NOKK;NIK;NAMA;JNS_KEL;TMPT_LHR;TGL_LHR;HUB_KRT;KDPROP;KDKAB;KDKEC;KDDESA;NMKEC;NMDESA;ALAMAT;PKH;BPNT;PBI;DESIL\n',
    );
    for (let i = 0; i < 1_000_000; i += 10_000) {
      const lines: string[] = [];
      for (let j = i; j < i + 10_000; j++) lines.push(personRow(j).join(';'));
      if (!out.write(lines.join('\n') + '\n')) await once(out, 'drain');
    }
    out.end();
    await once(out, 'finish');
    const result = await timed(path);
    console.log(`CSV reader: ${result.perSecond} rows/s (${result.rows} rows, ${result.mib} MiB)`);
    expect(result.rows).toBe(1_000_000);
  }, 300_000);

  it('xlsx, 100,000 rows of 20 columns', async () => {
    const path = tempPath('speed.xlsx');
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: true });
    const ws = wb.addWorksheet('Data');
    ws.addRow([
      'IDARTBDT',
      'IDBDT',
      'NOKK',
      'NIK',
      'NAMA',
      'JNS_KEL',
      'TMPT_LHR',
      'TGL_LHR',
      'HUB_KRT',
      'KDPROP',
      'KDKAB',
      'KDKEC',
      'KDDESA',
      'NMKEC',
      'NMDESA',
      'ALAMAT',
      'PKH',
      'BPNT',
      'PBI',
      'DESIL',
    ]).commit();
    for (let i = 0; i < 100_000; i++) ws.addRow(personRow(i)).commit();
    ws.commit();
    await wb.commit();
    const result = await timed(path);
    console.log(`xlsx reader: ${result.perSecond} rows/s (${result.rows} rows, ${result.mib} MiB)`);
    expect(result.rows).toBe(100_000);
  }, 300_000);
});
