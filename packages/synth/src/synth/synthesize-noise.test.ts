/**
 * Error rates measured in the written files. A noisy run and a noise-0 run with the same seed hold
 * the same people (noise draws from its own random streams), so each noisy record can be compared
 * with the true values its person has in the clean files, and each kind counted where it applies.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadNoiseConfig, scaleRates, type NoiseKind } from '../noise/index.js';
import { synthesize } from './synthesize.js';

type Row = Record<string, string>;
interface Record_ {
  nik: string;
  kk: string;
  name: string;
  date: string;
  desa: string;
  family: string;
}
const people = 25_000;
let root: string;

/** DTSEN and Regsosek records by `person|occurrence`, in one shape. */
async function load(dir: string): Promise<Map<string, Record_>> {
  const read = async (f: string, delimiter: string) =>
    parse<Row>(await readFile(join(dir, f)), { columns: true, delimiter });
  const truth = await read('truth.csv', ',');
  const ids = new Map(truth.map((t) => [`${t.source}|${t.record_id}`, t]));
  const out = new Map<string, Record_>();
  const add = (source: string, recordId: string, r: Record_) => {
    const t = ids.get(`${source}|${recordId}`);
    let n = 0;
    while (out.has(`${source}|${t?.person_id}|${n}`)) n++;
    out.set(`${source}|${t?.person_id}|${n}`, { ...r, family: `${source}|${t?.family_id}` });
  };
  (await read('dtsen.csv', '|')).forEach((r, i) =>
    add('dtsen', String(i + 1), {
      nik: r.nomor_induk_kependudukan ?? '',
      kk: r.nomor_kartu_keluarga ?? '',
      name: r.nama ?? '',
      date: r.tanggal_lahir ?? '',
      desa: `${r.kode_kecamatan}.${r.kode_kelurahan_desa}`,
    } as Record_),
  );
  (await read('regsosek.csv', ',')).forEach((r) =>
    add('regsosek', r.id_art ?? '', {
      nik: r.nik ?? '',
      kk: r.no_kk ?? '',
      name: r.nama_lengkap ?? '',
      date: r.tanggal_lahir ?? '',
      desa: r.kode_wilayah ?? '',
    } as Record_),
  );
  return out;
}

let clean: Map<string, Record_>;
let noisy: Map<string, Record_>;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'tepat-noise-'));
  await Promise.all([
    synthesize({
      region: '35.74',
      people,
      outDir: join(root, 'clean'),
      seed: 9,
      noise: 0,
      sources: ['regsosek', 'dtsen'],
    }),
    synthesize({
      region: '35.74',
      people,
      outDir: join(root, 'noisy'),
      seed: 9,
      noise: 1,
      sources: ['regsosek', 'dtsen'],
    }),
  ]);
  [clean, noisy] = await Promise.all([load(join(root, 'clean')), load(join(root, 'noisy'))]);
}, 120_000);
afterAll(() => rm(root, { recursive: true, force: true }));

const realDate = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d));
  return m >= 1 && m <= 12 && t.getUTCDate() === d && t.getUTCMonth() === m - 1;
};

function nikKind(truth: string, seen: string, familyNiks: Set<string>): NoiseKind | undefined {
  if (seen === truth) return undefined;
  if (seen === '') return 'nik_empty';
  if (seen === '-') return 'nik_dash';
  if (seen === '0') return 'nik_zero';
  if (/^\d{14,15}$/.test(seen)) return 'nik_short';
  if (familyNiks.has(seen)) return 'nik_other_member';
  return 'nik_birth_check';
}

function dateKind(truth: string, seen: string): NoiseKind | undefined {
  if (seen === truth) return undefined;
  if (seen.endsWith('-00-00')) return 'birth_year_only';
  if (!realDate(seen)) return 'birth_impossible';
  const [y, m, d] = truth.split('-');
  if (seen === `${y}-${d}-${m}`) return 'birth_day_month_swap';
  return 'birth_typo';
}

it('carries every per-record error kind at its configured rate', () => {
  const rates = scaleRates(loadNoiseConfig(), 1);
  const familyNiks = new Map<string, Set<string>>();
  for (const r of clean.values())
    familyNiks.set(r.family, (familyNiks.get(r.family) ?? new Set()).add(r.nik));
  const count = new Map<NoiseKind, number>();
  let records = 0;
  let swappable = 0;
  for (const [key, seen] of noisy) {
    const truth = clean.get(key.replace(/\|\d+$/, '|0'));
    if (!truth) continue;
    records++;
    const [, m, d] = truth.date.split('-').map(Number) as [number, number, number];
    if (d <= 12 && d !== m) swappable++;
    const others = new Set(
      [...(familyNiks.get(truth.family) ?? [])].filter((n) => n !== truth.nik),
    );
    for (const kind of [nikKind(truth.nik, seen.nik, others), dateKind(truth.date, seen.date)]) {
      if (kind) count.set(kind, (count.get(kind) ?? 0) + 1);
    }
  }
  expect(records).toBeGreaterThan(40_000);
  const check = (kind: NoiseKind, n: number, slack = 0) => {
    const rate = rates[kind];
    const observed = (count.get(kind) ?? 0) / n;
    const tolerance = 4 * Math.sqrt((rate * (1 - rate)) / n) + slack;
    expect(
      Math.abs(observed - rate),
      `${kind}: observed ${observed.toFixed(4)}, configured ${rate}`,
    ).toBeLessThan(tolerance);
  };
  for (const kind of ['nik_empty', 'nik_dash', 'nik_zero', 'nik_short', 'birth_year_only'] as const)
    check(kind, records);
  // A changed embedded date or another member's NIK: applicable to most records, not all.
  check('nik_birth_check', records, 0.002);
  check('nik_other_member', records, 0.002);
  check('birth_day_month_swap', swappable);
  check('birth_impossible', records, 0.001);
  check('birth_typo', records, 0.003);
});

it('moves households and renumbers family cards at their configured rates', () => {
  const rates = scaleRates(loadNoiseConfig(), 1);
  const desaOf = (m: Map<string, Record_>) => {
    const out = new Map<string, Record_>();
    for (const r of m.values()) if (!out.has(r.family)) out.set(r.family, r);
    return out;
  };
  const [c, n] = [desaOf(clean), desaOf(noisy)];
  let moved = 0;
  let renumbered = 0;
  for (const [family, truth] of c) {
    const seen = n.get(family);
    if (seen?.desa !== truth.desa) moved++;
    if (seen?.kk !== truth.kk) renumbered++;
  }
  const families = c.size;
  const near = (observed: number, rate: number, slack: number) =>
    expect(Math.abs(observed / families - rate)).toBeLessThan(
      4 * Math.sqrt((rate * (1 - rate)) / families) + slack,
    );
  // Moves are per household (several families may move together): a little slack.
  near(moved, rates.moved_household, 0.01);
  // The first member's card differs when the family was renumbered, or split with that member out.
  near(renumbered, rates.kk_renumbered, 0.02);
});
