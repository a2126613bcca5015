/**
 * Housing as the Regsosek/DTSEN forms ask it, drawn from welfare so poor households live in
 * worse houses, but not deterministically (a poor family may inherit a tiled house). Each
 * variable reads standardised national welfare with its own correlation and noise, and cuts it
 * at rough national shares (orders of magnitude from Susenas housing tables; approximate).
 *
 * Codes are Tepat's own ordinal lists, condensed from the Susenas/Regsosek categories and
 * ordered so that **code 1 is the best** and the highest code the worst; the mapping profile
 * of a real file maps its codes onto these.
 */
import { normalCdf } from './normal.js';

interface HousingVariable {
  /** Correlation of the variable's latent quality with welfare. */
  rho: number;
  /** National share of each code, best (code 1) first; sums to 1. */
  shares: readonly number[];
}

export const housingCodes = {
  /** jenis_lantai: 1 marmer/granit/keramik, 2 ubin/tegel/teraso/parket/vinil, 3 semen/bata merah, 4 kayu/papan, 5 bambu, 6 tanah. */
  floor: { rho: 0.6, shares: [0.55, 0.08, 0.25, 0.07, 0.01, 0.04] },
  /** jenis_dinding: 1 tembok, 2 plesteran anyaman bambu/kawat, 3 kayu/papan, 4 anyaman bambu/batang kayu/bambu, 5 lainnya. */
  wall: { rho: 0.5, shares: [0.86, 0.02, 0.09, 0.025, 0.005] },
  /** sumber_air_minum: 1 air kemasan/isi ulang, 2 leding, 3 sumur bor/pompa, 4 sumur/mata air terlindung, 5 sumur/mata air tak terlindung, 6 air permukaan/hujan/lainnya. */
  water: { rho: 0.5, shares: [0.4, 0.1, 0.2, 0.2, 0.05, 0.05] },
  /** fasilitas_bab: 1 milik sendiri, 2 bersama rumah tangga tertentu, 3 MCK komunal/umum, 4 tidak ada/tidak digunakan. */
  toilet: { rho: 0.55, shares: [0.84, 0.07, 0.04, 0.05] },
  /** sumber_penerangan: 1 listrik PLN dengan meteran, 2 listrik PLN tanpa meteran, 3 listrik non-PLN, 4 bukan listrik. */
  lighting: { rho: 0.45, shares: [0.93, 0.03, 0.02, 0.02] },
} as const satisfies Record<string, HousingVariable>;

export type HousingVariableName = keyof typeof housingCodes;
export type Housing = Record<HousingVariableName, number>;

/** Code of one variable from standardised national welfare and one standard-normal draw. */
export function housingCode(variable: HousingVariable, welfare: number, normal: number): number {
  const quality = variable.rho * welfare + Math.sqrt(1 - variable.rho ** 2) * normal;
  // Rank from the top: the best-housed share of households gets code 1, and so on down.
  const fromTop = 1 - normalCdf(quality);
  let cumulative = 0;
  for (let code = 1; code <= variable.shares.length; code++) {
    cumulative += variable.shares[code - 1] ?? 0;
    if (fromTop < cumulative) return code;
  }
  return variable.shares.length;
}
