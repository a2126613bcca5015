/** What the generator gives: households of families (one KK each) of people. */
import type { Sex } from '@tepat/domain';
import type { Flavour } from './names/index.js';
import type { MaritalStatus, RelationCode } from './population/index.js';

export interface GeneratePeopleOptions {
  seed: number | string;
  /** Exactly this many people; the last household is cut short to fit. */
  people: number;
  /** 2-digit Kemendagri province code; sets the mix of naming traditions. */
  provinceCode: string;
  /** Desa/kelurahan codes (`35.74.01.1001`) with relative population weights. */
  desa: readonly { code: string; weight: number }[];
  /** `YYYY-MM-DD`: ages are reckoned at this date and no date lies after it. */
  referenceDate: string;
  /** Birth places (kab/kota names, upper case) with weights; the first is usually home. */
  birthPlaces?: readonly { name: string; weight: number }[];
}

export interface SynthPerson {
  personId: number;
  familyId: number;
  householdId: number;
  nik: string;
  kk: string;
  name: string;
  sex: Sex;
  /** `YYYY-MM-DD` */
  birthDate: string;
  birthPlace: string;
  /** Relation to the head of the person's KK. */
  relation: RelationCode;
  /** Relation to the head of the household (DTKS `HUB_KRT`). */
  householdRelation: RelationCode;
  maritalStatus: MaritalStatus;
  desaCode: string;
}

export interface SynthFamily {
  familyId: number;
  kk: string;
  /** `YYYY-MM-DD` the KK was issued. */
  kkIssueDate: string;
  members: SynthPerson[];
}

export interface SynthHousehold {
  householdId: number;
  desaCode: string;
  flavour: Flavour;
  families: SynthFamily[];
}
