/**
 * The generator judged by what it writes: read the files back and check them against the truth
 * and the models — determinism, perfect copies at noise 0, valid and unique NIKs, plausible
 * families, source coverage by decile, and error rates as configured.
 */
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseNik } from '@tepat/domain';
import { loadNoiseConfig, scaleRates } from '../noise/index.js';
import { coverageModel } from '../welfare/index.js';
import { synthesize } from './synthesize.js';

type Row = Record<string, string>;
interface Output {
  dir: string;
  files: Record<'dtks' | 'regsosek' | 'p3ke' | 'dtsen' | 'truth', Row[]>;
}

const delimiters = { dtks: ';', regsosek: ',', p3ke: ',', dtsen: '|', truth: ',' } as const;
const people = 12_000;
let root: string;

async function run(name: string, noise: number, seed = 11): Promise<Output> {
  const dir = join(root, name);
  await synthesize({ region: '35.74', people, outDir: dir, seed, noise });
  const files = {} as Output['files'];
  for (const f of ['dtks', 'regsosek', 'p3ke', 'dtsen', 'truth'] as const) {
    files[f] = parse<Row>(await readFile(join(dir, `${f}.csv`)), {
      columns: true,
      delimiter: delimiters[f],
    });
  }
  return { dir, files };
}

/** Truth rows keyed by source and record id. */
function truthIndex(out: Output): Map<string, Row> {
  return new Map(out.files.truth.map((t) => [`${t.source}|${t.record_id}`, t]));
}

function recordId(source: 'dtks' | 'regsosek' | 'p3ke' | 'dtsen', row: Row, i: number): string {
  if (source === 'dtks') return row.IDARTBDT ?? '';
  if (source === 'regsosek') return row.id_art ?? '';
  return String(i + 1);
}

const nikColumn = {
  dtks: 'NIK',
  regsosek: 'nik',
  p3ke: 'NIK',
  dtsen: 'nomor_induk_kependudukan',
} as const;
const nameColumn = { dtks: 'NAMA', regsosek: 'nama_lengkap', p3ke: 'NAMA', dtsen: 'nama' } as const;
const sources = ['dtks', 'regsosek', 'p3ke', 'dtsen'] as const;

let clean: Output;
let noisy: Output;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'tepat-synth-'));
  [clean, noisy] = await Promise.all([run('clean', 0), run('noisy', 1)]);
}, 120_000);
afterAll(() => rm(root, { recursive: true, force: true }));

