/**
 * `tepat synth` as a data steward runs it: the files of a region in the SOURCES.md layouts, the
 * same bytes for the same seed, and clear refusals of bad arguments.
 */
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runTepat } from './support/cli.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tepat-e2e-synth-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const firstLine = async (file: string) => (await readFile(file, 'utf8')).split('\n')[0];

describe('tepat synth', () => {
  it('writes Kota Probolinggo in the four source layouts with truth, the same bytes each time', async () => {
    const args = (out: string) => [
      'synth',
      '--region',
      '35.74',
      '--people',
      '20000',
      '--out',
      out,
      '--seed',
      '5',
    ];
    const a = await runTepat(args(join(dir, 'a')));
    expect(a.code).toBe(0);
    expect((await readdir(join(dir, 'a'))).sort()).toEqual([
      'dtks.csv',
      'dtsen.csv',
      'p3ke.csv',
      'regsosek.csv',
      'truth.csv',
    ]);
    expect(await firstLine(join(dir, 'a', 'dtks.csv'))).toBe(
      'IDARTBDT;IDBDT;NOKK;NIK;NAMA;JNS_KEL;TMPT_LHR;TGL_LHR;HUB_KRT;KDPROP;KDKAB;KDKEC;KDDESA;NMKEC;NMDESA;ALAMAT;PKH;BPNT;PBI',
    );
    expect(await firstLine(join(dir, 'a', 'dtsen.csv'))).toBe(
      'nomor_induk_kependudukan|nomor_kartu_keluarga|nama|tanggal_lahir|jenis_kelamin|status_hubungan_keluarga|kode_provinsi|kode_kabupaten_kota|kode_kecamatan|kode_kelurahan_desa|alamat|desil_nasional|desil_provinsi|desil_kabupaten_kota|pbi_nas',
    );
    expect(await firstLine(join(dir, 'a', 'truth.csv'))).toBe(
      'source,record_id,person_id,family_id,household_id',
    );
    // The summary names each file with its row count.
    expect(a.stdout).toMatch(/dtsen\.csv\t\d+/);
    const b = await runTepat(args(join(dir, 'b')));
    expect(b.code).toBe(0);
    for (const f of await readdir(join(dir, 'a'))) {
      const hash = async (d: string) =>
        createHash('sha256')
          .update(await readFile(join(dir, d, f)))
          .digest('hex');
      expect(await hash('b')).toBe(await hash('a'));
    }
  });

  it('refuses a kecamatan as the region and a people count that is not a number', async () => {
    const kecamatan = await runTepat([
      '--lang',
      'en',
      'synth',
      '--region',
      '35.74.05',
      '--people',
      '10',
      '--out',
      join(dir, 'x'),
    ]);
    expect(kecamatan.code).toBe(1);
    expect(kecamatan.stderr).toContain('[synth.region_level]');
    const people = await runTepat([
      '--lang',
      'en',
      'synth',
      '--region',
      '35.74',
      '--people',
      'ten',
      '--out',
      join(dir, 'x'),
    ]);
    expect(people.code).toBe(1);
    expect(people.stderr).toContain('accepted: a whole number');
    const unknown = await runTepat([
      'synth',
      '--region',
      '99',
      '--people',
      '10',
      '--out',
      join(dir, 'x'),
    ]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('[region.not_found]');
  });
});
