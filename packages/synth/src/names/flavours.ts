/**
 * Which naming tradition a family follows, and how common each one is by province. The mixes
 * are rough shares of the main ethnic groups (BPS 2010 census tables, rounded by hand); they
 * give a region its flavour, not an exact ethnic composition.
 */
import { weightedTable, type WeightedTable } from '../random.js';

export const flavours = [
  'jawa',
  'sunda',
  'madura',
  'betawi',
  'banjar',
  'bugis',
  'minang',
  'batak',
  'bali',
  'melayu',
  'muslim',
  'kristen',
] as const;

export type Flavour = (typeof flavours)[number];

type Mix = Partial<Record<Flavour, number>>;

const provinceMixes: Record<string, Mix> = {
  '11': { melayu: 50, muslim: 40, jawa: 10 },
  '12': { batak: 45, jawa: 30, melayu: 15, muslim: 10 },
  '13': { minang: 88, batak: 4, jawa: 4, muslim: 4 },
  '14': { melayu: 40, jawa: 25, minang: 12, batak: 10, muslim: 13 },
  '15': { melayu: 40, jawa: 30, minang: 10, muslim: 20 },
  '16': { melayu: 55, jawa: 30, sunda: 3, muslim: 12 },
  '17': { melayu: 50, jawa: 25, minang: 5, muslim: 20 },
  '18': { jawa: 62, sunda: 11, melayu: 14, muslim: 13 },
  '19': { melayu: 65, jawa: 10, muslim: 15, kristen: 10 },
  '21': { melayu: 35, jawa: 25, batak: 12, minang: 10, muslim: 10, kristen: 8 },
  '31': { betawi: 28, jawa: 35, sunda: 15, batak: 4, minang: 4, muslim: 10, kristen: 4 },
  '32': { sunda: 80, jawa: 12, betawi: 4, muslim: 4 },
  '33': { jawa: 97, sunda: 2, muslim: 1 },
  '34': { jawa: 96, muslim: 4 },
  '35': { jawa: 70, madura: 25, muslim: 5 },
  '36': { sunda: 55, jawa: 15, betawi: 10, muslim: 20 },
  '51': { bali: 85, jawa: 10, muslim: 5 },
  '52': { muslim: 88, bali: 4, bugis: 3, jawa: 5 },
  '53': { kristen: 88, muslim: 8, bugis: 4 },
  '61': { melayu: 40, kristen: 35, jawa: 10, madura: 5, bugis: 5, muslim: 5 },
  '62': { banjar: 25, kristen: 40, jawa: 22, madura: 3, muslim: 10 },
  '63': { banjar: 75, jawa: 15, madura: 3, bugis: 2, muslim: 5 },
  '64': { banjar: 25, bugis: 25, jawa: 30, kristen: 10, muslim: 10 },
  '65': { bugis: 30, banjar: 10, jawa: 20, kristen: 30, muslim: 10 },
  '71': { kristen: 85, muslim: 10, bugis: 5 },
  '72': { muslim: 45, bugis: 25, kristen: 20, jawa: 10 },
  '73': { bugis: 70, muslim: 20, kristen: 10 },
  '74': { muslim: 50, bugis: 35, jawa: 10, bali: 5 },
  '75': { muslim: 95, kristen: 3, bugis: 2 },
  '76': { bugis: 40, muslim: 50, kristen: 10 },
  '81': { kristen: 55, muslim: 40, bugis: 5 },
  '82': { muslim: 75, kristen: 20, bugis: 5 },
};

/** Papua and its newer provinces (91–96) share one mix. */
const papuaMix: Mix = { kristen: 75, muslim: 10, jawa: 10, bugis: 5 };
const defaultMix: Mix = { muslim: 60, jawa: 30, kristen: 10 };

const tables = new Map<string, WeightedTable<Flavour>>();

/** The flavour mix of a province, by its 2-digit Kemendagri code. */
export function provinceFlavours(provinceCode: string): WeightedTable<Flavour> {
  const code = provinceCode.slice(0, 2);
  const cached = tables.get(code);
  if (cached) return cached;
  const mix = provinceMixes[code] ?? (code >= '91' && code <= '96' ? papuaMix : defaultMix);
  const table = weightedTable(flavours.map((flavour) => [flavour, mix[flavour] ?? 0] as const));
  tables.set(code, table);
  return table;
}

/** Traditions that take a surname from the father. */
export function usesSurname(flavour: Flavour): boolean {
  return flavour === 'batak' || flavour === 'kristen';
}
