/**
 * `tepat batches changes <batch>`: what changed in a DTSEN release against the previous one, per
 * desa, as a table, JSON or an .xlsx workbook; and the short summary `tepat import` prints after
 * a DTSEN release that has a previous one.
 */
import type { Command } from 'commander';
import pc from 'picocolors';
import {
  compareReleases,
  formatMove,
  maxDecileMove,
  writeChangesWorkbook,
  type ChangeCounts,
  type ReleaseChanges,
  type ReleaseRef,
} from '@tepat/server';
import { TepatError } from '@tepat/domain';
import { currentLang, say } from '../output.js';
import { withTepat, type GlobalOptions } from '../runtime.js';

interface ChangesCliOptions {
  against?: string;
  json?: boolean;
  out?: string;
}

function batchNumber(value: string): number {
  if (!/^\d{1,15}$/.test(value)) throw new TepatError('batch.not_found', { value });
  return Number(value);
}

const ref = (r: ReleaseRef) => `batch ${r.id} (${r.fileName}${r.asOf ? `, ${r.asOf}` : ''})`;

/** The non-zero kabupaten/kota decile moves, e.g. `−3: 1, +2: 4`. */
function moveSpread(c: ChangeCounts): string {
  const parts = c.kabkotaMoves
    .map((n, i) => [i - maxDecileMove, n] as const)
    .filter(([move, n]) => move !== 0 && n > 0)
    .map(([move, n]) => `${formatMove(move)}: ${n}`);
  return parts.length > 0 ? parts.join(', ') : say('tidak ada', 'none');
}

/** A few lines on what changed, for the end of an import. */
export function printChangesSummary(changes: ReleaseChanges): void {
  const t = changes.totals;
  const k = t.decileKabkota;
  const lines = [
    `${pc.bold(say('Perubahan', 'Changes'))} ${say('dibanding', 'against')} ${ref(changes.against)}:`,
    say(
      `  keluarga ${t.familiesBefore} → ${t.familiesAfter}: ${t.added} baru, ${t.removed} hilang, ${t.movedIn} pindah desa`,
      `  families ${t.familiesBefore} → ${t.familiesAfter}: ${t.added} added, ${t.removed} removed, ${t.movedIn} moved desa`,
    ),
    say(
      `  desil kab/kota: ${k.same} tetap, ${k.up} naik, ${k.down} turun, ${k.unknown} tak diketahui (geser ${moveSpread(t)})`,
      `  kab/kota decile: ${k.same} same, ${k.up} up, ${k.down} down, ${k.unknown} unknown (moves ${moveSpread(t)})`,
    ),
  ];
  if (t.rowsWithoutKkAfter > 0) {
    lines.push(
      say(
        `  ${t.rowsWithoutKkAfter} baris tanpa No. KK yang sah tidak masuk hitungan keluarga`,
        `  ${t.rowsWithoutKkAfter} rows without a usable No. KK are in no family count`,
      ),
    );
  }
  lines.push(
    pc.dim(
      say(
        `  Rincian per desa: tepat batches changes ${changes.batch.id}`,
        `  By desa: tepat batches changes ${changes.batch.id}`,
      ),
    ),
  );
  process.stdout.write(`${lines.join('\n')}\n`);
}

const tableColumns: readonly (readonly [id: string, en: string, (c: ChangeCounts) => number])[] = [
  ['Sblm', 'Before', (c) => c.familiesBefore],
  ['Skrg', 'Now', (c) => c.familiesAfter],
  ['Baru', 'Added', (c) => c.added],
  ['Hilang', 'Removed', (c) => c.removed],
  ['Masuk', 'In', (c) => c.movedIn],
  ['Keluar', 'Out', (c) => c.movedOut],
  ['Tetap', 'Same', (c) => c.decileKabkota.same],
  ['Naik', 'Up', (c) => c.decileKabkota.up],
  ['Turun', 'Down', (c) => c.decileKabkota.down],
  ['?', '?', (c) => c.decileKabkota.unknown],
  ['TanpaKK', 'NoKK', (c) => c.rowsWithoutKkAfter],
];

function printTable(changes: ReleaseChanges): void {
  const label = (d: ReleaseChanges['desa'][number]) =>
    d.desaCode === null
      ? say('(wilayah tidak dikenali)', '(unresolved region)')
      : `${d.desaName ?? '?'}${d.kecamatanName ? ` (${d.kecamatanName})` : ''}`;
  const width = Math.max(18, ...changes.desa.map((d) => label(d).length));
  const cell = (id: string, en: string, text: string) =>
    text.padStart(Math.max(say(id, en).length, 5));
  const row = (name: string, code: string, c: ChangeCounts) =>
    `${name.padEnd(width)}  ${code.padEnd(13)} ${tableColumns.map(([id, en, v]) => cell(id, en, String(v(c)))).join(' ')}\n`;
  const out = process.stdout;
  out.write(
    `${say('Rilis', 'Release')} ${ref(changes.batch)} ${say('dibanding', 'against')} ${ref(changes.against)}\n`,
  );
  out.write(
    pc.bold(
      `${say('Desa/kelurahan', 'Desa/kelurahan').padEnd(width)}  ${say('Kode', 'Code').padEnd(13)} ${tableColumns.map(([id, en]) => cell(id, en, say(id, en))).join(' ')}`,
    ) + '\n',
  );
  for (const d of changes.desa) out.write(row(label(d), d.desaCode ?? '-', d));
  out.write(pc.bold(row(say('Jumlah', 'Total'), '', changes.totals)));
  out.write(
    pc.dim(
      say(
        `Tetap/Naik/Turun/?: desil kab/kota keluarga yang ada di kedua rilis. Geser desil kab/kota: ${moveSpread(changes.totals)}.\n`,
        `Same/Up/Down/?: kab/kota decile of families in both releases. Kab/kota decile moves: ${moveSpread(changes.totals)}.\n`,
      ),
    ),
  );
}

export function registerReleaseCommands(batches: Command, globals: () => GlobalOptions): void {
  batches
    .command('changes')
    .description(
      'What changed in a DTSEN release against the previous one, per desa: families added, ' +
        'removed, moved desa, deciles moved',
    )
    .argument('<batch>', 'a DTSEN batch number, as `tepat batches` lists it')
    .option('--against <batch>', 'the DTSEN batch to compare with (default: the previous release)')
    .option('--json', 'print JSON')
    .option('--out <file.xlsx>', 'also write the table to an Excel workbook')
    .action(async (batch: string, _: unknown, command: Command) => {
      // `--json` is an option of `tepat batches` too, which takes it wherever it stands.
      const o = command.optsWithGlobals<ChangesCliOptions>();
      const id = batchNumber(batch);
      const against = o.against === undefined ? undefined : batchNumber(o.against);
      const changes = await withTepat(globals(), 'tepat batches changes', ({ database }) =>
        compareReleases(database.db, id, { against }),
      );
      if (o.out !== undefined) await writeChangesWorkbook(changes, o.out, currentLang());
      if (o.json) process.stdout.write(`${JSON.stringify(changes, null, 2)}\n`);
      else printTable(changes);
    });
}
