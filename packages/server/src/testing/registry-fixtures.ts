/**
 * A tiny hand-written region for registry tests: five people in four families of Kota
 * Probolinggo (35.74) in DTKS, Regsosek and two DTSEN releases, with one invalid NIK, names and
 * addresses that differ between sources, deciles that disagree, and a matching run written
 * directly (the people are known), so that every survivorship rule can be seen deciding.
 * Used by the server tests and the CLI e2e test.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type pg from 'pg';
import { createRunPartitions } from '../matching/index.js';

const kk = (n: number) => `357405010117000${n}`;
/** BUDI's NIK in DTKS: day 32 is no day, so the NIK fails its checks. */
export const invalidNik = '3574053201900001';
export const budiNik = '3574050101900001';

export const fixtureDates = {
  dtks: '2025-06-01',
  regsosek: '2024-12-01',
  dtsen: '2025-03-01',
  dtsen2: '2025-09-01',
} as const;

const dtks = [
  'IDARTBDT;IDBDT;NOKK;NIK;NAMA;JNS_KEL;TGL_LHR;HUB_KRT;KDPROP;KDKAB;KDKEC;KDDESA;ALAMAT;PKH;BPNT;PBI',
  `D1;H1;${kk(1)};${invalidNik};BUDI SANTOSA;1;01-01-1990;1;35;74;05;1001;JL DTKS 1;1;1;1`,
  `D2;H1;${kk(1)};3574054505920002;SITI AMINAH;2;05-05-1992;2;35;74;05;1001;JL DTKS 1;1;1;1`,
  `D3;H2;${kk(2)};3574055003850003;ANI LESTARI;2;10-03-1985;1;35;74;05;1001;JL DTKS 2;0;1;0`,
  `D4;H3;${kk(3)};3574050707700004;DEDI KURNIAWAN;1;07-07-1970;1;35;74;05;1001;JL DTKS 3;0;0;1`,
];
const regsosek = [
  'id_keluarga,id_art,kode_wilayah,no_kk,nik,nama_lengkap,jenis_kelamin,tanggal_lahir,hubungan_kepala_keluarga,alamat,peringkat_kesejahteraan',
  `R1,R1-1,3574051001,${kk(1)},${budiNik},BOEDI SANTOSO,L,1990-01-01,1,JL REGSOSEK 1,4`,
  `R1,R1-2,3574051001,${kk(1)},3574054505920002,SITI AMINAH,P,1992-05-05,2,JL REGSOSEK 1,4`,
  `R2,R2-1,3574051001,${kk(2)},3574055003850003,ANI LESTARI,P,1985-03-10,1,JL REGSOSEK 2,5`,
];
const dtsenHeader =
  'nomor_induk_kependudukan|nomor_kartu_keluarga|nama|tanggal_lahir|jenis_kelamin|status_hubungan_keluarga|kode_provinsi|kode_kabupaten_kota|kode_kecamatan|kode_kelurahan_desa|alamat|desil_nasional|desil_provinsi|desil_kabupaten_kota|pbi_nas';
const dtsen = (budiName: string, deciles: string) => [
  dtsenHeader,
  `|${kk(1)}|${budiName}|1990-01-01|1|1|35|74|05|1001|JL DTSEN 1|${deciles}|1`,
  `3574054505920002|${kk(1)}|SITI AMINAH|1992-05-05|2|2|35|74|05|1001|JL DTSEN 1|${deciles}|1`,
  `3574050202000005|${kk(4)}|EKO PRASETYO|2000-02-02|1|1|35|74|05|1005|JL DTSEN 4|7|7|7|0`,
];

