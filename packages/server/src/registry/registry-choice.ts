/**
 * The choice of every golden record, split by person between the build's connection and a
 * second one: PostgreSQL runs one statement per connection on one core, and the choice (reading
 * the run's records, then the people's and the families' GROUP BYs) is most of a build.
 *
 * Each connection reads its part of the run's records (loadCandidates: by a hash of the person
 * id, so no person is in both) and chooses its people and its part of every family
 * (registry-survivorship.queries.ts). The second connection writes nothing: once the build's own
 * part is chosen, its rows stream by binary COPY into the build's tables of the same definition,
 * it rolls back, and the build finishes the families from both parts. What a run links never
 * changes once written, so both read the same records. A pool of one connection (which would
 * wait on itself) chooses everything on the build's.
 *
 * Before, the second connection chose all the families while the build's chose all the people,
 * each reading every record: at 1,000,000 people the people took 55 s after a 31 s read and the
 * second connection sat idle for the last 20 (bench:registry data, 2 cores).
 */
import { pipeline } from 'node:stream/promises';
import type pg from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import { loadCandidates, type Part } from './registry-build.queries.js';
import type { RegistryRules } from './registry-rules.js';
import {
  chooseFamilies,
  chooseFamilyParts,
  choosePeople,
} from './registry-survivorship.queries.js';

/**
 * Whether the pool can lend the build a second connection now: one idle, or room for one more.
 * Never waiting for one keeps two builds on a small pool from each holding a connection and
 * waiting for the other's (a pool of one would wait on itself).
 */
export const canChooseAside = (pool: pg.Pool) =>
  pool.idleCount > 0 || pool.totalCount < (pool.options.max ?? 10);

/** reg_person_next and reg_family_part of one part of the run's people; returns how many. */
async function choosePart(client: pg.PoolClient, runId: number, rules: RegistryRules, part: Part) {
  await loadCandidates(client, runId, part);
  const people = await choosePeople(client, rules);
  await chooseFamilyParts(client, rules);
  return people;
}

/** The tables a part's choice fills, in the order they are handed over. */
const partTables = ['reg_person_next', 'reg_family_part'] as const;

/**
 * The second connection's part, handed to the build's connection once `ready` gives it
 * (undefined: the build failed, nothing to hand over); returns how many people it chose.
 */
async function chooseAside(
  pool: pg.Pool,
  runId: number,
  rules: RegistryRules,
  ready: Promise<pg.PoolClient | undefined>,
): Promise<number> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const people = await choosePart(client, runId, rules, { index: 1, of: 2 });
    const build = await ready;
    if (!build) return 0;
    for (const table of partTables) {
      await pipeline(
        client.query(copyTo(`COPY ${table} TO STDOUT (FORMAT binary)`)),
        build.query(copyFrom(`COPY ${table} FROM STDIN (FORMAT binary)`)),
      );
    }
    return people;
  } finally {
    await client.query('ROLLBACK').catch(() => undefined);
    client.release();
  }
}

/**
 * Every golden record of the run, into reg_person_next and reg_family_part of the build's
 * transaction on `client` (finishChoice then makes reg_family_next); a second connection of
 * `pool` (when it has one to lend) chooses half the people meanwhile. Returns how many people.
 */
export async function chooseGoldenRecords(
  client: pg.PoolClient,
  pool: pg.Pool | undefined,
  runId: number,
  rules: RegistryRules,
): Promise<number> {
  const of = pool && canChooseAside(pool) ? 2 : 1;
  let handOver: (build: pg.PoolClient | undefined) => void = () => undefined;
  const ready = new Promise<pg.PoolClient | undefined>((resolve) => (handOver = resolve));
  const aside = of === 2 ? chooseAside(pool!, runId, rules, ready) : Promise.resolve(0);
  aside.catch(() => undefined); // awaited below; a failure before then must not go unhandled
  let people: number;
  try {
    people = await choosePart(client, runId, rules, { index: 0, of });
  } catch (e) {
    handOver(undefined);
    throw e;
  }
  handOver(client);
  return people + (await aside);
}

/** Each family's golden record from its parts, into reg_family_next; the people analysed. */
export async function finishChoice(client: pg.PoolClient, rules: RegistryRules): Promise<void> {
  await chooseFamilies(client, rules);
  await client.query('ANALYZE reg_person_next');
}
