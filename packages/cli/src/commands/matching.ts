/**
 * `tepat match`: matches the current batches of a region into people and families (pemadanan);
 * `tepat export links`: the links of the latest run as CSV; `tepat review list`: the review
 * queue. The same service functions as the HTTP API.
 */
import type { Command } from 'commander';
import cliProgress from 'cli-progress';
import pc from 'picocolors';
import {
  buildRegistry,
  exportLinks,
  listReviewPairs,
  matchRegion,
  matchStages,
  recordAudit,
  type MatchStage,
  type MatchSummary,
} from '@tepat/server';
import { info, say } from '../output.js';
import { auditBuild, printBuild } from './registry.js';
import { cliAuditActor, cliUsername, withTepat, type GlobalOptions } from '../runtime.js';

const stageNames: Record<MatchStage, [string, string]> = {
  read: ['baca record', 'read records'],
  table: ['siapkan tabel', 'prepare table'],
  train: ['latih model', 'train model'],
  score: ['blok & skor', 'block & score'],
  cluster: ['kelompokkan', 'cluster'],
  write: ['tulis', 'write'],
};
export const stageName = (s: MatchStage) => say(...stageNames[s]);

function printSummary(s: MatchSummary): void {
  const line = (label: string, value: number | string) =>
    `  ${label.padEnd(24)} ${pc.bold(String(value))}\n`;
  const out = process.stdout;
  out.write(
    `${pc.green(say('Pemadanan selesai', 'Matching done'))} — run ${s.runId}, ${say('wilayah', 'region')} ${s.region ?? say('semua', 'all')}, batch ${s.batchIds.join(', ')}\n`,
  );
  out.write(line(say('Record', 'Records'), s.records));
  out.write(line(say('Pasangan kandidat', 'Candidate pairs'), s.candidatePairs));
  out.write(line(say('Tautan', 'Links'), s.links));
  out.write(line(say('Orang', 'People'), `${s.people} (${s.peopleKept} ${say('id tetap', 'ids kept')})`)); // prettier-ignore
  out.write(line(say('Keluarga', 'Families'), s.families));
  out.write(line(say('Rumah tangga', 'Households'), s.households));
  out.write(line(say('Pasangan untuk ditinjau', 'Pairs to review'), s.reviewPairs));
  out.write(line(say('Model', 'Model'), s.modelReused ? say('dipakai ulang', 'reused') : say('dilatih', 'trained'))); // prettier-ignore
  out.write(`  ${say('Waktu per tahap', 'Time per stage')}:\n`);
  for (const stage of matchStages) {
    out.write(`    ${stageName(stage).padEnd(22)} ${(s.stageSeconds[stage] ?? 0).toFixed(1)} s\n`);
  }
}

export function registerMatching(program: Command, globals: () => GlobalOptions): void {
  program
    .command('match')
    .description(
      'Match the current batches (latest DTKS, Regsosek, P3KE, DTSEN) of a region into people, ' +
        'families and households; uncertain pairs go to the review queue',
    )
    .option('--region <code>', 'Kemendagri code of the region (default: all imported batches)')
    .option('--retrain', 'train the model again even when nothing changed')
    .option('--json', 'print the summary as JSON')
    .option('--no-registry', 'do not rebuild the registry after matching')
    .action(
      async (o: { region?: string; retrain?: boolean; json?: boolean; registry: boolean }) => {
        const tty = process.stderr.isTTY && !o.json;
        const bar = new cliProgress.SingleBar(
          {
            format: `${say('Pemadanan', 'Matching')} {bar} {value}/{total} | {stage} {records}`,
            stream: process.stderr,
          },
          cliProgress.Presets.shades_classic,
        );
        let begun = false;
        const { summary, built } = await withTepat(
          globals(),
          'tepat match',
          async ({ database }) => {
            let match: MatchSummary;
            try {
              match = await matchRegion(database, {
                region: o.region,
                retrain: o.retrain,
                runBy: cliUsername(),
                onProgress: ({ stage, records }) => {
                  if (!tty) return;
                  if (!begun) bar.start(matchStages.length, 0, { stage: '', records: '' });
                  begun = true;
                  bar.update(matchStages.indexOf(stage), {
                    stage: stageName(stage),
                    records: records === undefined ? '' : `(${records} record)`,
                  });
                },
              });
            } finally {
              if (begun) {
                bar.update(matchStages.length);
                bar.stop();
              }
            }
            await recordAudit(database.db, cliAuditActor(), {
              action: 'match',
              targetType: 'match_run',
              targetId: String(match.runId),
              rowCount: match.records,
              detail: { region: match.region, batchIds: match.batchIds, links: match.links, people: match.people, reviewPairs: match.reviewPairs }, // prettier-ignore
            });
            // The registry follows every run, so its reads never lag behind matching.
            const registry = o.registry
              ? await buildRegistry(database, { region: match.region ?? undefined, builtBy: cliUsername() }) // prettier-ignore
              : undefined;
            if (registry) await auditBuild(database.db, registry);
            return { summary: match, built: registry };
          },
        );
        if (o.json) process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
        else printSummary(summary);
        if (built) printBuild(built, info);
      },
    );

  program
    .command('export')
    .description('Export matching results')
    .command('links')
    .description(
      'Write the latest run’s links as CSV: source,record_id,person_id,family_id (record ids as each source defines them)',
    )
    .requiredOption('--out <file.csv>', 'the CSV file to write')
    .option('--region <code>', 'the region matched (default: the latest run of any region)')
    .action(async (o: { out: string; region?: string }) => {
      const rows = await withTepat(globals(), 'tepat export links', async ({ database }) => {
        const n = await exportLinks(database, { region: o.region, out: o.out });
        await recordAudit(database.db, cliAuditActor(), { action: 'export', targetType: 'region', targetId: o.region, rowCount: n, detail: { kind: 'links', format: 'csv' } }); // prettier-ignore
        return n;
      });
      info(say(`${rows} baris ditulis ke ${o.out}.`, `${rows} rows written to ${o.out}.`));
    });

  program
    .command('review')
    .description('The review queue of matching')
    .command('list')
    .description('List the pairs waiting for review, most uncertain first')
    .option('--state <state>', 'open (default), accepted, rejected or all', 'open')
    .option('--limit <n>', 'how many', '50')
    .option('--json', 'print JSON')
    .action(async (o: { state: string; limit: string; json?: boolean }) => {
      const state = (['open', 'accepted', 'rejected', 'all'] as const).find((s) => s === o.state);
      const page = await withTepat(globals(), 'tepat review list', ({ database }) =>
        listReviewPairs(database.db, { state: state ?? 'open', limit: Number(o.limit) || 50 }),
      );
      if (o.json) {
        process.stdout.write(`${JSON.stringify(page, null, 2)}\n`);
        return;
      }
      if (page.total === 0) info(say('Tidak ada pasangan untuk ditinjau.', 'No pairs to review.'));
      for (const p of page.items) {
        process.stdout.write(
          `${String(p.id).padStart(6)}  ${(p.probability * 100).toFixed(1).padStart(5)}%  ${p.reason.padEnd(13)} ` +
            `${p.a.sourceKind}:${p.a.recordId}  ↔  ${p.b.sourceKind}:${p.b.recordId}  ${p.state}\n`,
        );
      }
      if (page.total > page.items.length) {
        info(say(`… ${page.total} pasangan seluruhnya.`, `… ${page.total} pairs in all.`));
      }
    });
}
