/**
 * The OPD beneficiary lists, read back: every row has its truth, the regional PBI list holds
 * poorer families the national subsidy missed, and at noise 0 its NIKs are the true ones.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { synthesize } from './synthesize.js';

type Row = Record<string, string>;
let dir: string;
const read = async (file: string, delimiter = ',') =>
  parse<Row>(await readFile(join(dir, file)), { columns: true, delimiter });

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tepat-programs-'));
  await synthesize({
    region: '35.74',
    people: 15_000,
    outDir: dir,
    seed: 3,
    noise: 0,
    programs: true,
  });
}, 60_000);
afterAll(() => rm(dir, { recursive: true, force: true }));

it('writes both lists with a truth row for each of their rows', async () => {
  const pbi = await read('opd_pbi_daerah.csv');
  const usaha = await read('opd_bantuan_usaha.csv');
  const truth = await read('opd_truth.csv');
  expect(pbi.length).toBeGreaterThan(100);
  expect(usaha.length).toBeGreaterThan(10);
  expect(truth).toHaveLength(pbi.length + usaha.length);
  expect(Object.keys(usaha[0] ?? {})).not.toContain('NIK');
  const rows = new Set(truth.map((t) => `${t.list}|${t.record_id}`));
  pbi.forEach((r) => expect(rows.has(`opd_pbi_daerah|${r.NO}`)).toBe(true));
  usaha.forEach((r) => expect(rows.has(`opd_bantuan_usaha|${r.NO}`)).toBe(true));
});

it('enrols poorer households without the national subsidy, with their true NIK at noise 0', async () => {
  const pbi = await read('opd_pbi_daerah.csv');
  const truth = (await read('opd_truth.csv')).filter((t) => t.list === 'opd_pbi_daerah');
  const dtsen = await read('dtsen.csv', '|');
  const dtsenTruth = (await read('truth.csv')).filter((t) => t.source === 'dtsen');
  const byPerson = new Map(dtsenTruth.map((t) => [t.person_id, dtsen[Number(t.record_id) - 1]]));
  let poor = 0;
  pbi.forEach((r, i) => {
    const person = byPerson.get(truth[i]?.person_id ?? '');
    if (!person) return; // died or born after DTSEN's date
    expect(r.NIK).toBe(person.nomor_induk_kependudukan);
    expect(person.pbi_nas).toBe('0');
    if (Number(person.desil_kabupaten_kota) <= 4) poor++;
  });
  expect(poor / pbi.length).toBeGreaterThan(0.8);
});
