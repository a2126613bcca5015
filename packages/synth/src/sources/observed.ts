/**
 * What one source registry holds about one person, after that source's own errors (noise) were
 * applied: the values as they will be written, still as typed data. The layout modules
 * (`dtks.ts`, `regsosek.ts`, `p3ke.ts`, `dtsen.ts`) turn these into the exact columns and value
 * codes of ../shared/SOURCES.md; the writers stream them to CSV or XLSX.
 */

export type SourceName = 'dtks' | 'regsosek' | 'p3ke' | 'dtsen';

/** Relation to the household/family head, as coded in DTKS, Regsosek and DTSEN (1–8). */
export type RelationCode = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8;

export interface ObservedRegion {
  /** Kemendagri desa code with dots, e.g. `35.74.04.1001` (where the source places the person). */
  desaCode: string;
  /** Names as this source spells them (may differ from Kemendagri: noise). Upper case in P3KE. */
  provinsiName: string;
  kabkotaName: string;
  kecamatanName: string;
  desaName: string;
}

export interface ObservedPerson {
  source: SourceName;
  /** The source's own person id (DTKS IDARTBDT, Regsosek id_art); absent in P3KE and DTSEN. */
  personId?: string;
  /** The source's own family/household id (DTKS IDBDT, Regsosek id_keluarga, P3KE ID KELUARGA). */
  familyId?: string;
  /** 16 digits, or what the source wrote instead ('', '-', '0', 15 digits …). */
  nik: string;
  kk: string;
  name: string;
  sex: 'L' | 'P';
  birthPlace: string;
  /**
   * Birth date as the source holds it: `{ y, m, d }` where m or d may be 0 when only the year is
   * known, and the triple may be impossible (31 February) when the source's error made it so.
   */
  birthDate: { y: number; m: number; d: number };
  relation: RelationCode;
  region: ObservedRegion;
  /** Address line, e.g. `JL. MAWAR NO. 12 RT 003 RW 005`. */
  address: string;
  /** Regsosek neighbourhood unit code (SLS). */
  slsCode?: string;
  maritalStatus?: 1 | 2 | 3 | 4;
  /** 0 tidak/belum sekolah … 6 perguruan tinggi. */
  education?: 0 | 1 | 2 | 3 | 4 | 5 | 6;
  occupation?: string;
  housing?: {
    floor: number;
    wall: number;
    water: number;
    toilet: number;
    lighting: number;
  };
  /** Welfare decile(s) as this source ranks the family. */
  decile?: number;
  dtsenDeciles?: { national: number; provincial: number; kabkota: number };
  aid?: { pkh?: boolean; bpnt?: boolean; pbi?: boolean };
}