/** Writes the four files into `dir`; the paths by source. */
export async function writeRegistryFixtures(dir: string) {
  const files = {
    dtks: join(dir, 'dtks.csv'),
    regsosek: join(dir, 'regsosek.csv'),
    dtsen: join(dir, 'dtsen-2025-03.csv'),
    dtsen2: join(dir, 'dtsen-2025-09.csv'),
  };
  await writeFile(files.dtks, dtks.join('\n') + '\n');
  await writeFile(files.regsosek, regsosek.join('\n') + '\n');
  await writeFile(files.dtsen, dtsen('BUDI SANTOSO', '2|2|1').join('\n') + '\n');
  await writeFile(files.dtsen2, dtsen('BUDI SANTOSO WIBOWO', '5|5|5').join('\n') + '\n');
  return files;
}

/** Who each record is: source:record id → person, family, household. */
const people: Record<string, [string, string, string]> = {
  'dtks:D1': ['O1', 'K1', 'H1'], 'regsosek:R1-1': ['O1', 'K1', 'H1'], 'dtsen:1': ['O1', 'K1', 'H1'],
  'dtks:D2': ['O2', 'K1', 'H1'], 'regsosek:R1-2': ['O2', 'K1', 'H1'], 'dtsen:2': ['O2', 'K1', 'H1'],
  'dtks:D3': ['O3', 'K2', 'H2'], 'regsosek:R2-1': ['O3', 'K2', 'H2'],
  'dtks:D4': ['O4', 'K3', 'H3'],
  'dtsen:3': ['O5', 'K4', 'H4'],
}; // prettier-ignore

/**
 * Writes a match run of 35.74 over the batches as matching would, with the people above (the
 * region's earlier runs lose their rows, as in matching). Returns the run id.
 */
export async function writeFixtureRun(pool: pg.Pool, batchIds: number[]): Promise<number> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const r = await client.query<{ id: string }>(
      `INSERT INTO match_run (region_code, run_by, started_at, batch_ids, settings, model,
         model_reused, record_count, candidate_pairs, link_count, person_count, family_count,
         household_count, review_count, persons_kept, stage_seconds, metrics)
       VALUES ('35.74', 'test', now(), $1, '{}', '{}', false, 10, 0, 0, 5, 4, 4, 0, 0, '{}', '{}')
       RETURNING id`,
      [batchIds],
    );
    const runId = Number(r.rows[0]!.id);
    await createRunPartitions(client, runId);
    for (const table of ['record_link', 'match_person', 'match_family', 'match_household']) {
      await client.query(`DELETE FROM ${table} WHERE run_id < $1`, [runId]);
    }
    const records = await client.query<{ batch_id: string; row_number: number; source_kind: string; record_id: string }>(
      `SELECT s.batch_id, s.row_number, b.source_kind, s.record_id FROM source_record s
       JOIN import_batch b ON b.id = s.batch_id WHERE s.batch_id = ANY ($1)`,
      [batchIds],
    ); // prettier-ignore
    for (const x of records.rows) {
      const [person, family, household] = people[`${x.source_kind}:${x.record_id}`]!;
      await client.query(
        `INSERT INTO record_link (run_id, batch_id, row_number, source_kind, record_id,
           fingerprint, person_id, family_id, household_id, reason)
         VALUES ($1, $2, $3, $4, $5, 'f', $6, $7, $8, 'fixture')`,
        [runId, x.batch_id, x.row_number, x.source_kind, x.record_id, person, family, household],
      );
    }
    await client.query(
      `INSERT INTO match_person (run_id, id, family_id, record_count)
       SELECT run_id, person_id, min(family_id), count(*) FROM record_link WHERE run_id = $1 GROUP BY 1, 2`,
      [runId],
    );
    await client.query(
      `INSERT INTO match_family (run_id, id, household_id, person_count)
       SELECT run_id, family_id, min(household_id), count(DISTINCT person_id) FROM record_link
       WHERE run_id = $1 GROUP BY 1, 2`,
      [runId],
    );
    await client.query('COMMIT');
    return runId;
  } catch (e) {
    await client.query('ROLLBACK');
    throw e;
  } finally {
    client.release();
  }
}
