/** Codes shared by DTKS, Regsosek and DTSEN (see shared/SOURCES.md). */
export const relations = {
  kepala: 1,
  pasangan: 2,
  anak: 3,
  menantu: 4,
  cucu: 5,
  orangTua: 6,
  familiLain: 7,
  lainnya: 8,
} as const;

export type RelationCode = (typeof relations)[keyof typeof relations];

export const maritalStatuses = {
  belumKawin: 1,
  kawin: 2,
  ceraiHidup: 3,
  ceraiMati: 4,
} as const;

export type MaritalStatus = (typeof maritalStatuses)[keyof typeof maritalStatuses];
