/**
 * Beneficiary lists of two regional agencies (OPD), for the program-linking work: a regional
 * health-insurance subsidy list from Dinas Kesehatan keyed by NIK, and a micro-business grant
 * list from Dinas Koperasi & UMKM keyed only by name, birth date and desa — as such lists arrive.
 * Each list has its own errors (typed by other hands) and its own truth file.
 */
import { join } from 'node:path';
import { noisyBirthDate, noisyName, noisyNik, type NoiseRates, type Rng } from '../noise/index.js';
import { openCsvFile, type RowFile } from '../sources/index.js';
import type { DesaFrame } from '../region/index.js';
import { ageOn, formatAddress, formatRtRw } from './household-facts.js';
import type { HouseholdFacts } from './observe.js';
import { defaultReferenceDate } from './snapshots.js';

export const programLists = {
  pbiDaerah: {
    file: 'opd_pbi_daerah.csv',
    header: ['NO', 'NIK', 'NAMA', 'JENIS KELAMIN', 'TANGGAL LAHIR', 'ALAMAT', 'KELURAHAN/DESA', 'KECAMATAN'],
  },
  bantuanUsaha: {
    file: 'opd_bantuan_usaha.csv',
    header: ['NO', 'NAMA PENERIMA', 'TEMPAT LAHIR', 'TANGGAL LAHIR', 'DESA/KELURAHAN', 'KECAMATAN', 'JENIS USAHA', 'NILAI BANTUAN (RP)'],
  },
} as const; // prettier-ignore

const businesses = ['WARUNG KELONTONG', 'PENJUAL GORENGAN', 'JAHIT', 'BENGKEL MOTOR', 'TOKO PULSA', 'KERIPIK', 'SAYUR KELILING', 'LAUNDRY']; // prettier-ignore
const workers = new Set(['PEDAGANG', 'WIRASWASTA', 'BURUH HARIAN LEPAS', 'MENGURUS RUMAH TANGGA', 'PETANI', 'NELAYAN']); // prettier-ignore

export interface ProgramWriters {
  /** Rows written per list file. */
  files(): { file: string; rows: number }[];
  write(
    facts: HouseholdFacts,
    desa: DesaFrame | undefined,
    rng: Rng,
    rates: NoiseRates,
    truthPrefix: string,
  ): Promise<void>;
  close(): Promise<void>;
}

const dmy = (d: { y: number; m: number; d: number }) =>
  `${String(d.d).padStart(2, '0')}-${String(d.m).padStart(2, '0')}-${d.y}`;

export function openProgramWriters(outDir: string): ProgramWriters {
  const pbi = openCsvFile(
    join(outDir, programLists.pbiDaerah.file),
    ',',
    programLists.pbiDaerah.header,
  );
  const usaha = openCsvFile(
    join(outDir, programLists.bantuanUsaha.file),
    ',',
    programLists.bantuanUsaha.header,
  );
  const truth = openCsvFile(join(outDir, 'opd_truth.csv'), ',', [
    'list',
    'record_id',
    'person_id',
    'family_id',
    'household_id',
  ]);
  const put = async (file: RowFile, cells: string[]) => {
    const wait = file.writeRow(cells);
    if (wait) await wait;
  };
  return {
    files: () => [
      { file: programLists.pbiDaerah.file, rows: pbi.rows },
      { file: programLists.bantuanUsaha.file, rows: usaha.rows },
      { file: 'opd_truth.csv', rows: truth.rows },
    ],
    async write(facts, desa, rng, rates, prefix) {
      const { household, welfare } = facts;
      const decile = welfare.deciles.dtsen.kabkota;
      const alive = household.families
        .flatMap((f) => f.members)
        .filter((m) => !facts.died.has(m.personId));
      const truthOf = (list: string, row: number, m: (typeof alive)[number]) =>
        put(truth, [
          list,
          String(row),
          `${prefix}-${m.personId}`,
          `${prefix}-${m.familyId}`,
          `${prefix}-${household.householdId}`,
        ]);
      // Regional PBI: poor households that the national subsidy missed, and some that it should not.
      const enrolled =
        !welfare.aid.pbiNas && (decile <= 4 ? rng.next() < 0.8 : decile <= 7 && rng.next() < 0.05);
      if (enrolled) {
        for (const m of alive) {
          const [y, mo, d] = [
            Number(m.birthDate.slice(0, 4)),
            Number(m.birthDate.slice(5, 7)),
            Number(m.birthDate.slice(8, 10)),
          ];
          const row = pbi.rows + 1;
          await put(pbi, [String(row), noisyNik(m.nik, rng, rates).value, noisyName(m.name, rng, rates, { sex: m.sex }).value, m.sex === 'L' ? 'L' : 'P', dmy({ y, m: mo, d }), `${formatAddress(facts.address)} ${formatRtRw(facts.address)}`, desa?.name.toUpperCase() ?? '', desa?.kecamatanName.toUpperCase() ?? '']); // prettier-ignore
          await truthOf('opd_pbi_daerah', row, m);
        }
      }
      // Micro-business grant: one working-age adult of a poorer household now and then.
      const grantRate = decile <= 3 ? 0.05 : decile <= 6 ? 0.02 : 0.002;
      const adults = alive.filter((m) => {
        const age = ageOn(m.birthDate, defaultReferenceDate);
        return age >= 20 && age < 65 && workers.has(facts.occupation.get(m.personId) ?? '');
      });
      if (adults.length > 0 && rng.next() < grantRate) {
        const m = adults[rng.int(adults.length)]!;
        const date = noisyBirthDate(
          {
            y: Number(m.birthDate.slice(0, 4)),
            m: Number(m.birthDate.slice(5, 7)),
            d: Number(m.birthDate.slice(8, 10)),
          },
          rng,
          rates,
        ).value;
        const row = usaha.rows + 1;
        await put(usaha, [String(row), noisyName(m.name, rng, rates, { sex: m.sex }).value, m.birthPlace, dmy(date), desa?.name.toUpperCase() ?? '', desa?.kecamatanName.toUpperCase() ?? '', businesses[rng.int(businesses.length)]!, String((2 + rng.int(4)) * 500_000)]); // prettier-ignore
        await truthOf('opd_bantuan_usaha', row, m);
      }
    },
    close: async () => {
      await Promise.all([pbi.close(), usaha.close(), truth.close()]);
    },
  };
}
