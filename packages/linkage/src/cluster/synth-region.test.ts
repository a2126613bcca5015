/**
 * End to end on a synthetic region: the sources as `@tepat/synth` writes them, read back into
 * the clustering's columns, with links taken from the truth. Perfect links must give truth's
 * people exactly and its families nearly so; wrong links must mostly be stopped by the guards.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseKk, parseNik, type Sex } from '@tepat/domain';
import { sourceDates, synthesize } from '@tepat/synth';
import { pairwiseMetrics } from './evaluate.js';
import { clusterFamilies } from './families.js';
import { clusterPeople } from './people.js';
import type { FamilyFacts, PersonFacts } from './types.js';

type Row = Record<string, string>;
const sources = ['dtks', 'regsosek', 'p3ke', 'dtsen'] as const;
type Source = (typeof sources)[number];
const delimiters = { dtks: ';', regsosek: ',', p3ke: ',', dtsen: '|' } as const;
const referenceDate = new Date('2025-12-31T00:00:00Z');

interface Region {
  facts: PersonFacts & FamilyFacts;
  truth: { person: string[]; family: string[]; household: string[] };
}

/** dd-mm-yyyy or dd/mm/yyyy to yyyy-mm-dd; ISO stays. */
const isoDate = (s: string): string | null => {
  const m = /^(\d{2})[-/](\d{2})[-/](\d{4})$/.exec(s);
  if (m) return `${m[3]}-${m[2]}-${m[1]}`;
  return /^\d{4}-\d{2}-\d{2}$/.test(s) ? s : null;
};
const p3keRelation: Record<string, number> = {
  'Kepala Keluarga': 1, Istri: 2, Suami: 2, Anak: 3, Menantu: 4, Cucu: 5, 'Orang Tua': 6, 'Famili Lain': 7, Lainnya: 8,
}; // prettier-ignore

function fields(source: Source, row: Row, rowNumber: number) {
  switch (source) {
    case 'dtks':
      return { id: row.IDARTBDT!, family: row.IDBDT!, kk: row.NOKK!, nik: row.NIK!, sex: row.JNS_KEL === '2' ? 'P' : 'L', birth: row.TGL_LHR!, relation: Number(row.HUB_KRT) }; // prettier-ignore
    case 'regsosek':
      return { id: row.id_art!, family: row.id_keluarga!, kk: row.no_kk!, nik: row.nik!, sex: row.jenis_kelamin!, birth: row.tanggal_lahir!, relation: Number(row.hubungan_kepala_keluarga) }; // prettier-ignore
    case 'p3ke':
      return { id: String(rowNumber), family: row['ID KELUARGA P3KE']!, kk: '', nik: row.NIK!, sex: row['JENIS KELAMIN'] === 'Perempuan' ? 'P' : 'L', birth: row['TANGGAL LAHIR']!, relation: p3keRelation[row['HUBUNGAN DENGAN KEPALA KELUARGA']!] ?? 0 }; // prettier-ignore
    case 'dtsen':
      return { id: String(rowNumber), family: '', kk: row.nomor_kartu_keluarga!, nik: row.nomor_induk_kependudukan!, sex: row.jenis_kelamin === '2' ? 'P' : 'L', birth: row.tanggal_lahir!, relation: Number(row.status_hubungan_keluarga) }; // prettier-ignore
  }
}

async function readRegion(dir: string): Promise<Region> {
  const truthRows = parse<Row>(await readFile(join(dir, 'truth.csv')), { columns: true });
  const truthOf = new Map(truthRows.map((t) => [`${t.source}|${t.record_id}`, t]));
  const facts = { nik: [] as (string | null)[], nikValid: [] as boolean[], birthDate: [] as (string | null)[], sex: [] as string[], source: [] as string[], kk: [] as (string | null)[], familyId: [] as (string | null)[], relation: [] as (number | null)[] }; // prettier-ignore
  const truth: Region['truth'] = { person: [], family: [], household: [] };
  for (const source of sources) {
    const rows = parse<Row>(await readFile(join(dir, `${source}.csv`)), {
      columns: true,
      delimiter: delimiters[source],
      bom: true,
    });
    rows.forEach((row, i) => {
      const f = fields(source, row, i + 1);
      const t = truthOf.get(`${source}|${f.id}`);
      if (!t) throw new Error(`no truth for ${source} ${f.id}`);
      const birthDate = isoDate(f.birth);
      const record = { sex: f.sex as Sex, ...(birthDate && { birthDate }) };
      const nik = parseNik(f.nik, { record, referenceDate });
      facts.nik.push(nik.nik ?? null);
      facts.nikValid.push(nik.ok);
      facts.birthDate.push(birthDate);
      facts.sex.push(f.sex);
      facts.source.push(source);
      facts.kk.push(parseKk(f.kk, { referenceDate }).ok ? f.kk : null);
      facts.familyId.push(f.family || null);
      facts.relation.push(f.relation || null);
      truth.person.push(t.person_id!);
      truth.family.push(t.family_id!);
      truth.household.push(t.household_id!);
    });
  }
  return { facts, truth };
}

