/**
 * Facts about a generated household that every source shares before its own errors: the address
 * (street, RT/RW), schooling and work of each member, and the profile the welfare model reads.
 */
import type { Random } from '../random.js';
import type { SynthHousehold, SynthPerson } from '../people.js';
import type { HouseholdProfile } from '../welfare/index.js';

const streets = [
  'MAWAR', 'MELATI', 'KENANGA', 'ANGGREK', 'FLAMBOYAN', 'CEMPAKA', 'DAHLIA', 'SEROJA', 'SUDIRMAN',
  'DIPONEGORO', 'GATOT SUBROTO', 'PAHLAWAN', 'MERDEKA', 'KARTINI', 'CENDRAWASIH', 'SEMERU',
  'BROMO', 'ARGOPURO', 'WR SUPRATMAN', 'HAYAM WURUK', 'GAJAH MADA', 'SUNAN AMPEL', 'PANGLIMA SUDIRMAN',
]; // prettier-ignore

const jobsWork = ['PETANI', 'BURUH TANI', 'NELAYAN', 'PEDAGANG', 'BURUH HARIAN LEPAS', 'KARYAWAN SWASTA', 'WIRASWASTA', 'SOPIR', 'TUKANG BANGUNAN']; // prettier-ignore
const jobsBetter = ['KARYAWAN SWASTA', 'WIRASWASTA', 'PNS', 'GURU', 'PEDAGANG']; // prettier-ignore

export interface Address {
  street: string;
  number: number;
  rt: number;
  rw: number;
}

export function formatAddress(a: Address): string {
  return `JL. ${a.street} NO. ${a.number}`;
}

export function formatRtRw(a: Address): string {
  return `RT ${String(a.rt).padStart(3, '0')} RW ${String(a.rw).padStart(3, '0')}`;
}

export function address(random: Random): Address {
  return {
    street: random.pick(streets),
    number: random.int(1, 120),
    rt: random.int(1, 12),
    rw: random.int(1, 8),
  };
}

/** Whole years between two `YYYY-MM-DD` dates (called for every person of every source: no arrays). */
export function ageOn(birthDate: string, on: string): number {
  const years = Number(on.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return on.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

export function profileOf(household: SynthHousehold, referenceDate: string): HouseholdProfile {
  const members = household.families.flatMap((f) => f.members);
  const head = members.find((m) => m.householdRelation === 1) ?? members[0];
  const ages = members.map((m) => ageOn(m.birthDate, referenceDate));
  return {
    size: members.length,
    headAge: head ? ageOn(head.birthDate, referenceDate) : 40,
    headSex: head?.sex ?? 'L',
    children: ages.filter((a) => a < 15).length,
    elderly: ages.filter((a) => a >= 60).length,
  };
}

/** Schooling 0–6 by age and welfare (z: higher is better off). */
export function education(age: number, z: number, random: Random): 0 | 1 | 2 | 3 | 4 | 5 | 6 {
  if (age < 7) return 0;
  const ceiling = age < 13 ? 1 : age < 16 ? 2 : age < 19 ? 3 : 6;
  const level = Math.round(2.6 + 1.1 * z + random.normal(0, 1) - (age > 60 ? 1 : 0));
  return Math.max(age < 19 ? 1 : 0, Math.min(ceiling, level)) as 0 | 1 | 2 | 3 | 4 | 5 | 6;
}

export function occupation(person: SynthPerson, age: number, z: number, random: Random): string {
  if (age < 15) return 'BELUM/TIDAK BEKERJA';
  if (age < 22 && random.chance(0.6)) return 'PELAJAR/MAHASISWA';
  if (age >= 65 && random.chance(0.5)) return 'TIDAK BEKERJA';
  if (person.sex === 'P' && person.relation === 2 && random.chance(0.5))
    return 'MENGURUS RUMAH TANGGA';
  return random.pick(z > 0.5 ? jobsBetter : jobsWork);
}
