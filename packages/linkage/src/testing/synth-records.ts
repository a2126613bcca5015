/**
 * Test-only reader of the files `@tepat/synth` writes (four sources and truth.csv) into the
 * engine's input records, with a tiny CSV splitter. The engine itself does no IO; this sits in
 * `testing/` for the accuracy test and the benchmark. P3KE names its desa instead of coding it;
 * the code is looked up from the names DTKS gives for its own codes.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { InputRecord } from '../records/index.js';

/**
 * Splits CSV text with `"` quoting into rows of cells. Unquoted cells (nearly all) are cut out
 * with one `slice`, not built a character at a time, so a million-row region reads in seconds.
 */
export function splitCsv(text: string, delimiter: string): string[][] {
  const rows: string[][] = [];
  const sep = delimiter.charCodeAt(0);
  let row: string[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    let cell: string;
    if (text.charCodeAt(i) === QUOTE) {
      cell = '';
      let from = ++i;
      for (;;) {
        const q = text.indexOf('"', i);
        if (q < 0) {
          cell += text.slice(from);
          i = n;
          break;
        }
        if (text.charCodeAt(q + 1) === QUOTE) {
          cell += text.slice(from, q + 1);
          i = from = q + 2;
          continue;
        }
        cell += text.slice(from, q);
        i = q + 1;
        break;
      }
      // Anything between the closing quote and the next delimiter belongs to the cell.
      const from2 = i;
      while (i < n && !isBreak(text.charCodeAt(i), sep)) i++;
      cell += text.slice(from2, i);
    } else {
      const from = i;
      while (i < n && !isBreak(text.charCodeAt(i), sep)) i++;
      cell = text.slice(from, i);
    }
    row.push(cell);
    if (i >= n) break;
    const c = text.charCodeAt(i++);
    if (c === sep) {
      if (i >= n) row.push('');
      continue;
    }
    if (c === CR && text.charCodeAt(i) === LF) i++;
    rows.push(row);
    row = [];
  }
  if (row.length > 0) rows.push(row);
  return rows;
}

const QUOTE = 34;
const CR = 13;
const LF = 10;

function isBreak(c: number, sep: number): boolean {
  return c === sep || c === LF || c === CR;
}

function readTable(path: string, delimiter: string): Record<string, string>[] {
  const [header = [], ...rows] = splitCsv(
    readFileSync(path, 'utf8').replace(/^\uFEFF/, ''),
    delimiter,
  );
  return rows.map((cells) => Object.fromEntries(header.map((h, i) => [h, cells[i] ?? ''])));
}

const rtRwPattern = /RT\.?\s*(\d{1,3})\D+RW\.?\s*(\d{1,3})/;

function rtRw(address: string): { rt?: string; rw?: string } {
  const found = rtRwPattern.exec(address);
  return found ? { rt: found[1]!, rw: found[2]! } : {};
}

export interface SynthRecords {
  /** Input records; each also carries `familyId` (the source's own) and `relation` (1 = head). */
  records: InputRecord[];
  /** Person id per record, from truth.csv. */
  personIds: (string | undefined)[];
  /** Family id per record, from truth.csv. */
  familyIds: (string | undefined)[];
}

const p3keRelation: Record<string, number> = {
  'Kepala Keluarga': 1, Istri: 2, Suami: 2, Anak: 3, Menantu: 4, Cucu: 5, 'Orang Tua': 6, 'Famili Lain': 7, Lainnya: 8,
}; // prettier-ignore

const relationOf = (code: string | undefined) => Number(code) || null;

/** Reads `dir`'s dtks/regsosek/p3ke/dtsen CSVs (whichever exist) and truth.csv. */
export function readSynthRecords(dir: string): SynthRecords {
  const records: InputRecord[] = [];
  const desaByName = new Map<string, string>();
  const dtks = readTable(join(dir, 'dtks.csv'), ';');
  for (const r of dtks) {
    const desaCode = r.KDPROP! + r.KDKAB! + r.KDKEC! + r.KDDESA!;
    desaByName.set(`${r.NMKEC!.toUpperCase()}|${r.NMDESA!.toUpperCase()}`, desaCode);
    records.push({
      source: 'dtks',
      recordId: r.IDARTBDT!,
      nik: r.NIK!,
      kk: r.NOKK!,
      name: r.NAMA!,
      sex: r.JNS_KEL!,
      birthDate: r.TGL_LHR!,
      desaCode,
      address: r.ALAMAT!,
      ...rtRw(r.ALAMAT!),
      familyId: r.IDBDT! || null,
      relation: relationOf(r.HUB_KRT),
    });
  }
  for (const r of readTable(join(dir, 'regsosek.csv'), ',')) {
    records.push({
      source: 'regsosek',
      recordId: r.id_art!,
      nik: r.nik!,
      kk: r.no_kk!,
      name: r.nama_lengkap!,
      sex: r.jenis_kelamin!,
      birthDate: r.tanggal_lahir!,
      desaCode: r.kode_wilayah!,
      address: r.alamat!,
      ...rtRw(r.alamat!),
      familyId: r.id_keluarga! || null,
      relation: relationOf(r.hubungan_kepala_keluarga),
    });
  }
  readTable(join(dir, 'p3ke.csv'), ',').forEach((r, i) => {
    records.push({
      source: 'p3ke',
      recordId: String(i + 1),
      nik: r.NIK!,
      name: r.NAMA!,
      sex: r['JENIS KELAMIN']!,
      birthDate: r['TANGGAL LAHIR']!,
      desaCode: desaByName.get(`${r.KECAMATAN!}|${r['DESA/KELURAHAN']!}`) ?? null,
      address: r.ALAMAT!,
      ...rtRw(r.ALAMAT!),
      familyId: r['ID KELUARGA P3KE']! || null,
      relation: p3keRelation[r['HUBUNGAN DENGAN KEPALA KELUARGA']!] ?? null,
    });
  });
  readTable(join(dir, 'dtsen.csv'), '|').forEach((r, i) => {
    records.push({
      source: 'dtsen',
      recordId: String(i + 1),
      nik: r.nomor_induk_kependudukan!,
      kk: r.nomor_kartu_keluarga!,
      name: r.nama!,
      sex: r.jenis_kelamin!,
      birthDate: r.tanggal_lahir!,
      desaCode:
        r.kode_provinsi! + r.kode_kabupaten_kota! + r.kode_kecamatan! + r.kode_kelurahan_desa!,
      address: r.alamat!,
      ...rtRw(r.alamat!),
      familyId: r.id_keluarga! || null,
      relation: relationOf(r.hubungan_kepala_keluarga),
    });
  });
  const truth = new Map<string, { person: string; family: string }>();
  for (const t of readTable(join(dir, 'truth.csv'), ',')) {
    truth.set(`${t.source}|${t.record_id}`, { person: t.person_id!, family: t.family_id! });
  }
  const found = records.map((r) => truth.get(`${r.source}|${r.recordId}`));
  return {
    records,
    personIds: found.map((t) => t?.person),
    familyIds: found.map((t) => t?.family),
  };
}

/** Synthesises a small region with `@tepat/synth` into a temporary folder and reads it back. */
export async function synthRegion(people: number, seed: number): Promise<SynthRecords> {
  const { synthesize } = await import('@tepat/synth');
  const dir = mkdtempSync(join(tmpdir(), 'tepat-linkage-'));
  try {
    await synthesize({ region: '35.74', people, outDir: dir, seed });
    return readSynthRecords(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
