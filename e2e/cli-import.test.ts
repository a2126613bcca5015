/**
 * `tepat import` as a data steward runs it: synthetic sources import with no configuration and
 * every row is accounted for; a second import of a file is refused; a process killed in the
 * middle of loading leaves no trace of its batch.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { synthesize } from '@tepat/synth';
import { createTestDatabaseUrl } from '../packages/server/src/testing/index.js';
import { runTepat, spawnTepat, stopProcess } from './support/cli.js';

let dir: string;
let database: { url: string; drop: () => Promise<void> };
const env = () => ({ DATABASE_URL: database.url });
const count = async (sql: string) => {
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    return Number((await client.query<{ n: string }>(sql)).rows[0]?.n);
  } finally {
    await client.end();
  }
};

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tepat-e2e-import-'));
  database = await createTestDatabaseUrl();
  await synthesize({ region: '35.74', people: 20_000, outDir: join(dir, 'small'), seed: 21 });
}, 120_000);
afterAll(async () => {
  await database.drop();
  await rm(dir, { recursive: true, force: true });
});

describe('tepat import', () => {
  it('imports each synthetic source with its built-in profile, every data row accounted for', async () => {
    for (const source of ['dtks', 'regsosek', 'p3ke', 'dtsen']) {
      const r = await runTepat(
        ['import', source, join(dir, 'small', `${source}.csv`), '--region', '35.74', '--json'],
        { env: env() },
      );
      expect(r.code, r.stderr).toBe(0);
      const report = JSON.parse(r.stdout) as { id: number; rows: number };
      const lines = (await import('node:fs/promises')).readFile(
        join(dir, 'small', `${source}.csv`),
        'utf8',
      );
      const dataRows = (await lines).split('\n').filter((l) => l !== '').length - 1;
      expect(report.rows).toBe(dataRows);
      expect(
        await count(`SELECT count(*) AS n FROM source_record WHERE batch_id = ${report.id}`),
      ).toBe(dataRows);
    }
    const list = await runTepat(['batches'], { env: env() });
    expect(list.stdout.trim().split('\n')).toHaveLength(4);
  });

  it('refuses the same file a second time, naming the first batch', async () => {
    const again = await runTepat(
      ['--lang', 'en', 'import', 'dtsen', join(dir, 'small', 'dtsen.csv')],
      { env: env() },
    );
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('[ingest.already_imported]');
    expect(again.stderr).toMatch(/already imported as batch \d+/);
  });

  it('says which columns are missing when the profile does not fit the file', async () => {
    // A DTSEN file never imported before (the first data row left out), given the DTKS profile.
    const lines = (await readFile(join(dir, 'small', 'dtsen.csv'), 'utf8')).split('\n');
    await writeFile(join(dir, 'other-dtsen.csv'), [lines[0], ...lines.slice(2)].join('\n'));
    const r = await runTepat(['--lang', 'en', 'import', 'dtks', join(dir, 'other-dtsen.csv')], {
      env: env(),
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('[ingest.wrong_profile]');
    expect(r.stderr).toContain('fit profile dtsen better');
    const empty = join(dir, 'empty.csv');
    await writeFile(empty, '');
    const e = await runTepat(['--lang', 'en', 'import', 'dtsen', empty], { env: env() });
    expect(e.code).toBe(1);
    expect(e.stderr).toContain('[ingest.file_empty]');
  });

  it('leaves no trace of a batch whose process is killed while loading', async () => {
    await synthesize({
      region: '35.13',
      people: 400_000,
      outDir: join(dir, 'big'),
      seed: 4,
      sources: ['dtsen'],
    });
    const before = await count('SELECT count(*) AS n FROM source_record');
    const child = spawnTepat(['import', 'dtsen', join(dir, 'big', 'dtsen.csv')], { env: env() });
    // Kill only once the COPY is really running, as seen from another connection.
    let copying = false;
    for (let i = 0; i < 600 && !copying; i++) {
      await sleep(50);
      copying =
        (await count(
          "SELECT count(*) AS n FROM pg_stat_activity WHERE query LIKE 'COPY tepat_batch.source_record%'",
        )) > 0;
    }
    expect(copying).toBe(true);
    await sleep(300);
    await stopProcess(child, 'SIGKILL');
    for (
      let i = 0;
      i < 100 &&
      (await count(
        "SELECT count(*) AS n FROM pg_stat_activity WHERE query LIKE 'COPY tepat_batch.source_record%'",
      )) > 0;
      i++
    ) {
      await sleep(50);
    }
    expect(
      await count(
        "SELECT count(*) AS n FROM import_batch WHERE file_name = 'dtsen.csv' AND row_count > 100000",
      ),
    ).toBe(0);
    expect(await count('SELECT count(*) AS n FROM source_record')).toBe(before);
    // The batch's own tables went with it: two per batch that exists, no more.
    expect(
      await count("SELECT count(*) AS n FROM pg_tables WHERE schemaname = 'tepat_batch'"),
    ).toBe(2 * (await count('SELECT count(*) AS n FROM import_batch')));
    // Nothing half-written blocks a new try: the same file imports in full.
    const retry = await runTepat(['import', 'dtsen', join(dir, 'big', 'dtsen.csv'), '--json'], {
      env: env(),
      timeoutMs: 120_000,
    });
    expect(retry.code, retry.stderr).toBe(0);
    expect((JSON.parse(retry.stdout) as { rows: number }).rows).toBeGreaterThan(240_000);
  });
});
