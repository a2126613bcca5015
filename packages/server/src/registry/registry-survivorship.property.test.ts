/**
 * Survivorship (registry-survivorship.queries.ts) against the rules as documented, computed here
 * record by record: random candidates (ties of date and source, empty values, every validity)
 * under random rules, in real PostgreSQL. The SQL picks the first record by text keys; this
 * sorts the records themselves, so a key that sorts in the wrong order fails here.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../testing/index.js';
import {
  defaultRegistryRules,
  familyFields,
  personFields,
  sourceKinds,
  type FieldRule,
  type RegistryRules,
} from './registry-rules.js';
import {
  batchSegment,
  chooseFamilies,
  chooseFamilyParts,
  choosePeople,
  comparableColumns,
  recentSegment,
  tailSegment,
} from './registry-survivorship.queries.js';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t?.drop();
});

type Value = string | number | boolean | null;
type Row = Record<string, unknown> & { id: string };
interface Cand {
  person_id: string;
  family_id: string;
  household_id: string;
  batch_id: number;
  row_number: number;
  source_kind: string;
  as_of: string | null;
  row_valid: boolean | null;
  nik_valid: boolean;
  kk_valid: boolean;
  [field: string]: Value;
}

const pick = <T>(values: readonly T[]) => fc.constantFrom(...values);
const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: null, freq: 3 });
// Few values, so that records tie and disagree; names differing only in case and spaces agree.
const fieldValue: Record<string, fc.Arbitrary<Value>> = {
  nik: maybe(pick(['3513010101800001', '3513010101800002'])),
  kk: maybe(pick(['3513010101000001', '3513010101000002'])),
  name: maybe(pick(['SITI AMINAH', 'siti  aminah ', ' Siti Aminah', 'SITI\tAMINAH', 'SITI AMINA', 'sïti aminah', ''])), // prettier-ignore
  sex: maybe(pick(['L', 'P'])),
  birth_date: maybe(pick(['1980-01-01', '1980-00-00'])),
  birth_place: maybe(pick(['PROBOLINGGO', 'probolinggo', 'KRAKSAAN'])),
  relation: maybe(pick([1, 2, 3])),
  region_code: maybe(pick(['35.13.01.2001', '35.13.01.2002'])),
  address: maybe(pick(['JL MAWAR 1', 'Jl  Mawar 1', 'JL MAWAR 1\n', 'JL MELATI', 'JL. MELATI'])),
  decile: maybe(pick([1, 4, 7])),
  decile_national: maybe(pick([2, 5])),
  decile_provincial: maybe(pick([3, 6])),
  decile_kabkota: maybe(pick([1, 9])),
  pkh: maybe(fc.boolean()),
  bpnt: maybe(fc.boolean()),
  pbi: maybe(fc.boolean()),
};
const dates = ['2024-01-01', '2025-06-30', '2025-06-30', '0500-01-01', '3000-12-31', null] as const;
const batch = fc.record({ as_of: pick(dates), source_kind: pick(sourceKinds) });
const candidate = fc.record({
  person: fc.integer({ min: 1, max: 12 }),
  batch: fc.integer({ min: 0, max: 5 }),
  row_number: fc.integer({ min: 1, max: 40 }),
  row_valid: maybe(fc.boolean()),
  nik_valid: fc.boolean(),
  kk_valid: fc.boolean(),
  values: fc.record(fieldValue),
});
const rule: fc.Arbitrary<FieldRule> = fc.record({
  criteria: fc.array(pick(['valid', 'priority', 'recency'] as const), { minLength: 1, maxLength: 3 }), // prettier-ignore
  sources: fc.array(pick(sourceKinds), { maxLength: 4 }),
});
const rules: fc.Arbitrary<RegistryRules> = fc.record({
  person: fc.record(Object.fromEntries(personFields.map((f) => [f, rule]))),
  family: fc.record(Object.fromEntries(familyFields.map((f) => [f, rule]))),
  status: fc.constant(defaultRegistryRules.status),
});

/** Sorting as SQL does: a DESC key puts NULLs first, an ASC one (and NULLS LAST) last. */
const desc = (a: Value, b: Value) => (a === b ? 0 : a === null ? -1 : b === null ? 1 : a > b ? -1 : 1); // prettier-ignore
const byRecord = (a: Cand, b: Cand) => b.batch_id - a.batch_id || a.row_number - b.row_number;

