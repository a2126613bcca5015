/**
 * `tepat match` (which rebuilds the registry) and `tepat export registry` as a data steward runs
 * them on a synthetic kota: one registry person per matched person, every source record in
 * exactly one of them, the export as .csv and .xlsx, a rule changed and set back, and a bad
 * --as-of refused with its reason.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { synthesize } from '@tepat/synth';
import { createTestDatabaseUrl } from '../packages/server/src/testing/index.js';
import { runTepat } from './support/cli.js';

let dir: string;
let database: { url: string; drop: () => Promise<void> };
const tepat = (...args: string[]) => runTepat(args, { env: { DATABASE_URL: database.url } });

async function count(query: string): Promise<number> {
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    return Number((await client.query<{ n: string }>(query)).rows[0]!.n);
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tepat-e2e-registry-'));
  database = await createTestDatabaseUrl();
  await synthesize({ region: '35.74', people: 400, outDir: dir, seed: 11 });
  for (const source of ['dtks', 'regsosek', 'p3ke', 'dtsen']) {
    const r = await tepat('import', source, join(dir, `${source}.csv`), '--region', '35.74');
    expect(r.code, r.stderr).toBe(0);
  }
}, 180_000);
afterAll(async () => {
  await database.drop();
  await rm(dir, { recursive: true, force: true });
});

describe('tepat registry', () => {
  it('builds the registry after matching: one person per cluster, each record once', async () => {
    const match = await tepat('match', '--region', '35.74');
    expect(match.code, match.stderr).toBe(0);
    expect(match.stderr).toContain('Registri dibangun');
    const clusters = await count('SELECT count(*) AS n FROM match_person');
    expect(await count('SELECT count(*) AS n FROM registry_person WHERE valid_to IS NULL')).toBe(clusters); // prettier-ignore
    expect(await count('SELECT count(*) AS n FROM match_family')).toBe(
      await count('SELECT count(*) AS n FROM registry_family WHERE valid_to IS NULL'),
    );
    const records = await count('SELECT count(*) AS n FROM source_record');
    expect(await count(`SELECT count(DISTINCT (batch_id, row_number)) AS n FROM registry_person_record WHERE valid_to IS NULL`)).toBe(records); // prettier-ignore
    expect(await count('SELECT count(*) AS n FROM registry_person_record WHERE valid_to IS NULL')).toBe(records); // prettier-ignore
    // Every open link points at the person the match run put the record in.
    expect(await count(`SELECT count(*) AS n FROM registry_person_record r JOIN record_link l
      USING (batch_id, row_number) WHERE r.valid_to IS NULL AND r.person_id <> l.person_id`)).toBe(0); // prettier-ignore

    const again = await tepat('registry', 'build', '--region', '35.74', '--json');
    expect(again.code, again.stderr).toBe(0);
    const summary = JSON.parse(again.stdout) as { people: { opened: number }; families: { opened: number } }; // prettier-ignore
    expect(summary.people.opened).toBe(0);
    expect(summary.families.opened).toBe(0);
  });

  it('exports the registry as .csv and .xlsx, one row per person', async () => {
    const people = await count('SELECT count(*) AS n FROM registry_person WHERE valid_to IS NULL');
    const csv = join(dir, 'registri.csv');
    const r = await tepat('export', 'registry', '--out', csv, '--region', '35.74');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(`${people} orang ditulis`);
    const rows = parse<Record<string, string>>(await readFile(csv), { columns: true });
    expect(rows).toHaveLength(people);
    expect(Object.keys(rows[0]!).slice(0, 4)).toEqual(['person_id', 'family_id', 'household_id', 'nik']); // prettier-ignore
    expect(new Set(rows.map((x) => x.person_id)).size).toBe(people);
    expect(rows.every((x) => /^O/.test(x.person_id!) && /^K/.test(x.family_id!))).toBe(true);
    // NIK and No. KK masked unless revealed on purpose.
    const withNik = rows.filter((x) => x.nik !== '');
    expect(withNik.length).toBeGreaterThan(0);
    expect(withNik.every((x) => /^\d{4}\*{8}\d{4}$/.test(x.nik!))).toBe(true);
    const full = join(dir, 'registri-lengkap.csv');
    expect((await tepat('export', 'registry', '--out', full, '--reveal')).code).toBe(0);
    const revealed = parse<Record<string, string>>(await readFile(full), { columns: true });
    expect(revealed.filter((x) => /^\d{16}$/.test(x.nik!))).toHaveLength(withNik.length);

    const xlsx = join(dir, 'registri.xlsx');
    const x = await tepat('export', 'registry', '--out', xlsx, '--as-of', '2099-01-01', '--lang', 'en'); // prettier-ignore
    expect(x.code, x.stderr).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(xlsx);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.rowCount).toBe(people + 1);
    expect(sheet.getRow(1).getCell(1).value).toBe('person_id');

    const before = join(dir, 'kosong.csv');
    const empty = await tepat('export', 'registry', '--out', before, '--as-of', '1999-01-01');
    expect(empty.code, empty.stderr).toBe(0);
    expect(parse(await readFile(before), { columns: true })).toHaveLength(0);
  });

  it('changes a rule, says when it applies, and sets it back to its default', async () => {
    const rule = '{"criteria":["recency","priority"],"sources":["dtks","dtsen"]}';
    const set = await tepat('registry', 'rule', 'person.address', rule);
    expect(set.code, set.stderr).toBe(0);
    expect(set.stdout).toContain('Aturan person.address: {"criteria":["recency","priority"],"sources":["dtks","dtsen"]} — berlaku pada build berikutnya'); // prettier-ignore
    const shown = JSON.parse((await tepat('registry', 'rules')).stdout) as { person: { address: unknown } }; // prettier-ignore
    expect(shown.person.address).toEqual(JSON.parse(rule));
    const bad = await tepat('registry', 'rule', 'status', '{"order":[]}');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('registry.rule_invalid');
    const neither = await tepat('registry', 'rule', 'status');
    expect(neither.code).toBe(1);
    const back = await tepat('registry', 'rule', 'person.address', '--default');
    expect(back.code, back.stderr).toBe(0);
    expect(await count(`SELECT count(*) AS n FROM registry_rule`)).toBe(0);
    expect(await count(`SELECT count(*) AS n FROM audit_event WHERE action = 'rule.change' AND target_id = 'person.address'`)).toBe(2); // prettier-ignore
  });

  it('refuses a bad --as-of and an unknown file type with the reason', async () => {
    const bad = await tepat('export', 'registry', '--out', join(dir, 'x.csv'), '--as-of', '31-12-2025'); // prettier-ignore
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('cli.invalid_option');
    const pdf = await tepat('export', 'registry', '--out', join(dir, 'x.pdf'));
    expect(pdf.code).toBe(1);
    expect(pdf.stderr).toContain('registry.export_format');
  });
});
