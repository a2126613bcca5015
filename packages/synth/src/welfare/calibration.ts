/**
 * Where a region's households sit on the latent welfare scale. z is a log-welfare score in
 * units of the national within-region spread: inside one kabupaten/kota, households' z is close
 * to N(μ, 1). μ is set so the share of *people* below the poverty line equals the region's BPS
 * P0. A region whose P0 equals the national one has μ = 0, so μ = Φ⁻¹(P0 nasional) − Φ⁻¹(P0).
 *
 * The poverty line sits at Φ⁻¹(P0 nasional) + `personShift`: larger households are poorer, so
 * the average person has a lower z than the average household. The shift is Cov(size, effect) /
 * E(size) for the effects in `household-effects.ts`, measured on Susenas-like households (mean
 * size ≈ 3.8, variance ≈ 2.7; `testing.ts`); a population with other moments moves P0 by about
 * φ(line)·Δshift, i.e. 0.1 percentage point per 0.01 of shift at P0 ≈ 6%.
 *
 * Province and national frames are the population-weighted mixtures of their kab/kota normals
 * (mean of the μ's, variance 1 + variance of the μ's), so a province's deciles describe the
 * households it really holds and a rich kota gets few national desil 1.
 */
import { normalQuantile } from './normal.js';
import {
  getPovertyTable,
  impliedPopulation,
  kabkotaKey,
  type PovertyRow,
} from './poverty-table.js';

export interface Frame {
  mean: number;
  sd: number;
}

export interface RegionCalibration {
  kabkota: Frame;
  provinsi: Frame;
  nasional: Frame;
  /** z below this is poor (per-capita expenditure under the BPS line). */
  povertyLine: number;
  /** z below this is extremely poor (BPS: 0.85% of people nationally, March 2025). */
  extremeLine: number;
  /** The P0 values, percent, that the frames were calibrated to. */
  p0: { kabkota: number; provinsi: number; nasional: number };
}

export interface P0Override {
  kabkota?: number;
  provinsi?: number;
  nasional?: number;
}

/** Person-weighted minus household-weighted mean z; see the module comment. */
export const personShift = -0.076;
const extremeP0 = 0.85;

const muFor = (p0: number, nasionalP0: number): number =>
  normalQuantile(nasionalP0 / 100) - normalQuantile(p0 / 100);

function mixture(rows: PovertyRow[], nasionalP0: number): Frame {
  let weight = 0;
  let sum = 0;
  let squares = 0;
  for (const row of rows) {
    const w = impliedPopulation(row);
    const mu = muFor(row.p0, nasionalP0);
    weight += w;
    sum += w * mu;
    squares += w * mu * mu;
  }
  const mean = sum / weight;
  return { mean, sd: Math.sqrt(1 + Math.max(0, squares / weight - mean * mean)) };
}

function checkP0(value: number, what: string): number {
  if (!(value > 0 && value < 100))
    throw new RangeError(`${what} P0 must be a percentage in (0, 100), got ${String(value)}`);
  return value;
}

export function calibrateRegion(kabkotaCode: string, override: P0Override = {}): RegionCalibration {
  const table = getPovertyTable();
  const key = kabkotaKey(kabkotaCode);
  const provinceKey = key.slice(0, 2);
  const nasional = checkP0(override.nasional ?? table.nasionalP0, 'national');
  const kabkotaP0 = override.kabkota ?? table.kabkota[key]?.p0;
  if (kabkotaP0 === undefined)
    throw new RangeError(`no BPS P0 for kabupaten/kota ${key}; pass p0.kabkota`);
  const provinceRows = Object.entries(table.kabkota)
    .filter(([code]) => code.startsWith(`${provinceKey}.`))
    .map(([, row]) => row);
  const provinsiP0 = override.provinsi ?? table.provinsi[provinceKey]?.p0;
  if (provinsiP0 === undefined)
    throw new RangeError(`no BPS P0 for provinsi ${provinceKey}; pass p0.provinsi`);
  const tableProvince = provinceRows.length > 0 ? mixture(provinceRows, nasional) : undefined;
  const provinsi: Frame =
    override.provinsi === undefined && tableProvince
      ? tableProvince
      : { mean: muFor(checkP0(provinsiP0, 'province'), nasional), sd: tableProvince?.sd ?? 1 };
  return {
    kabkota: { mean: muFor(checkP0(kabkotaP0, 'kabupaten/kota'), nasional), sd: 1 },
    provinsi,
    nasional: mixture(Object.values(table.kabkota), nasional),
    povertyLine: normalQuantile(nasional / 100) + personShift,
    extremeLine: normalQuantile(extremeP0 / 100) + personShift,
    p0: { kabkota: kabkotaP0, provinsi: provinsiP0, nasional },
  };
}