/** Every pair of records of one true person, at a weight well above the threshold. */
function truthLinks(person: readonly string[]): [number, number, number][] {
  const byPerson = new Map<string, number[]>();
  person.forEach((p, i) => byPerson.set(p, [...(byPerson.get(p) ?? []), i]));
  const links: [number, number, number][] = [];
  for (const records of byPerson.values()) {
    for (let x = 0; x < records.length; x++) {
      for (let y = x + 1; y < records.length; y++) links.push([records[x]!, records[y]!, 25]);
    }
  }
  return links;
}

const toPairs = (links: [number, number, number][]) => ({
  a: Uint32Array.from(links, (l) => l[0]),
  b: Uint32Array.from(links, (l) => l[1]),
  weight: Float64Array.from(links, (l) => l[2]),
});
const recency = Object.fromEntries(Object.entries(sourceDates).map(([s, d]) => [s, Date.parse(d)]));

let dir: string;
let region: Region;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tepat-cluster-'));
  await synthesize({ region: '35.74', people: 6000, outDir: dir, seed: 3 });
  region = await readRegion(dir);
}, 120_000);
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('clustering a synthetic region', () => {
  it('reproduces truth people exactly and families closely from perfect links', () => {
    const n = region.truth.person.length;
    const links = truthLinks(region.truth.person);
    const people = clusterPeople(n, toPairs(links), region.facts, {
      threshold: 10,
      duplicateSources: [],
    });
    const personScore = pairwiseMetrics(people.clusterOf, region.truth.person);
    const families = clusterFamilies(people, region.facts, { sourceRecency: recency });
    const familyScore = pairwiseMetrics(families.familyOfRecord, region.truth.family);
    const householdScore = pairwiseMetrics(families.householdOfRecord, region.truth.household);
    console.log(
      `synthetic region: ${n} records, ${people.count} people, refused ${people.refused.a.length}; ` +
        `people F1 ${personScore.f1.toFixed(5)}; families P ${familyScore.precision.toFixed(4)} ` +
        `R ${familyScore.recall.toFixed(4)} F1 ${familyScore.f1.toFixed(4)}; households P ` +
        `${householdScore.precision.toFixed(4)} R ${householdScore.recall.toFixed(4)} F1 ` +
        `${householdScore.f1.toFixed(4)}; ambiguous members ${families.ambiguous.person.length}`,
    );
    expect(personScore.f1).toBe(1);
    expect(familyScore.f1).toBeGreaterThanOrEqual(0.99);
  });

  it('stops most chains made by wrong links', () => {
    const n = region.truth.person.length;
    const links = truthLinks(region.truth.person);
    // Wrong links where they hurt: between different people of one household (a parent and a
    // child with one name, twins), and a few across the region; all weaker than the true ones.
    let s = 12345;
    const rand = () => (s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 2 ** 32;
    const byHousehold = new Map<string, number[]>();
    region.truth.household.forEach((h, i) =>
      byHousehold.set(h, [...(byHousehold.get(h) ?? []), i]),
    );
    const households = [...byHousehold.values()].filter((r) => r.length > 2);
    let wrong = 0;
    for (let k = 0; k < n / 50; k++) {
      const pool = rand() < 0.8 ? households[Math.floor(rand() * households.length)]! : null;
      const a = pool ? pool[Math.floor(rand() * pool.length)]! : Math.floor(rand() * n);
      const b = pool ? pool[Math.floor(rand() * pool.length)]! : Math.floor(rand() * n);
      if (region.truth.person[a] === region.truth.person[b]) continue;
      links.push([a, b, 11 + rand() * 10]);
      wrong++;
    }
    const guarded = clusterPeople(n, toPairs(links), region.facts, { threshold: 10 });
    const blind = { ...region.facts, nikValid: region.facts.nik.map(() => false), sex: region.facts.sex.map(() => null) }; // prettier-ignore
    const unguarded = clusterPeople(n, toPairs(links), blind, { threshold: 10 });
    const g = pairwiseMetrics(guarded.clusterOf, region.truth.person);
    const u = pairwiseMetrics(unguarded.clusterOf, region.truth.person);
    console.log(
      `${wrong} wrong links: guarded P ${g.precision.toFixed(4)} R ${g.recall.toFixed(4)} ` +
        `(refused ${guarded.refused.a.length}); without guards P ${u.precision.toFixed(4)}`,
    );
    expect(g.precision).toBeGreaterThan(0.98);
    expect(g.precision).toBeGreaterThan(u.precision);
    expect(g.recall).toBeGreaterThan(0.99);
  });
});
