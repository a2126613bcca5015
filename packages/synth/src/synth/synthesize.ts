/**
 * `tepat synth`: a synthetic region written as the national sources deliver it, with the truth.
 * Streams household by household — generate people, read their welfare, let each source observe
 * them with its own errors, write the rows — so memory stays flat whatever the number of people.
 * Deterministic: every random draw comes from a stream named by (seed, purpose), so the same
 * arguments give the same bytes.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { generatePeople } from '../generate.js';
import { loadNoiseConfig, scaleRates, type Rng } from '../noise/index.js';
import { Random } from '../random.js';
import {
  allocateByPopulation,
  desaWeights,
  loadRegionFrame,
  type KabkotaFrame,
  type RegionFrame,
} from '../region/index.js';
import {
  layouts,
  openSourceWriter,
  openTruthWriter,
  type SourceFormat,
  type SourceName,
  type SourceWriter,
} from '../sources/index.js';
import { createWelfareModel } from '../welfare/index.js';
import { address, profileOf } from './household-facts.js';
import { memberFacts, observeHousehold, type SourceContext } from './observe.js';
import { openProgramWriters, type ProgramWriters } from './programs.js';
import { allSources, deathDate, defaultReferenceDate } from './snapshots.js';

export interface SynthOptions {
  /** Kemendagri code of a kabupaten/kota or a province. */
  region: string;
  people: number;
  outDir: string;
  seed?: string | number;
  /** Scales every error rate of the noise config; 0 writes perfect copies. */
  noise?: number;
  /** Path of a noise config (JSON) replacing `noise.default.json`. */
  noiseConfig?: string;
  format?: SourceFormat;
  sources?: readonly SourceName[];
  /** Also write two OPD beneficiary lists (regional PBI by NIK, business grants by name) and their truth. */
  programs?: boolean;
  onProgress?: (peopleDone: number, peopleTotal: number) => void;
}

export interface SynthReport {
  region: { code: string; name: string };
  people: number;
  households: number;
  /** Every file written, with its data rows (`source` is the source, `truth` or an OPD list). */
  files: { source: string; path: string; rows: number }[];
}

const asRng = (r: Random): Rng => ({ next: () => r.float(), int: (n: number) => r.int(0, n - 1) });

export async function synthesize(options: SynthOptions): Promise<SynthReport> {
  const seed = options.seed ?? 1;
  const format = options.format ?? 'csv';
  const sources = allSources.filter((s) => (options.sources ?? allSources).includes(s));
  const rates = scaleRates(loadNoiseConfig(options.noiseConfig), options.noise ?? 1);
  const frame = await loadRegionFrame(options.region);
  await mkdir(options.outDir, { recursive: true });

  const ext = format === 'xlsx' ? 'xlsx' : 'csv';
  const writers = new Map<SourceName, SourceWriter>(
    sources.map((s) => [
      s,
      openSourceWriter(join(options.outDir, `${s}.${ext}`), layouts[s], format),
    ]),
  );
  const truth = openTruthWriter(join(options.outDir, 'truth.csv'));
  const programs = options.programs ? openProgramWriters(options.outDir) : undefined;
  const kkInUse = new Set<string>();
  const counters = new Map<SourceName, number>(sources.map((s) => [s, 0]));
  let done = 0;
  let households = 0;

  const perKabkota = allocateByPopulation(frame, options.people);
  try {
    for (const [k, kabkota] of frame.kabkota.entries()) {
      const count = perKabkota[k] ?? 0;
      if (count === 0 || kabkota.desa.length === 0) continue;
      households += await writeKabkota({ frame, kabkota, count, seed, sources, writers, truth, rates, kkInUse, counters, programs, onPeople: (n) => {
        done += n;
        options.onProgress?.(done, options.people);
      } }); // prettier-ignore
    }
  } finally {
    await Promise.all([...writers.values()].map((w) => w.close()));
    await truth.close();
    await programs?.close();
  }
  return {
    region: { code: frame.code, name: frame.name },
    people: options.people,
    households,
    files: [
      ...[...writers.entries()].map(([source, w]) => ({
        source,
        path: join(options.outDir, `${source}.${ext}`),
        rows: w.rows,
      })),
      {
        source: 'truth' as const,
        path: join(options.outDir, 'truth.csv'),
        rows: [...writers.values()].reduce((s, w) => s + w.rows, 0),
      },
      ...(programs?.files() ?? []).map((f) => ({
        source: f.file.replace(/\.csv$/, ''),
        path: join(options.outDir, f.file),
        rows: f.rows,
      })),
    ],
  };
}

