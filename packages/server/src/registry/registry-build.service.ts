/**
 * `buildRegistry`: the golden records of a region from its latest match run, in one transaction
 * under a lock per scope. Everything runs in SQL (registry-build.queries.ts) except the name
 * search keys, which come from @tepat/linkage's Indonesian normaliser (registry-name-keys.ts).
 */
import { TepatError } from '@tepat/domain';
import type { Database } from '../db/index.js';
import { writeAggregates } from './registry-aggregate.queries.js';
import * as q from './registry-build.queries.js';
import { familyColumns, personColumns } from './registry-survivorship.queries.js';
import { chooseGoldenRecords, finishChoice } from './registry-choice.js';
import { loadRules } from './registry-rules.queries.js';
import { dropForBulk, isBulk, restoreAfterBulk } from './registry-bulk.queries.js';
import { keyNames, writeNameKeys } from './registry-name-keys.js';

export interface BuildOptions {
  /** Kemendagri code of the region matched; absent: the latest run of any region. */
  region?: string | undefined;
  builtBy?: string | undefined;
}

export interface VersionCounts {
  /** Versions opened: new ones plus the successors of changed ones. */
  opened: number;
  /** Versions closed because their values changed. */
  changed: number;
  /** Versions closed because the person or family is no longer in the run. */
  closed: number;
}

export interface BuildSummary {
  buildId: number;
  scope: string;
  matchRunId: number;
  validFrom: string;
  people: VersionCounts;
  families: VersionCounts;
  records: { opened: number; closed: number };
}

export async function buildRegistry(
  database: Database,
  options: BuildOptions = {},
): Promise<BuildSummary> {
  const region = options.region ?? null;
  const client = await database.pool.connect();
  try {
    await client.query('BEGIN');
    const run = await q.findRun(client, region);
    if (!run) throw new TepatError('match.no_run', { region: region ?? '*' });
    await q.lockScope(client, run.scope);
    const rules = await loadRules(client);
    // Half the people are chosen on a second connection meanwhile (registry-choice.ts). The
    // choice reads no version table: whether the build is bulk is known before it takes any
    // lock on them (registry-bulk.queries.ts).
    const chosen = await chooseGoldenRecords(client, database.pool, run.id, rules);
    // The chosen names are keyed in Node while PostgreSQL finishes the families.
    const keying = keyNames(await q.chosenNames(client));
    keying.catch(() => undefined); // awaited below; a failure before then must not go unhandled
    await finishChoice(client, rules);
    const bulk = (await isBulk(client, chosen)) ? await dropForBulk(client) : { restore: [], fresh: false }; // prettier-ignore
    const latest = await q.latestValidFrom(client, run.scope);
    const today = new Date().toISOString().slice(0, 10);
    const dataDate = run.dataDate ?? today;
    const validFrom = latest !== null && latest > dataDate ? latest : dataDate;
    const buildId = await q.insertBuild(client, {
      scope: run.scope, runId: run.id, batchIds: run.batchIds, validFrom, rules,
      builtBy: options.builtBy ?? 'system',
    }); // prettier-ignore
    const ctx: q.BuildContext = { buildId, runId: run.id, scope: run.scope, validFrom, fresh: bulk.fresh }; // prettier-ignore
    await writeNameKeys(client, await keying);
    const people = await q.applyVersions(client, 'registry_person', personColumns, ctx);
    if (!ctx.fresh) await q.fillNameWords(client, run.scope);
    const families = await q.applyVersions(client, 'registry_family', familyColumns, ctx);
    const records = await q.applyMembership(client, ctx);
    await restoreAfterBulk(client, bulk.restore);
    await writeAggregates(client, buildId, run.scope);
    const summary = { buildId, scope: run.scope, matchRunId: run.id, validFrom, people, families, records }; // prettier-ignore
    await q.setBuildCounts(client, buildId, { people, families, records });
    await client.query('COMMIT');
    // A build rewrites a large share of the tables at once, long before autovacuum would look:
    // without fresh statistics the planner scanned whole tables for a NIK lookup (10× slower,
    // bench:registry).
    if (people.opened + people.closed + families.opened + families.closed > 0) {
      await q.analyseRegistry(client);
    }
    return summary;
  } catch (e) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw e;
  } finally {
    client.release();
  }
}
