/**
 * The DTKS layout (Kemensos): `;`-separated, sex and relation as numeric codes, region as code
 * parts plus kecamatan and desa names, birth date `dd-mm-yyyy`, aid flags 0/1.
 */
import type { ObservedPerson } from './observed.js';
import { dayFirstDate, flagCell, regionCodeParts } from './layout.js';

export const source = 'dtks';
export const delimiter = ';';

export const header = [
  'IDARTBDT',
  'IDBDT',
  'NOKK',
  'NIK',
  'NAMA',
  'JNS_KEL',
  'TMPT_LHR',
  'TGL_LHR',
  'HUB_KRT',
  'KDPROP',
  'KDKAB',
  'KDKEC',
  'KDDESA',
  'NMKEC',
  'NMDESA',
  'ALAMAT',
  'PKH',
  'BPNT',
  'PBI',
] as const;

export function toRow(p: ObservedPerson): string[] {
  const [prop, kab, kec, desa] = regionCodeParts(p.region.desaCode);
  return [
    p.personId ?? '',
    p.familyId ?? '',
    p.kk,
    p.nik,
    p.name,
    p.sex === 'L' ? '1' : '2',
    p.birthPlace,
    dayFirstDate(p.birthDate, '-'),
    String(p.relation),
    prop,
    kab,
    kec,
    desa,
    p.region.kecamatanName,
    p.region.desaName,
    p.address,
    flagCell(p.aid?.pkh),
    flagCell(p.aid?.bpnt),
    flagCell(p.aid?.pbi),
  ];
}