describe('synthetic region files', () => {
  it('are the same bytes for the same arguments', async () => {
    const again = await run('again', 1);
    for (const f of ['dtks.csv', 'regsosek.csv', 'p3ke.csv', 'dtsen.csv', 'truth.csv']) {
      const hash = async (dir: string) =>
        createHash('sha256')
          .update(await readFile(join(dir, f)))
          .digest('hex');
      expect(await hash(again.dir)).toBe(await hash(noisy.dir));
    }
  });

  it('account for every record in truth.csv, under ids unique within each source', () => {
    for (const out of [clean, noisy]) {
      for (const s of ['dtks', 'regsosek'] as const) {
        const ids = out.files[s].map((r, i) => recordId(s, r, i));
        expect(new Set(ids).size).toBe(ids.length);
      }
      const truth = truthIndex(out);
      let records = 0;
      for (const s of sources) {
        out.files[s].forEach((row, i) =>
          expect(truth.has(`${s}|${recordId(s, row, i)}`)).toBe(true),
        );
        records += out.files[s].length;
      }
      expect(out.files.truth).toHaveLength(records);
    }
  });

  it('at noise 0 are exact copies: one NIK, name and birth date per person, valid and unique', () => {
    const truth = truthIndex(clean);
    const byPerson = new Map<string, string>();
    for (const s of sources) {
      clean.files[s].forEach((row, i) => {
        const person = truth.get(`${s}|${recordId(s, row, i)}`)?.person_id ?? '';
        const seen = `${row[nikColumn[s]]}|${row[nameColumn[s]]}`;
        const before = byPerson.get(person);
        if (before === undefined) byPerson.set(person, seen);
        else expect(seen).toBe(before);
      });
    }
    const dtsen = clean.files.dtsen;
    const niks = dtsen.map((r) => r.nomor_induk_kependudukan ?? '');
    expect(new Set(niks).size).toBe(niks.length);
    for (const r of dtsen) {
      const sex = r.jenis_kelamin === '1' ? 'L' : 'P';
      const parsed = parseNik(r.nomor_induk_kependudukan, {
        record: { birthDate: r.tanggal_lahir, sex },
        referenceDate: new Date('2025-10-01'),
      });
      expect(parsed.problems).toEqual([]);
    }
  });

  it('hold plausible families: one head per KK in DTSEN, heads adult, sizes realistic', () => {
    const families = new Map<string, Row[]>();
    for (const r of clean.files.dtsen) {
      const kk = r.nomor_kartu_keluarga ?? '';
      families.set(kk, [...(families.get(kk) ?? []), r]);
    }
    const sizes = [...families.values()].map((f) => f.length);
    const mean = sizes.reduce((a, b) => a + b, 0) / sizes.length;
    expect(mean).toBeGreaterThan(2.8);
    expect(mean).toBeLessThan(4.2);
    for (const members of families.values()) {
      const heads = members.filter((m) => m.status_hubungan_keluarga === '1');
      // A head who died before DTSEN leaves a family without one; that is rare.
      expect(heads.length).toBeLessThanOrEqual(1);
      for (const h of heads)
        expect(2025 - Number((h.tanggal_lahir ?? '').slice(0, 4))).toBeGreaterThanOrEqual(15);
    }
    const headless = [...families.values()].filter(
      (f) => !f.some((m) => m.status_hubungan_keluarga === '1'),
    );
    expect(headless.length / families.size).toBeLessThan(0.03);
  });

  it('put families into DTKS and P3KE by decile as the welfare model says', () => {
    const truth = truthIndex(clean);
    const householdOf = (s: (typeof sources)[number], row: Row, i: number) =>
      truth.get(`${s}|${recordId(s, row, i)}`)?.household_id ?? '';
    const decile = new Map<string, { national: number; kabkota: number }>();
    clean.files.dtsen.forEach((r, i) =>
      decile.set(householdOf('dtsen', r, i), {
        national: Number(r.desil_nasional),
        kabkota: Number(r.desil_kabupaten_kota),
      }),
    );
    const inSource = (s: 'dtks' | 'p3ke') =>
      new Set(clean.files[s].map((r, i) => householdOf(s, r, i)));
    for (const [s, basis] of [
      ['dtks', 'national'],
      ['p3ke', 'kabkota'],
    ] as const) {
      const members = inSource(s);
      for (let d = 1; d <= 10; d++) {
        const households = [...decile.entries()].filter(([, v]) => v[basis] === d).map(([h]) => h);
        if (households.length < 150) continue;
        const observed = households.filter((h) => members.has(h)).length / households.length;
        const expected = coverageModel[s].rates[d - 1] ?? 0;
        // DTSEN's decile is itself a noisy reading, so allow model error on top of sampling error.
        const tolerance = 4 * Math.sqrt((expected * (1 - expected)) / households.length) + 0.08;
        expect(Math.abs(observed - expected), `${s} desil ${d}`).toBeLessThan(tolerance);
      }
    }
    for (const r of clean.files.p3ke)
      expect(['Desil 1', 'Desil 2', 'Desil 3', 'Desil 4']).toContain(r['DESIL KESEJAHTERAAN']);
  });

  it('carry the configured error rates', () => {
    const rates = scaleRates(loadNoiseConfig(), 1);
    const records = sources.flatMap((s) => noisy.files[s].map((r) => r[nikColumn[s]] ?? ''));
    const within = (observed: number, rate: number, n: number) =>
      expect(Math.abs(observed - rate)).toBeLessThan(
        4 * Math.sqrt((rate * (1 - rate)) / n) + 0.002,
      );
    const share = (pred: (nik: string) => boolean) => records.filter(pred).length / records.length;
    within(
      share((n) => n === ''),
      rates.nik_empty,
      records.length,
    );
    within(
      share((n) => n === '-'),
      rates.nik_dash,
      records.length,
    );
    within(
      share((n) => n === '0'),
      rates.nik_zero,
      records.length,
    );
    // A person listed twice in one source: two records of one source point at one person.
    const truth = noisy.files.truth;
    const perSource = new Map<string, number>();
    for (const t of truth)
      perSource.set(
        `${t.source}|${t.person_id}`,
        (perSource.get(`${t.source}|${t.person_id}`) ?? 0) + 1,
      );
    const twice = [...perSource.values()].filter((n) => n === 2).length / perSource.size;
    within(twice, rates.duplicate_person, perSource.size);
    // Only the year known: DTSEN writes the unknown parts as 00.
    const dates = noisy.files.dtsen.map((r) => r.tanggal_lahir ?? '');
    within(
      dates.filter((d) => d.endsWith('-00-00')).length / dates.length,
      rates.birth_year_only,
      dates.length,
    );
  });
});
