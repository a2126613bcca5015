/**
 * The word lists name noise draws from: how registries write Muhammad, and the religious titles,
 * forms of address and degrees that end up in the name field. Weights follow what a sample of
 * 12,950 Jakarta voter names shows (../shared/research/linkage-notes.md §5): M and M. are far
 * more common than MOH., MUH. or MOCH.; HJ., H. and NY. more common than academic degrees.
 */

/** Spellings and abbreviations of Muhammad, with how often a source writes each. */
export const muhammadVariants = [
  ['MUHAMMAD', 15],
  ['MUHAMAD', 12],
  ['MOHAMMAD', 5],
  ['MOHAMAD', 6],
  ['MOCHAMAD', 5],
  ['MOCHAMMAD', 3],
  ['MUCHAMMAD', 2],
  ['M.', 30],
  ['M', 20],
  ['MOH.', 8],
  ['MOH', 4],
  ['MUH.', 6],
  ['MOCH.', 6],
  ['MHD.', 2],
] as const satisfies readonly (readonly [string, number])[];

const muhammadSet = new Set<string>(muhammadVariants.map(([variant]) => variant));

export function isMuhammadToken(token: string): boolean {
  return muhammadSet.has(token);
}

/** Written before the name: hajj titles, forms of address, degrees of the old system. */
export const titlePrefixes = {
  L: [
    ['H.', 10],
    ['DRS.', 3],
    ['IR.', 2],
    ['DR.', 1],
    ['KH.', 1],
  ],
  P: [
    ['HJ.', 10],
    ['NY.', 6],
    ['DRA.', 2],
    ['IR.', 1],
    ['DR.', 1],
  ],
} as const satisfies Record<'L' | 'P', readonly (readonly [string, number])[]>;

/** Written after the name, with or without a comma: the degrees of the post-1993 system. */
export const titleSuffixes = [
  ['S.PD', 6],
  ['S.PD.I', 2],
  ['S.AG', 2],
  ['S.E', 2],
  ['SE', 2],
  ['S.H', 1],
  ['SH', 1],
  ['S.KOM', 1],
  ['S.SOS', 1],
  ['A.MD', 2],
  ['S.T', 1],
  ['M.PD', 1],
] as const satisfies readonly (readonly [string, number])[];
