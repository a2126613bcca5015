/**
 * Leading tokens that Indonesian names share across regions: MUHAMMAD and its spellings, AHMAD,
 * ABDUL for men; SITI, NUR and the Javanese SRI for women; Javanese birth-order EKO/DWI/TRI and
 * the Bugis ANDI. Their rates move with the birth cohort: SRI and SITI fade, MUHAMMAD rises.
 */
import type { Sex } from '@tepat/domain';
import { pickWeighted, weightedTable, type Random } from '../random.js';
import type { Flavour } from './flavours.js';

const muhammad = weightedTable([
  ['MUHAMMAD', 40],
  ['M.', 16],
  ['MUHAMAD', 14],
  ['MOH.', 10],
  ['MOHAMMAD', 8],
  ['MOCH.', 8],
  ['MOHAMAD', 4],
] as const);
/** MUHAMMAD, SITI, SRI …: drawn at rates that move from the old cohort (0) to the young (1). */
export function leadingToken(
  random: Random,
  flavour: Flavour,
  sex: Sex,
  birthYear: number,
): string | undefined {
  const young = Math.min(1, Math.max(0, (birthYear - 1960) / 45));
  const lerp = (old: number, recent: number): number => old + (recent - old) * young;
  let u = random.float();
  const take = (rate: number): boolean => (u -= rate) < 0;
  if (flavour === 'bugis' && take(0.1)) return 'ANDI';
  if (flavour === 'jawa' && take(lerp(0.05, 0.02))) {
    return random.pick(sex === 'L' ? ['EKO', 'DWI', 'TRI'] : ['DWI', 'TRI', 'EKA']);
  }
  if (sex === 'L') {
    if (take(lerp(0.05, 0.12))) return pickWeighted(random, muhammad);
    if (take(0.04)) return random.chance(0.6) ? 'AHMAD' : 'ACHMAD';
    if (take(lerp(0.04, 0.01))) return 'ABDUL';
    return undefined;
  }
  if (take(lerp(0.16, 0.06))) return flavour === 'madura' || flavour === 'bugis' ? 'SITTI' : 'SITI';
  if (flavour === 'jawa' && take(lerp(0.14, 0.01))) return 'SRI';
  if (take(0.05)) return 'NUR';
  return undefined;
}

const particles = new Set([
  ...muhammad.items,
  ...[
    'AHMAD',
    'ACHMAD',
    'ABDUL',
    'ANDI',
    'EKO',
    'DWI',
    'TRI',
    'EKA',
    'SITI',
    'SITTI',
    'SRI',
    'NUR',
  ],
  ...['I', 'NI', 'LUH', 'WAYAN', 'MADE', 'PUTU', 'KADEK', 'NYOMAN', 'KOMANG', 'KETUT', 'GEDE'],
]);

/** The first token of a full name that is a given name rather than a leading particle. */
export function givenNameOf(name: string): string {
  let start = 0;
  for (;;) {
    const end = name.indexOf(' ', start);
    const token = end < 0 ? name.slice(start) : name.slice(start, end);
    if (end < 0 || !particles.has(token)) return token;
    start = end + 1;
  }
}