interface KabkotaJob {
  frame: RegionFrame;
  kabkota: KabkotaFrame;
  count: number;
  seed: string | number;
  sources: readonly SourceName[];
  writers: Map<SourceName, SourceWriter>;
  truth: ReturnType<typeof openTruthWriter>;
  rates: ReturnType<typeof scaleRates>;
  kkInUse: Set<string>;
  counters: Map<SourceName, number>;
  programs: ProgramWriters | undefined;
  onPeople: (n: number) => void;
}

/** Writes one kab/kota's people to the open files; returns the number of households. */
async function writeKabkota(job: KabkotaJob): Promise<number> {
  const { kabkota, frame } = job;
  const seed = `${job.seed}:${kabkota.code}`;
  const stream = (label: string) => new Random(seed, label);
  const places = stream('desa-weights');
  const weights = desaWeights(kabkota.desa, () => places.float());
  const welfare = createWelfareModel({
    kabkotaCode: kabkota.code,
    provinceCode: frame.provinsiCode,
  });
  const welfareRandom = stream('welfare');
  const uniform = () => welfareRandom.float();
  const desaEffect = new Map(
    welfare
      .desaEffects(uniform, kabkota.desa.length)
      .map((e, i) => [kabkota.desa[i]?.code ?? '', e]),
  );
  const facts = stream('facts');
  const deaths = stream('deaths');
  const programRng = asRng(stream('programs'));
  const desaByCode = new Map(kabkota.desa.map((d) => [d.code, d]));
  const regionDesaCodes = kabkota.desa.map((d) => d.code);
  const kabkotaDigits = kabkota.code.replace('.', '');
  const contexts = job.sources.map((source): SourceContext => {
    const random = stream(`noise:${source}`);
    return {
      source, random, rng: asRng(random), rates: job.rates, frame, kabkotaName: kabkota.name, desaByCode, regionDesaCodes, kabkotaDigits, kkInUse: job.kkInUse,
      nextId: () => {
        const n = (job.counters.get(source) ?? 0) + 1;
        job.counters.set(source, n);
        return n;
      },
    }; // prettier-ignore
  });
  const birthPlaces = [{ name: kabkota.name.replace(/^(Kabupaten|Kota) /, '').toUpperCase(), weight: 80 }, { name: 'SURABAYA', weight: 5 }, { name: 'JAKARTA', weight: 5 }, { name: 'MALANG', weight: 4 }, { name: 'BANDUNG', weight: 3 }, { name: 'MEDAN', weight: 3 }]; // prettier-ignore
  let households = 0;
  for (const h of generatePeople({
    seed,
    people: job.count,
    provinceCode: frame.provinsiCode,
    desa: kabkota.desa.map((d, i) => ({ code: d.code, weight: weights[i] ?? 1 })),
    referenceDate: defaultReferenceDate,
    birthPlaces,
  })) {
    households++;
    const w = welfare.household(
      uniform,
      profileOf(h, defaultReferenceDate),
      desaEffect.get(h.desaCode) ?? 0,
    );
    const died = new Map<number, string>();
    for (const m of h.families.flatMap((f) => f.members)) {
      const d = deathDate(m.birthDate, deaths.float(), deaths.float());
      if (d) died.set(m.personId, d);
    }
    const hf = {
      household: h,
      welfare: w,
      address: address(facts),
      died,
      ...memberFacts(h, w.z, facts, defaultReferenceDate),
    };
    for (const ctx of contexts) {
      if (!w.inSource[ctx.source]) continue;
      const writer = job.writers.get(ctx.source);
      if (!writer) continue;
      for (const row of observeHousehold(ctx, hf)) {
        const wait = writer.write(row.person);
        if (wait) await wait;
        const truthWait = job.truth.write(row.person, row.truth);
        if (truthWait) await truthWait;
      }
    }
    await job.programs?.write(hf, desaByCode.get(h.desaCode), programRng, job.rates, kabkotaDigits);
    job.onPeople(h.families.reduce((s, f) => s + f.members.length, 0));
  }
  return households;
}
