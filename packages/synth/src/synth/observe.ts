/**
 * One source's view of one household: which members it lists (by its snapshot date), under which
 * ids, with its own errors (NIK, name, birth date, KK, desa, region spelling, duplicates) and its
 * own welfare reading. Returns the rows to write and the true ids behind each.
 */
import {
  isDuplicated,
  noisyDesa,
  noisyFamilyKk,
  noisyPerson,
  noisyRegionName,
  reissuedKk,
  type NoiseRates,
  type Rng,
} from '../noise/index.js';
import type { Random } from '../random.js';
import type { SynthHousehold, SynthPerson } from '../people.js';
import type { ObservedPerson, ObservedRegion, SourceName } from '../sources/index.js';
import type { TruthKeys } from '../sources/index.js';
import type { HouseholdWelfare } from '../welfare/index.js';
import type { DesaFrame, RegionFrame } from '../region/index.js';
import {
  ageOn,
  education,
  formatAddress,
  formatRtRw,
  occupation,
  type Address,
} from './household-facts.js';
import { presentIn, sourceDates } from './snapshots.js';

export interface SourceContext {
  source: SourceName;
  random: Random;
  rng: Rng;
  rates: NoiseRates;
  /** Next number in this source's own id sequence (family and person ids). */
  nextId: () => number;
  frame: RegionFrame;
  kabkotaName: string;
  desaByCode: ReadonlyMap<string, DesaFrame>;
  regionDesaCodes: readonly string[];
  kabkotaDigits: string;
  /** Every KK number in use, so renumbered and split cards get numbers nobody holds. */
  kkInUse: Set<string>;
}

export interface HouseholdFacts {
  household: SynthHousehold;
  welfare: HouseholdWelfare;
  address: Address;
  /** Death dates by person id, for those who died between the sources. */
  died: ReadonlyMap<number, string>;
  education: ReadonlyMap<number, 0 | 1 | 2 | 3 | 4 | 5 | 6>;
  occupation: ReadonlyMap<number, string>;
}

export interface ObservedRow {
  person: ObservedPerson;
  truth: TruthKeys;
}

function uniqueKk(ctx: SourceContext, old: string): string {
  // A card reissued after the source's own date could not appear in it.
  const latest = Number(sourceDates[ctx.source].slice(0, 4));
  for (let i = 0; i < 20; i++) {
    const kk = reissuedKk(old, ctx.rng, latest);
    if (!ctx.kkInUse.has(kk)) {
      ctx.kkInUse.add(kk);
      return kk;
    }
  }
  return reissuedKk(old, ctx.rng, latest);
}

function region(ctx: SourceContext, desaCode: string): ObservedRegion {
  const desa = ctx.desaByCode.get(desaCode);
  const names = {
    desaCode,
    provinsiName: ctx.frame.provinsiName,
    kabkotaName: ctx.kabkotaName,
    kecamatanName: desa?.kecamatanName ?? '',
    desaName: desa?.name ?? '',
  };
  // P3KE carries the region by name only, typed by hand: that is where spellings drift.
  if (ctx.source !== 'p3ke') return names;
  const vary = (name: string) => noisyRegionName(name, ctx.rng, ctx.rates).value;
  return { ...names, kecamatanName: vary(names.kecamatanName), desaName: vary(names.desaName) };
}

function birthDate(p: SynthPerson): { y: number; m: number; d: number } {
  const iso = p.birthDate;
  return { y: Number(iso.slice(0, 4)), m: Number(iso.slice(5, 7)), d: Number(iso.slice(8, 10)) };
}

