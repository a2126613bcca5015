/**
 * The import worker gets its job and the region reference separately: it opens the file and
 * checks its header while PostgreSQL still writes the reference, and a reference that fails
 * fails the import. Runs the real worker (compiled, as imports do).
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { isTepatError } from '@tepat/domain';
import type { ImportJob } from './import-pipeline.js';
import { startImportThread } from './import-thread.js';
import { builtinProfile } from './profiles/index.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tepat-thread-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function jobFor(text: string): Promise<ImportJob> {
  const path = join(dir, `${Math.random().toString(36).slice(2)}.csv`);
  await writeFile(path, text);
  const profile = builtinProfile('dtsen');
  return { profile, path, fileName: 'x.csv', region: undefined, referenceTime: Date.now() };
}

it('checks the header without waiting for the region reference', async () => {
  const job = await jobFor('foo|bar\n1|2\n');
  const thread = startImportThread(Promise.resolve(job), new Promise<string>(() => undefined));
  try {
    const error = await thread.opened.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(isTepatError(error) ? error.problem.code : error).toBe('ingest.missing_columns');
  } finally {
    await thread.stop();
  }
});

it('fails when the region reference cannot be read', async () => {
  const header =
    'nomor_induk_kependudukan|nomor_kartu_keluarga|nama|tanggal_lahir|jenis_kelamin|status_hubungan_keluarga|kode_provinsi|kode_kabupaten_kota|kode_kecamatan|kode_kelurahan_desa|alamat|desil_nasional|desil_provinsi|desil_kabupaten_kota|pbi_nas';
  const job = await jobFor(`${header}\n${'x|'.repeat(14)}x\n`);
  const thread = startImportThread(Promise.resolve(job), Promise.reject(new Error('no reference')));
  try {
    await expect(thread.opened).rejects.toThrow('no reference');
  } finally {
    await thread.stop();
  }
});