function orderOf(field: string, r: FieldRule) {
  const validity = field === 'nik' ? 'nik_valid' : field === 'kk' ? 'kk_valid' : 'row_valid';
  const keys: ((a: Cand, b: Cand) => number)[] = [];
  const valid = (a: Cand, b: Cand) => desc(a[validity] ?? null, b[validity] ?? null);
  if (field === 'nik' || field === 'kk') keys.push(valid);
  for (const c of r.criteria) {
    if (c === 'valid' && !(field === 'nik' || field === 'kk')) keys.push(valid);
    if (c === 'priority') {
      const at = (x: Cand) => r.sources.indexOf(x.source_kind as never) + 1 || 99;
      keys.push((a, b) => at(a) - at(b));
    }
    if (c === 'recency') keys.push((a, b) => desc(a.as_of, b.as_of));
  }
  return (a: Cand, b: Cand) => keys.reduce((d, k) => d || k(a, b), 0) || byRecord(a, b);
}
const comparable = (f: string, v: Value) =>
  typeof v === 'string' && ['name', 'address', 'birth_place'].includes(f)
    ? v
        .replace(/^ +| +$/g, '')
        .replace(/[ \t\n\v\f\r]+/g, ' ')
        .toUpperCase() // btrim trims spaces only
    : v;

/** One golden record's chosen fields, provenance and field disagreements, by the rules. */
function expectedOf(
  records: Cand[],
  fields: readonly string[],
  of: Record<string, FieldRule>,
  flag: string,
) {
  // prettier-ignore
  const out: Record<string, unknown> = { chosen_from: {} };
  const disagreements: string[] = [];
  for (const f of fields) {
    const first = records.filter((r) => r[f] !== null).sort(orderOf(f, of[f]!))[0];
    out[f] = first?.[f] ?? null;
    if (first) (out.chosen_from as Record<string, number[]>)[f] = [first.batch_id, first.row_number]; // prettier-ignore
    if (f === flag) out[`${f}_valid`] = first?.[`${f}_valid`] ?? false;
    if (new Set(records.filter((r) => r[f] !== null).map((r) => comparable(f, r[f]!))).size > 1) disagreements.push(f); // prettier-ignore
  }
  return { ...out, disagreements };
}

function expectedFamily(records: Cand[], r: RegistryRules) {
  const { disagreements, ...fields } = expectedOf(records, familyFields, r.family, 'kk');
  const heads = records.filter((x) => x.relation === 1).sort(orderOf('name', r.person.name));
  const headFirst = (a: Cand, b: Cand) =>
    desc(a.relation === null ? null : a.relation === 1, b.relation === null ? null : b.relation === 1) || // prettier-ignore
    desc(a.as_of, b.as_of) ||
    byRecord(a, b);
  // (relation = 1) DESC NULLS LAST: the head's rows, then the others, then those without one.
  const headOrder = (a: Cand, b: Cand) =>
    (a.relation === null ? 1 : 0) - (b.relation === null ? 1 : 0) || headFirst(a, b);
  const decile = (column: string, source: string) =>
    records.filter((x) => x.source_kind === source && x[column] !== null).sort(headOrder)[0]?.[column] ?? null; // prettier-ignore
  return {
    ...fields,
    field_disagreements: disagreements,
    head_person_id: heads[0]?.person_id ?? null,
    decile_dtsen_national: decile('decile_national', 'dtsen'),
    decile_dtsen_provincial: decile('decile_provincial', 'dtsen'),
    decile_dtsen_kabkota: decile('decile_kabkota', 'dtsen'),
    decile_regsosek: decile('decile', 'regsosek'),
    decile_p3ke: decile('decile', 'p3ke'),
    in_dtks: records.some((x) => x.source_kind === 'dtks'),
    member_count: new Set(records.map((x) => x.person_id)).size,
  };
}

