/**
 * The shape of one household before anyone has a name or a NIK: who lives there, how old they
 * are, and on which KK. Shares follow Susenas/SP2020 orders of magnitude: mean size near 3.8,
 * about one household in ten a single person (mostly elderly widows and young workers), one in
 * twelve holding a second KK (a married child's family living with the parents), and about 15%
 * headed by a woman. Ages hang together: wives a few years younger than husbands, children
 * born when their mother was 18–42, grown children leaving home, grandparents a generation up.
 */
import type { Sex } from '@tepat/domain';
import { pickWeighted, weightedTable, type Random } from '../random.js';
import {
  maritalStatuses as ms,
  relations as rel,
  type MaritalStatus,
  type RelationCode,
} from './relations.js';

export interface PlannedMember {
  sex: Sex;
  /** Age in years at the reference date, fractional. */
  age: number;
  /** Index of the member's family (KK) within the household, 0 for the household head's. */
  family: number;
  /** Relation to the head of the member's own KK. */
  relation: RelationCode;
  /** Relation to the head of the household. */
  householdRelation: RelationCode;
  marital: MaritalStatus;
}

const maxAge = 94;
const kinds = weightedTable([
  ['single', 7],
  ['nuclear', 57],
  ['singleParent', 9],
  ['withParent', 11],
  ['threeGenerations', 7],
  ['multiKk', 9],
] as const);
const childCounts = weightedTable([
  [0, 4],
  [1, 15],
  [2, 33],
  [3, 26],
  [4, 13],
  [5, 9],
] as const);

const member = (
  sex: Sex,
  age: number,
  relation: RelationCode,
  marital: MaritalStatus,
  family = 0,
  householdRelation: RelationCode = relation,
): PlannedMember => ({ sex, age, family, relation, householdRelation, marital });

/** Ages of the children still at home, for a mother of `motherAge`. */
function childAges(random: Random, motherAge: number): number[] {
  const ages: number[] = [];
  const count = pickWeighted(random, childCounts);
  let atBirth = random.clippedNormal(22.5, 3.5, 18, 34);
  for (let i = 0; i < count && atBirth <= 42; i++) {
    const age = motherAge - atBirth;
    if (age < 0) break;
    const stays = age < 20 ? 1 : age < 23 ? 0.9 : age < 27 ? 0.6 : age < 31 ? 0.3 : 0.08;
    if (random.chance(stays)) ages.push(age);
    atBirth += random.between(1.5, 6);
  }
  return ages;
}

function addChildren(random: Random, into: PlannedMember[], motherAge: number): void {
  for (const age of childAges(random, motherAge)) {
    into.push(member(random.chance(0.51) ? 'L' : 'P', age, rel.anak, ms.belumKawin));
  }
}

/** Husband and wife; returns the wife's age. */
function addCouple(random: Random, into: PlannedMember[], husbandAge: number): number {
  const wifeAge = Math.max(18, husbandAge - random.clippedNormal(4, 3.5, -2, 15));
  into.push(
    member('L', husbandAge, rel.kepala, ms.kawin),
    member('P', wifeAge, rel.pasangan, ms.kawin),
  );
  return wifeAge;
}

function single(random: Random): PlannedMember[] {
  const elderly = random.chance(0.55);
  const age = elderly ? random.between(55, 92) : random.between(19, 45);
  const sex: Sex = random.chance(elderly ? 0.25 : 0.55) ? 'L' : 'P';
  const marital = elderly
    ? random.chance(0.85)
      ? ms.ceraiMati
      : ms.ceraiHidup
    : random.chance(0.8)
      ? ms.belumKawin
      : ms.ceraiHidup;
  return [member(sex, age, rel.kepala, marital)];
}

