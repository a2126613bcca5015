/**
 * Two small DTSEN releases of Kota Probolinggo (35.74) written by hand, for tests: every kind of
 * change appears at least once — a family added, removed, moved to another desa, deciles up,
 * down, unchanged and unknown, a desa code that resolves nowhere, rows without a usable No. KK —
 * with the counts a comparison must find. Used by the server tests and the CLI e2e test.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const header =
  'nomor_induk_kependudukan|nomor_kartu_keluarga|nama|tanggal_lahir|jenis_kelamin|status_hubungan_keluarga|kode_provinsi|kode_kabupaten_kota|kode_kecamatan|kode_kelurahan_desa|alamat|desil_nasional|desil_provinsi|desil_kabupaten_kota|pbi_nas';

/** Desa used: Jrebeng Kulon and Kedopok (kec. Kedopok), Kanigaran (kec. Kanigaran). */
export const fixtureDesa = {
  jrebengKulon: '35.74.05.1001',
  kedopok: '35.74.05.1005',
  kanigaran: '35.74.04.1003',
} as const;

type Deciles = readonly [national: string, provincial: string, kabkota: string];

interface FixtureFamily {
  kk: string;
  desa: string;
  deciles: Deciles;
  members: number;
}

/** Fictitious No. KK issued in kecamatan 35.74.05 on 01-01-2017, serial `n`. */
const kk = (n: number) => `357405010117${String(n).padStart(4, '0')}`;

function rows(families: readonly FixtureFamily[], release: string): string[] {
  const lines: string[] = [];
  for (const f of families) {
    const [, kec, desa] = /^35\.74\.(\d\d)\.(\d{4})$/.exec(f.desa) ?? ['', '05', '9999'];
    for (let m = 0; m < f.members; m++) {
      const relation = m === 0 ? 1 : 3;
      const name = `ANGGOTA ${release} ${f.kk.slice(-4)} ${m + 1}`;
      lines.push(
        `|${f.kk}|${name}|1990-01-01|${1 + (m % 2)}|${relation}|35|74|${kec}|${desa}|JL. CONTOH RT 1 RW 1|${f.deciles.join('|')}|1`,
      );
    }
  }
  return lines;
}

const X = fixtureDesa.jrebengKulon;
const Y = fixtureDesa.kedopok;
const Z = fixtureDesa.kanigaran;
/** A desa code that is not in the Kemendagri reference: the family's region stays unresolved. */
const nowhere = '35.74.05.9999';

export const previousFamilies: readonly FixtureFamily[] = [
  { kk: kk(1), desa: X, deciles: ['3', '3', '3'], members: 2 }, // all deciles the same
  { kk: kk(2), desa: X, deciles: ['2', '2', '2'], members: 3 }, // kab/kota +2, prov up
  { kk: kk(3), desa: X, deciles: ['4', '5', '5'], members: 1 }, // kab/kota −1, nat down
  { kk: kk(4), desa: X, deciles: ['1', '1', '1'], members: 2 }, // removed
  { kk: kk(6), desa: X, deciles: ['4', '4', '4'], members: 2 }, // moves to Y, kab/kota −3
  { kk: kk(7), desa: Y, deciles: ['2', '2', ''], members: 1 }, // kab/kota unknown, nat up
  { kk: kk(8), desa: Z, deciles: ['1', '1', '1'], members: 1 }, // unchanged
];

export const latestFamilies: readonly FixtureFamily[] = [
  { kk: kk(1), desa: X, deciles: ['3', '3', '3'], members: 2 },
  { kk: kk(2), desa: X, deciles: ['2', '3', '4'], members: 3 },
  { kk: kk(3), desa: X, deciles: ['3', '5', '4'], members: 2 },
  { kk: kk(5), desa: Y, deciles: ['1', '1', '1'], members: 4 }, // added
  { kk: kk(6), desa: Y, deciles: ['4', '2', '1'], members: 2 },
  { kk: kk(7), desa: Y, deciles: ['3', '2', '2'], members: 1 },
  { kk: kk(8), desa: Z, deciles: ['1', '1', '1'], members: 1 },
  { kk: kk(9), desa: nowhere, deciles: ['5', '5', '5'], members: 1 }, // added, unresolved
  { kk: kk(10), desa: Z, deciles: ['2', '2', '2'], members: 3 }, // added
];

/** A row whose No. KK is unusable: empty, or the placeholder `-`. */
const noKk = (kkCell: string, desa: string) => {
  const [, kec, d] = /^35\.74\.(\d\d)\.(\d{4})$/.exec(desa) ?? [];
  return `|${kkCell}|TANPA KK|1985-05-05|2|1|35|74|${kec}|${d}|JL. CONTOH|2|2|2|1`;
};

/** Writes both releases into `dir`; the latest one carries a different first row per call tag. */
export async function writeFixtureReleases(dir: string, tag = '') {
  const previous = join(dir, `dtsen-2025-03${tag}.csv`);
  const latest = join(dir, `dtsen-2025-09${tag}.csv`);
  await writeFile(
    previous,
    [header, ...rows(previousFamilies, `A${tag}`), noKk('', X)].join('\n') + '\n',
  );
  await writeFile(
    latest,
    [header, ...rows(latestFamilies, `B${tag}`), noKk('', Y), noKk('', Y), noKk('-', X)].join(
      '\n',
    ) + '\n',
  );
  return { previous, latest };
}
