import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import type { ObservedPerson, SourceName } from './observed.js';
import { layouts } from './layouts.js';
import { openSourceWriter, type SourceFormat } from './source-writer.js';
import { samplePeople } from './observed.arbitraries.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tepat-sources-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function writeFile(source: SourceName, people: ObservedPerson[], format: SourceFormat) {
  const path = join(dir, `${source}.${format}`);
  const writer = openSourceWriter(path, layouts[source], format);
  for (const p of people) await writer.write(p);
  expect(writer.rows).toBe(people.length);
  await writer.close();
  return path;
}

const sources: SourceName[] = ['dtks', 'regsosek', 'p3ke', 'dtsen'];

describe('CSV', () => {
  it.each(sources)('%s reads back cell for cell', async (source) => {
    const people = samplePeople(source, 300);
    const path = await writeFile(source, people, 'csv');
    const bytes = await readFile(path);
    const rows: string[][] = parse(bytes, { delimiter: layouts[source].delimiter });
    expect(rows[0]).toEqual([...layouts[source].header]);
    expect(rows.slice(1)).toEqual(people.map((p) => layouts[source].toRow(p)));
  });

  it('is UTF-8 without BOM, with \\n line ends', async () => {
    const people = samplePeople('dtks', 5).map((p) => ({ ...p, name: 'Dédé' }));
    const text = (await readFile(await writeFile('dtks', people, 'csv'))).toString('utf8');
    expect(text.startsWith('IDARTBDT;')).toBe(true);
    expect(text).toContain(';Dédé;');
    expect(text).not.toContain('\r');
    expect(text.endsWith('\n')).toBe(true);
  });

  it('reports a file it cannot write', async () => {
    const writer = openSourceWriter(join(dir, 'missing', 'dtks.csv'), layouts.dtks, 'csv');
    for (const p of samplePeople('dtks', 3)) await writer.write(p);
    await new Promise((resolve) => setTimeout(resolve, 20));
    await expect(writer.close()).rejects.toThrow(/ENOENT/);
  });

  it('refuses a person of another source', () => {
    const writer = openSourceWriter(join(dir, 'mixed.csv'), layouts.dtks, 'csv');
    expect(() => writer.write(samplePeople('p3ke', 1)[0] as ObservedPerson)).toThrow(/p3ke/);
    return writer.close();
  });
});

describe('XLSX', () => {
  it.each(['p3ke', 'dtks'] as const)('%s reads back as text cells', async (source) => {
    const people = samplePeople(source, 200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await writeFile(source, people, 'xlsx'));
    const sheet = workbook.worksheets[0];
    if (!sheet) throw new Error('no sheet');
    expect(sheet.name).toBe(source);
    const width = layouts[source].header.length;
    const read = (rowNumber: number) =>
      Array.from({ length: width }, (_, i) => {
        const value = sheet.getRow(rowNumber).getCell(i + 1).value;
        // An empty string comes back as an empty cell.
        return value === null ? '' : value;
      });
    expect(read(1)).toEqual([...layouts[source].header]);
    for (const [i, p] of people.entries()) expect(read(i + 2)).toEqual(layouts[source].toRow(p));
    expect(sheet.rowCount).toBe(people.length + 1);
  });

  it('keeps a NIK a 16-digit string, formatted as text', async () => {
    const people = samplePeople('p3ke', 20).map((p) => ({ ...p, nik: '3513014507800001' }));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await writeFile('p3ke', people, 'xlsx'));
    const nikColumn = p3keColumn('NIK');
    for (let r = 2; r <= people.length + 1; r++) {
      const cell = workbook.worksheets[0]?.getRow(r).getCell(nikColumn);
      expect(cell?.value).toBe('3513014507800001');
      expect(cell?.numFmt).toBe('@');
    }
  });
});

function p3keColumn(name: string): number {
  return layouts.p3ke.header.indexOf(name) + 1;
}