export function observeHousehold(ctx: SourceContext, facts: HouseholdFacts): ObservedRow[] {
  const { household, welfare } = facts;
  const date = sourceDates[ctx.source];
  const latestYear = Number(date.slice(0, 4));
  const desaCode = noisyDesa(household.desaCode, ctx.rng, ctx.rates, ctx.regionDesaCodes).value;
  const where = region(ctx, desaCode);
  const householdId = `${ctx.kabkotaDigits}${String(ctx.nextId()).padStart(8, '0')}`;
  const rows: ObservedRow[] = [];
  // Numbered per household: DTKS ids (IDBDT + member number) cover every KK in the house.
  let memberNo = 0;
  for (const family of household.families) {
    const members = family.members.filter((m) =>
      presentIn(ctx.source, m.birthDate, facts.died.get(m.personId)),
    );
    if (members.length === 0) continue;
    const familyId =
      ctx.source === 'dtks'
        ? householdId
        : `${ctx.kabkotaDigits}${String(ctx.nextId()).padStart(8, '0')}`;
    const kks = noisyFamilyKk(family.kk, members.length, ctx.rng, ctx.rates, (old) =>
      uniqueKk(ctx, old),
    ).value;
    const niks = members.map((m) => m.nik);
    members.forEach((m, i) => {
      const copies = isDuplicated(ctx.rng, ctx.rates) ? 2 : 1;
      for (let c = 0; c < copies; c++) {
        const age = ageOn(m.birthDate, date);
        const noisy = noisyPerson(
          { nik: m.nik, name: m.name, sex: m.sex, birthDate: birthDate(m) },
          ctx.rng,
          ctx.rates,
          { otherMemberNiks: niks.filter((n) => n !== m.nik), age, latestYear },
        );
        memberNo++;
        const person: ObservedPerson = {
          source: ctx.source,
          personId: `${familyId}${String(memberNo).padStart(2, '0')}`,
          familyId,
          nik: noisy.nik,
          kk: kks[i] ?? family.kk,
          name: noisy.name,
          sex: m.sex,
          birthPlace: m.birthPlace,
          birthDate: noisy.birthDate,
          relation: ctx.source === 'dtks' ? m.householdRelation : m.relation,
          region: where,
          address:
            ctx.source === 'regsosek'
              ? formatAddress(facts.address)
              : `${formatAddress(facts.address)} ${formatRtRw(facts.address)}`,
          slsCode: `${desaCode.replace(/\./g, '')}${String(facts.address.rw).padStart(2, '0')}${String(facts.address.rt).padStart(2, '0')}`,
          maritalStatus: m.maritalStatus,
          education: facts.education.get(m.personId) ?? 0,
          occupation: facts.occupation.get(m.personId) ?? '',
          housing: welfare.housing,
          decile: ctx.source === 'regsosek' ? welfare.deciles.regsosek : welfare.deciles.p3ke,
          dtsenDeciles: welfare.deciles.dtsen,
          aid: {
            pkh: welfare.aid.pkh,
            bpnt: welfare.aid.bpnt,
            pbi: ctx.source === 'dtsen' ? welfare.aid.pbiNas : welfare.aid.pbi,
          },
        };
        rows.push({
          person,
          // The generator numbers people per kab/kota; its code makes them unique in a province.
          truth: {
            personId: `${ctx.kabkotaDigits}-${m.personId}`,
            familyId: `${ctx.kabkotaDigits}-${m.familyId}`,
            householdId: `${ctx.kabkotaDigits}-${household.householdId}`,
          },
        });
      }
    });
  }
  return rows;
}

/** Schooling and work of every member, drawn once so every source reports the same truth. */
export function memberFacts(
  household: SynthHousehold,
  z: number,
  random: Random,
  referenceDate: string,
): Pick<HouseholdFacts, 'education' | 'occupation'> {
  const edu = new Map<number, 0 | 1 | 2 | 3 | 4 | 5 | 6>();
  const job = new Map<number, string>();
  for (const m of household.families.flatMap((f) => f.members)) {
    const age = ageOn(m.birthDate, referenceDate);
    edu.set(m.personId, education(age, z, random));
    job.set(m.personId, occupation(m, age, z, random));
  }
  return { education: edu, occupation: job };
}
