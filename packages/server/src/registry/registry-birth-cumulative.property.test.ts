/**
 * Age groups from the cumulative birth counts (registry_birth_cumulative, migration 0016) against
 * the groups' definition applied person by person: random people in random places and birth
 * months (unknown ones, gaps, months before and after everyone's) under random age boundaries, in
 * real PostgreSQL. An entry read one month off, or an array cut short, fails here.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestDatabase, insertEmptyRun, type TestDatabase } from '../testing/index.js';
import { monthBefore, monthNumber, storedAges, writeBirthCumulative } from './registry-aggregate.queries.js'; // prettier-ignore

let t: TestDatabase;
let run: number;
beforeAll(async () => {
  t = await createTestDatabase();
  run = await insertEmptyRun(t.db);
});
afterAll(async () => {
  await t?.drop();
});

const places = ['35.74.05.1001', '35.74.05.1002', '35.74.06.2001', '35.74'] as const;
const monthText = (k: number) => `${Math.floor(k / 12)}-${String((k % 12) + 1).padStart(2, '0')}-01`; // prettier-ignore
// Four years of births, boundaries a few months apart: people born in a boundary's own month,
// between two, and before or after everyone are all common.
const first = 2000 * 12;
const last = first + 48;

const person = fc.record({
  place: fc.constantFrom(...places),
  month: fc.option(fc.integer({ min: first, max: last }), { nil: null, freq: 8 }),
});
/**
 * Six boundary months as the read makes them, [lo60, hi60], [lo18, hi18], [lo6, hi6]: ascending,
 * each zone's hi at or after its lo, the next zone strictly after.
 */
const zones = fc
  .tuple(
    fc.integer({ min: first - 6, max: last - 12 }),
    fc.array(fc.integer({ min: 0, max: 6 }), { minLength: 5, maxLength: 5 }),
  )
  .map(([start, gaps]) => {
    const months = [start];
    gaps.forEach((gap, i) => months.push(months[i]! + gap + (i % 2)));
    return [0, 2, 4].map((i): [string, string] => [monthText(months[i]!), monthText(months[i + 1]!)]); // prettier-ignore
  });

/** The groups as storedAges defines them, from the people themselves. */
function expected(people: { place: string; month: number | null }[], z: [string, string][]) {
  const [lo60, hi60, lo18, hi18, lo6, hi6] = z.flat().map(monthNumber) as [number, number, number, number, number, number]; // prettier-ignore
  const rows = new Map<string | null, Record<string, number>>();
  const add = (key: string | null, m: number | null) => {
    const row = rows.get(key) ?? { a_0_5: 0, a_6_17: 0, a_18_59: 0, a_60: 0, a_unknown: 0 };
    if (m === null) row.a_unknown! += 1;
    else if (m > hi6) row.a_0_5! += 1;
    else if (m > hi18 && m < lo6) row.a_6_17! += 1;
    else if (m > hi60 && m < lo18) row.a_18_59! += 1;
    else if (m < lo60) row.a_60! += 1;
    rows.set(key, row);
  };
  rows.set('total', { a_0_5: 0, a_6_17: 0, a_18_59: 0, a_60: 0, a_unknown: 0 });
  for (const p of people) {
    add(p.place === '35.74' ? null : p.place.slice(0, 8), p.month);
    add('total', p.month);
  }
  return [...rows].map(([child, r]) => ({ child, ...r }));
}

const byChild = (a: Record<string, unknown>, b: Record<string, unknown>) => String(a.child).localeCompare(String(b.child)); // prettier-ignore

it('counts each age group as the people in it, for any births and boundaries', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(person, { maxLength: 60 }), zones, async (people, z) => {
      const client = await t.pool.connect();
      try {
        const b = await client.query<{ id: string }>(
          `INSERT INTO registry_build (scope, match_run_id, batch_ids, valid_from, rules, built_by)
           VALUES ('35.74', $1, '{}', '2025-01-01', '{}', 'test') RETURNING id`,
          [run],
        );
        const build = Number(b.rows[0]!.id);
        await client.query('CREATE TEMP TABLE reg_agg_person (place text, resolved boolean, birth_month date)'); // prettier-ignore
        for (const p of people)
          await client.query('INSERT INTO reg_agg_person VALUES ($1, $2, $3)', [p.place, p.place !== '35.74', p.month === null ? null : monthText(p.month)]); // prettier-ignore
        await writeBirthCumulative(client, build, '35.74');
        const got = await storedAges(t.db, '35.74', 8, undefined, z);
        expect(got.sort(byChild)).toEqual(expected(people, z).sort(byChild));
      } finally {
        await client.query('DROP TABLE IF EXISTS reg_agg_person');
        await client.query('DELETE FROM registry_birth_cumulative; DELETE FROM registry_build');
        client.release();
      }
    }),
    { numRuns: 60 },
  );
});

it('names the month before any month, across the new year', () => {
  fc.assert(
    fc.property(fc.integer({ min: 1000 * 12 + 1, max: 9999 * 12 }), (k) => {
      expect(monthNumber(monthBefore(monthText(k)))).toBe(k - 1);
      expect(monthBefore(monthText(k))).toMatch(/^\d{4}-\d{2}-01$/);
    }),
  );
});
