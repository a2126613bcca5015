/**
 * Words that stand in Indonesian name fields without being part of the name: religious and
 * social honorifics before it (H., HJ., NY., ALM.), academic and professional titles before it
 * (DRS., IR., PROF., dr.), degrees after it (S.PD., S.H., M.M., A.MD.), and the patronymic
 * connectors (BIN/BINTI). All are listed as they read once dots are removed and letters upper-
 * cased. The lists are data so they can be reviewed by people who know the field.
 */

/** Honorifics and titles written before the name. */
export const prefixTitles: ReadonlySet<string> = new Set([
  // hajj: H. / HJ. are in a large share of older Muslim names
  'H',
  'HJ',
  'HJH',
  'HAJI',
  'HAJJAH',
  'HAJAH',
  // social: Nyonya, Tuan, Bapak, Ibu, Saudara/Saudari
  'NY',
  'NYONYA',
  'TN',
  'TUAN',
  'BPK',
  'BAPAK',
  'IBU',
  'SDR',
  'SDRI',
  'SDRA',
  // deceased, written by operators on death records
  'ALM',
  'ALMH',
  'ALMARHUM',
  'ALMARHUMAH',
  // religious teachers
  'KH',
  'KYAI',
  'KIAI',
  'UST',
  'USTADZ',
  'USTAZ',
  'USTADZAH',
  'USTADZAH',
  // academic and professional
  'DR',
  'DRS',
  'DRA',
  'DRG',
  'DRH',
  'IR',
  'PROF',
]);

/** Degrees written after the name that no Indonesian name token is spelled like. */
const unambiguousDegrees = [
  'SH',
  'SHI',
  'SPD',
  'SPDI',
  'SPDSD',
  'SAG',
  'SKOM',
  'SKM',
  'SSOS',
  'SIP',
  'SIKOM',
  'SST',
  'SSTP',
  'STP',
  'SKEP',
  'SKED',
  'SFARM',
  'SPSI',
  'SPT',
  'SSI',
  'SKG',
  'SAP',
  'STR',
  'SAK',
  'AMD',
  'AMDKEB',
  'AMDKEP',
  'AMK',
  'AMPD',
  'MM',
  'MSI',
  'MPD',
  'MPDI',
  'MAG',
  'MKES',
  'MKOM',
  'MPH',
  'MSC',
  'MBA',
  'MHUM',
  'MKN',
  'BSC',
  'PHD',
  'SPOG',
  'SPPD',
  'SPB',
  'SPM',
] as const;

/**
 * Degrees spelled like short name tokens (SE, ST — also an abbreviation of SITI —, MA, SS, SP,
 * MT, MH, BA). Dropped only when written with a dot (S.E.) or after a comma, never bare.
 */
const ambiguousDegrees = ['SE', 'ST', 'MA', 'SS', 'SP', 'MT', 'MH', 'BA'] as const;

export const suffixDegrees: ReadonlySet<string> = new Set(unambiguousDegrees);
export const dottedSuffixDegrees: ReadonlySet<string> = new Set(ambiguousDegrees);

export function isAnyTitle(token: string): boolean {
  return prefixTitles.has(token) || suffixDegrees.has(token) || dottedSuffixDegrees.has(token);
}

/** Connectors that put the father's name after the person's own (Arabic/Malay patronymic). */
export const patronymicConnectors: Readonly<Record<string, 'BIN' | 'BINTI'>> = {
  BIN: 'BIN',
  BINTI: 'BINTI',
  BINT: 'BINTI',
  BT: 'BINTI',
  BTE: 'BINTI',
};

/**
 * Spellings and abbreviations of Muhammad, all brought to MUHAMMAD. The bare initial M is
 * handled apart: it is Muhammad only as the first of several tokens.
 */
export const muhammadVariants: ReadonlySet<string> = new Set([
  'MOH',
  'MOHD',
  'MOCH',
  'MHD',
  'MUH',
  'MUHD',
  'MUCH',
  'MOHAMAD',
  'MOHAMMAD',
  'MOHAMED',
  'MOHAMMED',
  'MOHAMAT',
  'MOHAMMAT',
  'MOCHAMAD',
  'MOCHAMMAD',
  'MOCHAMED',
  'MOCHAMMED',
  'MOKHAMAD',
  'MOKHAMMAD',
  'MUHAMAD',
  'MUHAMMAD',
  'MUHAMED',
  'MUHAMMED',
  'MUHAMAT',
  'MUHAMMAT',
  'MUCHAMAD',
  'MUCHAMMAD',
  'MUKHAMAD',
  'MUKHAMMAD',
  'MUHHAMAD',
  'MUHHAMMAD',
]);