const columns = ['person_id', 'family_id', 'household_id', 'batch_id', 'row_number', 'source_kind', 'as_of', 'row_valid', 'nik_valid', 'kk_valid', ...Object.keys(fieldValue)]; // prettier-ignore
const types: Record<string, string> = { batch_id: 'bigint', row_number: 'int', as_of: 'date', row_valid: 'boolean', nik_valid: 'boolean', kk_valid: 'boolean', sex: 'char(1)', relation: 'smallint', decile: 'smallint', decile_national: 'smallint', decile_provincial: 'smallint', decile_kabkota: 'smallint', pkh: 'boolean', bpnt: 'boolean', pbi: 'boolean' }; // prettier-ignore

/**
 * The SQL's golden records of the candidates under the rules, in a transaction rolled back: in
 * two parts split by person, as a build on two connections chooses them (registry-choice.ts),
 * the families (K0–K3, person mod 4) across both.
 */
async function chosenInSql(cands: Cand[], r: RegistryRules) {
  const client = await t.pool.connect();
  try {
    await client.query('BEGIN');
    const partOf = (c: Cand) => Math.floor(Number(c.person_id.slice(1)) / 4) % 2;
    for (const part of [0, 1]) {
      await client.query(`CREATE TEMP TABLE reg_cand AS
        SELECT *, ${comparableColumns((f) => f)}, ${recentSegment('as_of')} AS recent,
          ${tailSegment(batchSegment('batch_id'), 'batch_id', 'row_number')} AS tail
        FROM jsonb_to_recordset($1::jsonb) AS x (${columns.map((c) => `${c} ${types[c] ?? 'text'}`).join(', ')})`, [JSON.stringify(cands.filter((c) => partOf(c) === part))]); // prettier-ignore
      await choosePeople(client, r);
      await chooseFamilyParts(client, r);
      await client.query('DROP TABLE reg_cand');
      if (part === 0) {
        await client.query('ALTER TABLE reg_person_next RENAME TO first_people');
        await client.query('ALTER TABLE reg_family_part RENAME TO first_families');
      }
    }
    await client.query('INSERT INTO reg_person_next SELECT * FROM first_people');
    await client.query('INSERT INTO reg_family_part SELECT * FROM first_families');
    await chooseFamilies(client, r);
    const people = await client.query<Row>('SELECT * FROM reg_person_next');
    const families = await client.query<Row>('SELECT * FROM reg_family_next');
    return { people: people.rows, families: families.rows };
  } finally {
    await client.query('ROLLBACK');
    client.release();
  }
}

function groups(cands: Cand[], by: 'person_id' | 'family_id'): [string, Cand[]][] {
  const m = new Map<string, Cand[]>();
  for (const c of cands) m.set(c[by], [...(m.get(c[by]) ?? []), c]);
  return [...m.entries()].sort(([a], [b]) => (a < b ? -1 : 1));
}
const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1);

describe('survivorship by sort keys', () => {
  it('chooses what sorting the records by the rules chooses', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(batch, { minLength: 6, maxLength: 6 }),
        fc.uniqueArray(candidate, { minLength: 1, maxLength: 30, selector: (c) => `${c.batch}.${c.row_number}` }), // prettier-ignore
        rules,
        async (batches, drawn, r) => {
          const cands: Cand[] = drawn.map((c) => ({
            person_id: `O${c.person}`,
            family_id: `K${c.person % 4}`,
            household_id: `H${c.person % 2}`,
            batch_id: 10 + c.batch,
            row_number: c.row_number,
            source_kind: batches[c.batch]!.source_kind,
            as_of: batches[c.batch]!.as_of,
            row_valid: c.row_valid,
            nik_valid: c.nik_valid,
            kk_valid: c.kk_valid,
            ...c.values,
          }));
          const got = await chosenInSql(cands, r);
          const people = groups(cands, 'person_id').map(([id, rs]) => ({ id, ...expectedOf(rs, personFields, r.person, 'nik') })); // prettier-ignore
          const families = groups(cands, 'family_id').map(([id, rs]) => ({ id, ...expectedFamily(rs, r) })); // prettier-ignore
          expect(got.people.sort(byId).map((p) => pickKeys(p, people[0]!))).toEqual(people);
          expect(got.families.sort(byId).map((f) => pickKeys(f, families[0]!))).toEqual(families);
        },
      ),
      { numRuns: 60 },
    );
  });
});

const pickKeys = (row: Record<string, unknown>, like: object) =>
  Object.fromEntries(Object.keys(like).map((k) => [k, row[k]]));
