/**
 * `summariseRegion`: people and families of a region by status, decile, sex and age group, with
 * disagreement and data-quality counts, and the same for each region one level down.
 */
import { TepatError } from '@tepat/domain';
import type { Db } from '../db/index.js';
import * as a from './registry-aggregate.queries.js';
import * as q from './registry-summary.queries.js';
import type { RegionCounts, RegistryRegionSummary } from './registry.js';

type Row = Record<string, unknown>;
const n = (row: Row | undefined, key: string) => (row ? Number(row[key] ?? 0) : 0);
const statusKeys = ['miskin_ekstrem', 'miskin', 'rentan', 'tidak_miskin', 'unknown'];
const decileKeys = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', 'unknown'];
const pick = (row: Row | undefined, prefix: string, keys: string[]) =>
  Object.fromEntries(keys.map((k) => [k, n(row, `${prefix}${k}`)]));

function countsOf(
  code: string | null,
  name: string | null,
  people: Row | undefined,
  families: Row | undefined,
  fields: Record<string, number>,
): RegionCounts {
  return {
    code,
    name,
    people: n(people, 'people'),
    families: n(families, 'families'),
    peopleByStatus: pick(people, 's_', statusKeys),
    familiesByStatus: pick(families, 's_', statusKeys),
    peopleByDecile: pick(people, 'd_', decileKeys),
    familiesByDecile: pick(families, 'd_', decileKeys),
    peopleBySex: { L: n(people, 'sex_l'), P: n(people, 'sex_p'), unknown: n(people, 'sex_unknown') }, // prettier-ignore
    peopleByAge: {
      '0-5': n(people, 'a_0_5'),
      '6-17': n(people, 'a_6_17'),
      '18-59': n(people, 'a_18_59'),
      '60+': n(people, 'a_60'),
      unknown: n(people, 'a_unknown'),
    },
    disagreements: {
      people: n(people, 'disagreeing'),
      families: n(families, 'disagreeing'),
      decileSpread2: n(families, 'spread2'),
      byField: fields,
    },
    quality: {
      invalidNik: n(people, 'invalid_nik'),
      missingKk: n(people, 'missing_kk'),
      unresolvedRegion: n(people, 'unresolved'),
    },
  };
}

type Counts = { people: Row[]; families: Row[]; fields: { child: string | null; field: string; n: number }[] }; // prettier-ignore

/**
 * The counts of the region and its children: summed from the builds' stored aggregates
 * (registry-aggregate.queries.ts), or counted from the versions when a build in play has none.
 */
async function countRegion(db: Db, code: string, asOf: string | undefined): Promise<Counts> {
  const state = await a.findAggregateState(db, asOf);
  if (!state) {
    const [people, families, fields] = await Promise.all([
      q.peopleCounts(db, code, asOf),
      q.familyCounts(db, code, asOf),
      q.disagreementCounts(db, code, asOf),
    ]);
    return { people, families, fields };
  }
  const child = q.childLength(code) ?? code.length;
  const [stored, ages, boundary] = await Promise.all([
    a.storedCounts(db, code, child, asOf),
    a.storedAges(db, code, child, asOf, state.zones),
    a.boundaryAges(db, code, child, asOf, state.zones),
  ]);
  const rows = { person: new Map<string | null, Row>(), family: new Map<string | null, Row>() };
  const fields: Counts['fields'] = [];
  for (const r of stored) {
    if (r.kind === 'field') fields.push({ child: r.child, field: r.measure, n: r.n });
    else {
      const by = rows[r.kind as 'person' | 'family'];
      by.set(r.child, { ...by.get(r.child), child: r.child, [r.measure]: r.n });
    }
  }
  for (const r of [...ages, ...boundary]) {
    const k = (r.child ?? null) as string | null;
    const row: Row = { ...rows.person.get(k), child: k };
    for (const age of ['a_0_5', 'a_6_17', 'a_18_59', 'a_60', 'a_unknown']) row[age] = n(row, age) + n(r, age); // prettier-ignore
    rows.person.set(k, row);
  }
  return { people: [...rows.person.values()], families: [...rows.family.values()], fields };
}

export async function summariseRegion(
  db: Db,
  code: string,
  o: { asOf?: string | undefined } = {},
): Promise<RegistryRegionSummary> {
  const names = await q.regionNames(db, [code]);
  if (!names.has(code)) throw new TepatError('region.not_found', { value: code });
  const { people, families, fields } = await countRegion(db, code, o.asOf);
  const key = (r: Row) => (typeof r.child === 'string' ? r.child : '');
  const peopleBy = new Map(people.map((r) => [key(r), r]));
  const familiesBy = new Map(families.map((r) => [key(r), r]));
  const fieldsBy = new Map<string, Record<string, number>>();
  for (const f of fields) {
    const k = f.child ?? '';
    fieldsBy.set(k, { ...fieldsBy.get(k), [f.field]: f.n });
  }
  const children = q.childLength(code) === null ? [] : [...new Set([...peopleBy.keys(), ...familiesBy.keys()])].filter((k) => k !== 'total').sort(); // prettier-ignore
  const childNames = await q.regionNames(db, children.filter(Boolean));
  return {
    asOf: o.asOf ?? null,
    region: countsOf(code, names.get(code) ?? null, peopleBy.get('total'), familiesBy.get('total'), fieldsBy.get('total') ?? {}), // prettier-ignore
    children: children.map(
      (c) =>
      countsOf(c || null, childNames.get(c) ?? null, peopleBy.get(c), familiesBy.get(c), fieldsBy.get(c) ?? {}), // prettier-ignore
    ),
  };
}
