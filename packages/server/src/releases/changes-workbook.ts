/**
 * The changes between two DTSEN releases as an Excel workbook for a data steward (Bahasa
 * Indonesia by default): a summary sheet naming both releases with the batch totals, and one row
 * per desa with every count and the spread of kabupaten/kota decile moves from −9 to +9.
 */
import ExcelJS from 'exceljs';
import { safeCell, type Lang } from '@tepat/domain';
import {
  maxDecileMove,
  type ChangeCounts,
  type ReleaseChanges,
  type ReleaseRef,
} from './releases.js';

type Column = readonly [id: string, en: string, value: (c: ChangeCounts) => number];

const countColumns: readonly Column[] = [
  ['Keluarga sebelumnya', 'Families before', (c) => c.familiesBefore],
  ['Keluarga sekarang', 'Families now', (c) => c.familiesAfter],
  ['Baru', 'Added', (c) => c.added],
  ['Hilang', 'Removed', (c) => c.removed],
  ['Pindah masuk', 'Moved in', (c) => c.movedIn],
  ['Pindah keluar', 'Moved out', (c) => c.movedOut],
  ['Desil kab/kota tetap', 'Kab/kota decile same', (c) => c.decileKabkota.same],
  ['Desil kab/kota naik', 'Kab/kota decile up', (c) => c.decileKabkota.up],
  ['Desil kab/kota turun', 'Kab/kota decile down', (c) => c.decileKabkota.down],
  ['Desil kab/kota tak diketahui', 'Kab/kota decile unknown', (c) => c.decileKabkota.unknown],
  ['Desil provinsi naik', 'Provincial decile up', (c) => c.decileProvincial.up],
  ['Desil provinsi turun', 'Provincial decile down', (c) => c.decileProvincial.down],
  ['Desil nasional naik', 'National decile up', (c) => c.decileNational.up],
  ['Desil nasional turun', 'National decile down', (c) => c.decileNational.down],
  ['Baris tanpa No. KK (sebelumnya)', 'Rows without No. KK (before)', (c) => c.rowsWithoutKkBefore],
  ['Baris tanpa No. KK (sekarang)', 'Rows without No. KK (now)', (c) => c.rowsWithoutKkAfter],
];

/** `−3`, `0`, `+2`: how a decile move is written in headers. */
export function formatMove(move: number): string {
  return move > 0 ? `+${move}` : move < 0 ? `−${-move}` : '0';
}

const moveHeaders = (lang: Lang) =>
  Array.from({ length: 2 * maxDecileMove + 1 }, (_, i) =>
    lang === 'id'
      ? `Geser ${formatMove(i - maxDecileMove)}`
      : `Move ${formatMove(i - maxDecileMove)}`,
  );

function describe(r: ReleaseRef, lang: Lang): string {
  const asOf = r.asOf ?? (lang === 'id' ? 'tanpa tanggal data' : 'no data date');
  return `Batch ${r.id}: ${r.fileName} (${asOf})`;
}

/** Writes the workbook; resolves with the number of desa rows written. */
export async function writeChangesWorkbook(
  changes: ReleaseChanges,
  path: string,
  lang: Lang = 'id',
): Promise<number> {
  const t = (id: string, en: string) => (lang === 'id' ? id : en);
  const workbook = new ExcelJS.Workbook();

  const summary = workbook.addWorksheet(t('Ringkasan', 'Summary'));
  summary.columns = [{ width: 36 }, { width: 60 }];
  summary.addRow([t('Rilis DTSEN ini', 'This DTSEN release'), describe(changes.batch, lang)]);
  summary.addRow([t('Dibandingkan dengan', 'Compared with'), describe(changes.against, lang)]);
  summary.addRow([t('Wilayah', 'Region'), changes.batch.regionCode ?? '-']);
  summary.addRow([]);
  for (const [id, en, value] of countColumns) summary.addRow([t(id, en), value(changes.totals)]);
  summary.addRow([]);
  moveHeaders(lang).forEach((header, i) =>
    summary.addRow([header, changes.totals.kabkotaMoves[i]]),
  );
  summary.getColumn(1).font = { bold: true };

  const sheet = workbook.addWorksheet(t('Per desa', 'By desa'));
  const headers = [
    t('Kode desa', 'Desa code'),
    t('Desa/kelurahan', 'Desa/kelurahan'),
    t('Kecamatan', 'Kecamatan'),
    ...countColumns.map(([id, en]) => t(id, en)),
    ...moveHeaders(lang),
  ];
  sheet.columns = headers.map((header, i) => ({ header, width: i < 3 ? [16, 28, 22][i] : 12 }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).alignment = { wrapText: true, vertical: 'top' };
  sheet.views = [{ state: 'frozen', xSplit: 2, ySplit: 1 }];
  for (const d of changes.desa) {
    sheet.addRow([
      safeCell(d.desaCode ?? ''),
      d.desaCode === null
        ? t('(wilayah tidak dikenali)', '(unresolved region)')
        : safeCell(d.desaName ?? ''),
      safeCell(d.kecamatanName ?? ''),
      ...countColumns.map(([, , value]) => value(d)),
      ...d.kabkotaMoves,
    ]);
  }
  sheet.addRow([
    '',
    t('Jumlah', 'Total'),
    '',
    ...countColumns.map(([, , value]) => value(changes.totals)),
    ...changes.totals.kabkotaMoves,
  ]).font = { bold: true };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: headers.length } };
  await workbook.xlsx.writeFile(path);
  return changes.desa.length;
}
