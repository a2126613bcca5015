/**
 * The demo that `tepat start` (the README's quick start) prepares before serving: a synthetic
 * Kota Probolinggo written in the four source layouts, imported, matched into people, families
 * and households, and built into the single registry. What was prepared is remembered in the data folder
 * (`demo/demo.json`) and checked against the database, so a second start reuses it; a start cut
 * off midway picks up where it stopped (an imported file is recognised by its hash).
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isTepatError } from '@tepat/domain';
import {
  buildRegistry,
  importFile,
  listBatches,
  listMatchRuns,
  matchRegion,
  matchStages,
  type Database,
} from '@tepat/server';
import { allSources, sourceDates, synthesize } from '@tepat/synth';
import { info, say } from '../output.js';
import { progressBar } from '../progress.js';
import { ensureDemoLogins, type DemoLogin } from './demo-logins.js';
import { stageName } from './matching.js';

/** Kota Probolinggo: the kota of the seed articles. */
export const demoRegion = '35.74';
export const defaultDemoPeople = 50_000;

interface DemoState {
  region: string;
  people: number;
  seed: string;
  batches: Record<string, number>;
  runId: number;
  /** Absent in the state of a demo prepared before the registry existed: built on next start. */
  registryBuildId?: number;
  /** The demo's logins and their passwords (absent before logins existed: made on next start). */
  logins?: DemoLogin[];
}

export interface DemoReport extends DemoState {
  reused: boolean;
}

async function readState(dir: string): Promise<DemoState | undefined> {
  const path = join(dir, 'demo.json');
  if (!existsSync(path)) return undefined;
  try {
    return JSON.parse(await readFile(path, 'utf8')) as DemoState;
  } catch {
    return undefined; // a torn write: prepare again (imports already done are recognised)
  }
}

/** Whether the database still holds what the state file says was prepared. */
async function stillThere(database: Database, state: DemoState): Promise<boolean> {
  const batches = new Set((await listBatches(database.db)).map((b) => Number(b.id)));
  if (!Object.values(state.batches).every((id) => batches.has(id))) return false;
  // A later `tepat match` of the region replaces the demo's run: its people are still there.
  const runs = await listMatchRuns(database.db, 1000);
  return runs.some((r) => r.regionCode === state.region);
}

async function writeState(dir: string, state: DemoState): Promise<void> {
  await writeFile(join(dir, 'demo.json'), `${JSON.stringify(state, null, 2)}\n`);
}

async function buildDemoRegistry(database: Database): Promise<number> {
  info(say('Membangun registri tunggal…', 'Building the single registry…'));
  const built = await buildRegistry(database, {
    region: demoRegion,
    builtBy: 'tepat start (demo)',
  });
  return built.buildId;
}

async function importSource(
  database: Database,
  path: string,
  source: (typeof allSources)[number],
): Promise<number> {
  const bar = progressBar(
    `${say('Impor', 'Import')} ${source.padEnd(8)} {bar} {percentage}% | {rows} ${say('baris', 'rows')}`,
  );
  try {
    const report = await importFile(database, {
      profile: source,
      path,
      region: demoRegion,
      asOf: sourceDates[source], // the day the generator took the snapshot
      importedBy: 'tepat start (demo)',
      onProgress: ({ rows, bytesRead, totalBytes }) => bar.update(bytesRead, totalBytes, { rows }),
    });
    return report.id;
  } catch (e) {
    // Imported by a start that was cut off before it finished: the same bytes, the same batch.
    if (isTepatError(e) && e.problem.code === 'ingest.already_imported') {
      return Number(e.problem.data.batch);
    }
    throw e;
  } finally {
    bar.stop();
  }
}

/** Prepares (or reuses) the demo data, then makes sure its logins exist. */
export async function prepareDemo(
  database: Database,
  dataDir: string,
  people: number,
): Promise<DemoReport & { logins: DemoLogin[] }> {
  const { reused, ...state } = await prepareDemoData(database, dataDir, people);
  const { logins, changed } = await ensureDemoLogins(database, state.logins);
  if (changed) await writeState(join(dataDir, 'demo'), { ...state, logins });
  return { ...state, logins, reused };
}

async function prepareDemoData(
  database: Database,
  dataDir: string,
  people: number,
): Promise<DemoReport> {
  const dir = join(dataDir, 'demo');
  const previous = await readState(dir);
  if (previous && (await stillThere(database, previous))) {
    if (previous.people !== people) {
      info(
        say(
          `Data demo yang ada (${previous.people} orang) dipakai lagi; untuk ukuran lain pakai --data-dir yang baru.`,
          `The existing demo data (${previous.people} people) is reused; for another size use a new --data-dir.`,
        ),
      );
    }
    info(
      say(
        `Data demo dipakai lagi: Kota Probolinggo sintetis, ${previous.people} orang, batch ${Object.values(previous.batches).join(', ')}.`,
        `Reusing the demo data: synthetic Kota Probolinggo, ${previous.people} people, batches ${Object.values(previous.batches).join(', ')}.`,
      ),
    );
    if (previous.registryBuildId === undefined) {
      const registryBuildId = await buildDemoRegistry(database);
      await writeState(dir, { ...previous, registryBuildId });
      return { ...previous, registryBuildId, reused: true };
    }
    return { ...previous, reused: true };
  }
  const seed = 'demo';
  const files = join(dir, `probolinggo-${people}`);
  await mkdir(files, { recursive: true });

  info(say(`Membuat Kota Probolinggo sintetis: ${people} orang…`, `Generating a synthetic Kota Probolinggo: ${people} people…`)); // prettier-ignore
  const synthBar = progressBar(`${say('Orang', 'People')} {bar} {percentage}% | {value}/{total}`);
  try {
    await synthesize({
      region: demoRegion,
      people,
      outDir: files,
      seed,
      onProgress: (done) => synthBar.update(done, people),
    });
  } finally {
    synthBar.stop();
  }

  info(say('Mengimpor DTKS, Regsosek, P3KE dan DTSEN…', 'Importing DTKS, Regsosek, P3KE and DTSEN…')); // prettier-ignore
  const batches: Record<string, number> = {};
  for (const source of allSources) {
    batches[source] = await importSource(database, join(files, `${source}.csv`), source);
  }

  info(say('Pemadanan (matching) semua sumber…', 'Matching all sources…'));
  const matchBar = progressBar(`${say('Pemadanan', 'Matching')} {bar} {value}/{total} | {stage}`);
  let summary;
  try {
    summary = await matchRegion(database, {
      region: demoRegion,
      runBy: 'tepat start (demo)',
      onProgress: ({ stage }) =>
        matchBar.update(matchStages.indexOf(stage), matchStages.length, {
          stage: stageName(stage),
        }),
    });
  } finally {
    matchBar.stop();
  }

  const registryBuildId = await buildDemoRegistry(database);
  const state: DemoState = {
    region: demoRegion,
    people,
    seed,
    batches,
    runId: summary.runId,
    registryBuildId,
  };
  await writeState(dir, state);
  info(
    say(
      `Demo siap: ${summary.people} orang, ${summary.families} keluarga, ${summary.households} rumah tangga dari ${summary.records} record.`,
      `Demo ready: ${summary.people} people, ${summary.families} families, ${summary.households} households from ${summary.records} records.`,
    ),
  );
  return { ...state, reused: false };
}
