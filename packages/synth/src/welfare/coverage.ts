/**
 * Which registry holds a family, as a probability per DTSEN decile. Exported so a test of the
 * generated files can compare the coverage it observes per decile with the model.
 *
 * - DTSEN holds everyone.
 * - Regsosek was a door-to-door near-census (2022): about 97%, a little less at both ends
 *   (remote or homeless poor, gated rich).
 * - DTKS (Kemensos) grew from proposals for aid, so it is skewed to the poor, with the
 *   inclusion errors of a list nobody cleans: read by national decile, as its quotas are.
 * - P3KE holds exactly the families its own PMT (per kab/kota, older and noisier than DTSEN)
 *   puts in desil 1–4, less about 10% lost in matching. Its rate per DTSEN kab/kota decile is
 *   therefore not a table but follows from the two readings' errors; it is computed here.
 *
 * Every source ranks a noisy reading of the true welfare z: DTSEN z + ε(0.1), Regsosek
 * z + ε(0.22), P3KE z + ε(0.28). These sizes give deciles that differ by 2 or more between
 * Regsosek and DTSEN for about 7% of families and between P3KE and DTSEN for about 8%.
 */
import { normalCdf, normalQuantile } from './normal.js';

export type SourceName = 'dtsen' | 'regsosek' | 'dtks' | 'p3ke';
/** Which DTSEN decile a coverage rate is indexed by. */
export type DecileBasis = 'nasional' | 'kabupatenKota';

export const readingErrors = { dtsen: 0.1, regsosek: 0.22, p3ke: 0.28 } as const;
export const p3keMissing = 0.1;

/** P(P3KE PMT decile ≤ 4 | DTSEN kab/kota decile = d) · (1 − missing), by midpoint quadrature. */
function p3keRates(): number[] {
  const dtsenSd = Math.hypot(1, readingErrors.dtsen);
  const p3keSd = Math.hypot(1, readingErrors.p3ke);
  const cut = p3keSd * normalQuantile(0.4);
  // Given the DTSEN reading t, the P3KE reading is normal with these moments (both read z).
  const slope = 1 / dtsenSd ** 2;
  const conditionalSd = Math.sqrt(p3keSd ** 2 - slope);
  const steps = 400;
  return Array.from({ length: 10 }, (_, i) => {
    let sum = 0;
    for (let k = 0; k < steps; k++) {
      const t = dtsenSd * normalQuantile((i + (k + 0.5) / steps) / 10);
      sum += normalCdf((cut - slope * t) / conditionalSd);
    }
    return (1 - p3keMissing) * (sum / steps);
  });
}

export interface CoverageRule {
  basis: DecileBasis;
  /** Probability of being in the source, for DTSEN decile 1 … 10. */
  rates: readonly number[];
}

export const coverageModel: Record<SourceName, CoverageRule> = {
  dtsen: { basis: 'kabupatenKota', rates: Array<number>(10).fill(1) },
  regsosek: {
    basis: 'nasional',
    rates: [0.96, 0.97, 0.97, 0.975, 0.975, 0.975, 0.975, 0.97, 0.96, 0.94],
  },
  dtks: { basis: 'nasional', rates: [0.85, 0.62, 0.58, 0.28, 0.22, 0.1, 0.05, 0.04, 0.03, 0.03] },
  p3ke: { basis: 'kabupatenKota', rates: p3keRates() },
};

/** Probability that a family with this DTSEN decile (on the rule's basis) is in the source. */
export function coverage(source: SourceName, decile: number): number {
  const rate = coverageModel[source].rates[decile - 1];
  if (rate === undefined) throw new RangeError(`decile must be 1–10, got ${String(decile)}`);
  return rate;
}

/**
 * Aid among DTKS families by DTSEN national decile (aid is paid from DTKS). PKH needs a
 * component (children, elderly), so families without one get a fifth of the rate. PBI-JK
 * nationally (`pbiNas`, in DTSEN) covers desil 1–5 mostly; upper deciles were being removed.
 */
export const aidModel = {
  pkh: [0.55, 0.4, 0.4, 0.22, 0.22, 0.1, 0.05, 0.05, 0.05, 0.05],
  pkhWithoutComponent: 0.2,
  bpnt: [0.8, 0.65, 0.65, 0.4, 0.4, 0.15, 0.1, 0.1, 0.1, 0.1],
  pbi: [0.92, 0.88, 0.88, 0.75, 0.75, 0.5, 0.35, 0.35, 0.35, 0.35],
  /** pbi_nas for families holding DTKS PBI, and for the rest. */
  pbiNasWithPbi: [0.97, 0.97, 0.97, 0.95, 0.95, 0.4, 0.2, 0.2, 0.2, 0.2],
  pbiNasWithoutPbi: [0.75, 0.72, 0.72, 0.65, 0.65, 0.1, 0.02, 0.02, 0.02, 0.02],
} as const;
