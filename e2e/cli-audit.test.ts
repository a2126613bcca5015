/**
 * The audit trail from the command line: imports, a match run, the registry build and every
 * export (with its row count) are recorded with the OS user as actor; `tepat audit verify`
 * says OK with the count, and after tampering done past the triggers (as a superuser) names the
 * first broken link and exits non-zero. A name that is a formula comes out of the export as text.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { synthesize } from '@tepat/synth';
import { createTestDatabaseUrl } from '../packages/server/src/testing/index.js';
import { runTepat } from './support/cli.js';

let dir: string;
let database: { url: string; drop: () => Promise<void> };
const tepat = (...args: string[]) => runTepat(args, { env: { DATABASE_URL: database.url } });
const formula = '=HYPERLINK("http://contoh.invalid";"klik")';

async function query<R extends pg.QueryResultRow>(sql: string, triggersOff = false): Promise<R[]> {
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    if (!triggersOff) return (await client.query<R>(sql)).rows;
    await client.query('BEGIN');
    await client.query('ALTER TABLE audit_event DISABLE TRIGGER USER');
    const rows = (await client.query<R>(sql)).rows;
    await client.query('ALTER TABLE audit_event ENABLE TRIGGER USER');
    await client.query('COMMIT');
    return rows;
  } finally {
    await client.end();
  }
}

/** Puts a formula in place of the first person's name of a synthetic DTSEN file. */
async function poisonName(path: string): Promise<void> {
  const lines = (await readFile(path, 'utf8')).split('\n');
  const delimiter = [';', '|', ','].find((d) => lines[0]!.includes(d))!;
  const name = lines[0]!.split(delimiter).findIndex((h) => /^nama/i.test(h));
  const cells = lines[1]!.split(delimiter);
  cells[name] = formula.replace(/"/g, '').replace(/;/g, ' ');
  lines[1] = cells.join(delimiter);
  await writeFile(path, lines.join('\n'));
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tepat-e2e-audit-'));
  database = await createTestDatabaseUrl();
  await synthesize({ region: '35.74', people: 200, outDir: dir, seed: 5 });
  await poisonName(join(dir, 'dtsen.csv'));
  for (const source of ['dtks', 'dtsen']) {
    const r = await tepat('import', source, join(dir, `${source}.csv`), '--region', '35.74');
    expect(r.code, r.stderr).toBe(0);
  }
  const match = await tepat('match', '--region', '35.74');
  expect(match.code, match.stderr).toBe(0);
}, 180_000);
afterAll(async () => {
  await database.drop();
  await rm(dir, { recursive: true, force: true });
});

describe('tepat audit', () => {
  it('records imports, the match run, the build and exports with their row counts', async () => {
    const csv = join(dir, 'registri.csv');
    const exported = await tepat('export', 'registry', '--out', csv, '--region', '35.74');
    expect(exported.code, exported.stderr).toBe(0);
    expect((await tepat('export', 'links', '--out', join(dir, 'links.csv'))).code).toBe(0);
    expect((await tepat('batches', 'report', '1', '--out', join(dir, 'm.xlsx'))).code).toBe(0);
    const events =
      await query<{ action: string; via: string; actor_username: string; row_count: string | null; detail: Record<string, unknown> }> // prettier-ignore
      ('SELECT action, via, actor_username, row_count, detail FROM audit_event ORDER BY seq');
    expect(events.map((e) => e.action)).toEqual(['import', 'import', 'match', 'registry.build', 'export', 'export', 'export']); // prettier-ignore
    expect(events.every((e) => e.via === 'cli' && e.actor_username === userInfo().username)).toBe(true); // prettier-ignore
    const people = (await readFile(csv, 'utf8')).trim().split('\n').length - 1;
    expect(events[4]).toMatchObject({ row_count: String(people), detail: { kind: 'registry', format: 'csv' } }); // prettier-ignore
    expect(events[5]!.detail).toMatchObject({ kind: 'links' });
    expect(events[6]!.detail).toMatchObject({ kind: 'problem-report' });
    // The formula in a name is written as text: a leading quote, never a bare `=`.
    const text = await readFile(csv, 'utf8');
    expect(text).toContain(`'=HYPERLINK(`);
    expect(text).not.toMatch(/(^|,)=HYPERLINK/m);
  });

  it('verifies the chain, and names the first broken link after tampering', async () => {
    const ok = await tepat('audit', 'verify');
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stdout).toMatch(/OK — 7 peristiwa audit/);
    await query(`UPDATE audit_event SET detail = detail || '{"kind":"other"}' WHERE seq = 5`, true); // prettier-ignore
    const altered = await tepat('audit', 'verify', '--lang', 'en');
    expect(altered.code).toBe(2);
    expect(altered.stdout).toMatch(/BROKEN — first broken link: event 5 \(\d{4}-.*\) was altered/);
    await query('DELETE FROM audit_event WHERE seq IN (3, 5)', true);
    const missing = await tepat('audit', 'verify', '--json');
    expect(missing.code).toBe(2);
    expect(JSON.parse(missing.stdout)).toMatchObject({ ok: false, broken: { reason: 'missing', seq: 3, nextSeq: 4 } }); // prettier-ignore
  });

  it('refuses to change the trail without superuser tricks', async () => {
    await expect(query('DELETE FROM audit_event')).rejects.toThrow(/append-only/);
    await expect(query(`UPDATE audit_event SET action = 'x'`)).rejects.toThrow(/append-only/);
  });
});