function nuclear(random: Random): PlannedMember[] {
  const members: PlannedMember[] = [];
  addChildren(random, members, addCouple(random, members, random.clippedNormal(44, 13, 21, 90)));
  if (random.chance(0.06)) {
    const other = random.chance(0.85) ? rel.familiLain : rel.lainnya;
    members.push(
      member(random.chance(0.5) ? 'L' : 'P', random.between(8, 70), other, ms.belumKawin),
    );
  }
  return members;
}

function singleParent(random: Random): PlannedMember[] {
  const female = random.chance(0.8);
  const age = random.clippedNormal(48, 12, 24, 88);
  const marital = random.chance(0.6) ? ms.ceraiMati : ms.ceraiHidup;
  const members = [member(female ? 'P' : 'L', age, rel.kepala, marital)];
  addChildren(random, members, female ? age : age - 4);
  return members;
}

function withParent(random: Random): PlannedMember[] {
  const members = nuclear(random);
  const headAge = members[0]!.age;
  const parentAge = headAge + random.clippedNormal(27, 4, 18, 40);
  if (parentAge > maxAge) return members;
  const both = random.chance(0.25);
  if (both) members.push(member('L', parentAge + random.between(0, 6), rel.orangTua, ms.kawin));
  members.push(
    member(
      both || random.chance(0.8) ? 'P' : 'L',
      parentAge,
      rel.orangTua,
      both ? ms.kawin : ms.ceraiMati,
    ),
  );
  return members.filter((m) => m.age <= maxAge);
}

/**
 * Parents, a married child with spouse and grandchildren; on one KK, or with the young couple on
 * their own KK (family 1) as in many crowded urban households.
 */
function threeGenerations(random: Random, ownKk: boolean): PlannedMember[] {
  const members: PlannedMember[] = [];
  const headAge = random.clippedNormal(60, 8, 46, 88);
  let motherAge = headAge;
  if (random.chance(0.3)) members.push(member('P', headAge, rel.kepala, ms.ceraiMati));
  else motherAge = addCouple(random, members, headAge);
  // The mother must have been at least 19 at the married child's birth, who is now at least 20.
  if (motherAge < 40) return nuclear(random);
  const childAge = motherAge - random.between(19, Math.min(34, motherAge - 20));
  const son = random.chance(0.5);
  const spouseAge = son
    ? childAge - random.clippedNormal(3, 3, -2, 10)
    : childAge + random.clippedNormal(3, 3, -2, 10);
  const family = ownKk ? 1 : 0;
  const own = (relation: RelationCode, household: RelationCode): [RelationCode, RelationCode] =>
    ownKk ? [relation, household] : [household, household];
  const husband = own(rel.kepala, son ? rel.anak : rel.menantu);
  const wife = own(rel.pasangan, son ? rel.menantu : rel.anak);
  const husbandAge = Math.max(18, son ? childAge : spouseAge);
  const wifeAge = Math.max(18, son ? spouseAge : childAge);
  const young = [
    member('L', husbandAge, husband[0], ms.kawin, family, husband[1]),
    member('P', wifeAge, wife[0], ms.kawin, family, wife[1]),
  ];
  const grandchildren: PlannedMember[] = [];
  addChildren(random, grandchildren, wifeAge);
  for (const g of grandchildren) {
    young.push({
      ...g,
      family,
      relation: ownKk ? rel.anak : rel.cucu,
      householdRelation: rel.cucu,
    });
  }
  const unmarried: PlannedMember[] = [];
  addChildren(random, unmarried, motherAge);
  return [...members, ...unmarried.filter((c) => c.age < childAge), ...young];
}

export function planHousehold(random: Random): PlannedMember[] {
  const kind = pickWeighted(random, kinds);
  switch (kind) {
    case 'single':
      return single(random);
    case 'nuclear':
      return nuclear(random);
    case 'singleParent':
      return singleParent(random);
    case 'withParent':
      return withParent(random);
    case 'threeGenerations':
      return threeGenerations(random, false);
    case 'multiKk':
      return threeGenerations(random, true);
  }
}
