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

/** Splits CSV text with `"` quoting into rows of cells. */
export function splitCsv(text: string, delimiter: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === delimiter) {
      row.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows;
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
  records: InputRecord[];
  /** Person id per record, from truth.csv. */
  personIds: (string | undefined)[];
}

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
    });
  });
  const truth = new Map<string, string>();
  for (const t of readTable(join(dir, 'truth.csv'), ',')) {
    truth.set(`${t.source}|${t.record_id}`, t.person_id!);
  }
  const personIds = records.map((r) => truth.get(`${r.source}|${r.recordId}`));
  return { records, personIds };
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
