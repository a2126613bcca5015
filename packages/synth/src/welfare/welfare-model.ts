/**
 * One region's welfare model: a latent log-welfare score z per household that drives, in one
 * pass and with no ranking of anybody, whether the household is poor, its housing, the deciles
 * each registry gives it, which registries hold it, and the aid it receives. Every call to
 * `household` consumes exactly 16 uniforms, so the same stream gives the same households and a
 * change elsewhere in the generator never shifts this one.
 *
 * z = μ(kab/kota) + desa effect + household effects + noise; see calibration.ts for μ and the
 * poverty line, household-effects.ts for the effects, coverage.ts for the sources.
 */
import { calibrateRegion, type P0Override, type RegionCalibration } from './calibration.js';
import { aidModel, coverage, p3keMissing, readingErrors } from './coverage.js';
import { householdEffect, spreads, type HouseholdProfile } from './household-effects.js';
import { housingCode, housingCodes, type Housing } from './housing.js';
import { decileOf, normalFromUniform } from './normal.js';

export type Uniform = () => number;

export interface WelfareModelOptions {
  /** Kemendagri kab/kota code, `35.74` or `3574`. */
  kabkotaCode: string;
  /** Optional; when given it must be the first two digits of `kabkotaCode`. */
  provinceCode?: string;
  /** P0 in percent, to replace the BPS 2025 values (e.g. for a region not in the table). */
  p0?: P0Override;
}

export interface HouseholdWelfare {
  /** True latent log-welfare, national scale (a region with the national P0 centres on 0). */
  z: number;
  poor: boolean;
  extremePoor: boolean;
  housing: Housing;
  deciles: {
    dtsen: { national: number; provincial: number; kabkota: number };
    /** Regsosek peringkat_kesejahteraan, national ranking of an older, noisier reading. */
    regsosek: number;
    /** P3KE's own kab/kota decile; undefined above desil 4 (such families are not in P3KE). */
    p3ke: 1 | 2 | 3 | 4 | undefined;
  };
  inSource: { dtsen: true; regsosek: boolean; dtks: boolean; p3ke: boolean };
  /** PKH, BPNT, PBI as DTKS and P3KE record them (only DTKS families); pbiNas as DTSEN does. */
  aid: { pkh: boolean; bpnt: boolean; pbi: boolean; pbiNas: boolean };
}

export interface WelfareModel {
  calibration: RegionCalibration;
  /** One desa's effect on z, uncentred; prefer `desaEffects` for a whole kab/kota. */
  desaEffect(uniform: Uniform): number;
  /**
   * Effects for all `count` desa of the region, centred on zero: a kota of 29 kelurahan would
   * otherwise drift from its P0 and decile shares by the luck of its few draws.
   */
  desaEffects(uniform: Uniform, count: number): number[];
  household(uniform: Uniform, profile: HouseholdProfile, desaEffect: number): HouseholdWelfare;
}

const rate = (rates: readonly number[], decile: number): number => rates[decile - 1] ?? 0;

export function createWelfareModel(options: WelfareModelOptions): WelfareModel {
  const calibration = calibrateRegion(options.kabkotaCode, options.p0);
  const provinceOfKabkota = options.kabkotaCode.replace(/\./g, '').slice(0, 2);
  if (options.provinceCode !== undefined && options.provinceCode !== provinceOfKabkota) {
    throw new RangeError(
      `kabupaten/kota ${options.kabkotaCode} is not in provinsi ${options.provinceCode}`,
    );
  }
  const { kabkota, provinsi, nasional, povertyLine, extremeLine } = calibration;
  const sdWith = (frameSd: number, error: number): number => Math.hypot(frameSd, error);

  const desaEffect = (uniform: Uniform): number => spreads.desa * normalFromUniform(uniform());

  function household(uniform: Uniform, profile: HouseholdProfile, desa: number): HouseholdWelfare {
    const z =
      kabkota.mean + desa + householdEffect(profile) + spreads.noise * normalFromUniform(uniform());
    const dtsenReading = z + readingErrors.dtsen * normalFromUniform(uniform());
    const regsosekReading = z + readingErrors.regsosek * normalFromUniform(uniform());
    const p3keReading = z + readingErrors.p3ke * normalFromUniform(uniform());

    const welfare = (z - nasional.mean) / nasional.sd;
    const housing: Housing = {
      floor: housingCode(housingCodes.floor, welfare, normalFromUniform(uniform())),
      wall: housingCode(housingCodes.wall, welfare, normalFromUniform(uniform())),
      water: housingCode(housingCodes.water, welfare, normalFromUniform(uniform())),
      toilet: housingCode(housingCodes.toilet, welfare, normalFromUniform(uniform())),
      lighting: housingCode(housingCodes.lighting, welfare, normalFromUniform(uniform())),
    };

    const dtsen = {
      national: decileOf(dtsenReading, nasional.mean, sdWith(nasional.sd, readingErrors.dtsen)),
      provincial: decileOf(dtsenReading, provinsi.mean, sdWith(provinsi.sd, readingErrors.dtsen)),
      kabkota: decileOf(dtsenReading, kabkota.mean, sdWith(kabkota.sd, readingErrors.dtsen)),
    };
    const regsosek = decileOf(
      regsosekReading,
      nasional.mean,
      sdWith(nasional.sd, readingErrors.regsosek),
    );
    const p3keDecile = decileOf(p3keReading, kabkota.mean, sdWith(kabkota.sd, readingErrors.p3ke));
    const p3ke = p3keDecile <= 4 ? (p3keDecile as 1 | 2 | 3 | 4) : undefined;

    const inRegsosek = uniform() < coverage('regsosek', dtsen.national);
    const inP3ke = uniform() >= p3keMissing && p3ke !== undefined;
    const inDtks = uniform() < coverage('dtks', dtsen.national);

    const hasComponent = profile.children > 0 || profile.elderly > 0;
    const pkhRate =
      rate(aidModel.pkh, dtsen.national) * (hasComponent ? 1 : aidModel.pkhWithoutComponent);
    const pkh = uniform() < pkhRate && inDtks;
    const bpnt = uniform() < rate(aidModel.bpnt, dtsen.national) && inDtks;
    const pbi = uniform() < rate(aidModel.pbi, dtsen.national) && inDtks;
    const pbiNasRates = pbi ? aidModel.pbiNasWithPbi : aidModel.pbiNasWithoutPbi;
    const pbiNas = uniform() < rate(pbiNasRates, dtsen.national);

    return {
      z,
      poor: z < povertyLine,
      extremePoor: z < extremeLine,
      housing,
      deciles: { dtsen, regsosek, p3ke },
      inSource: { dtsen: true, regsosek: inRegsosek, dtks: inDtks, p3ke: inP3ke },
      aid: { pkh, bpnt, pbi, pbiNas },
    };
  }

  return {
    calibration,
    desaEffect,
    desaEffects(uniform, count) {
      const effects = Array.from({ length: count }, () => desaEffect(uniform));
      const mean = effects.reduce((sum, e) => sum + e, 0) / Math.max(1, count);
      return effects.map((e) => e - mean);
    },
    household,
  };
}
