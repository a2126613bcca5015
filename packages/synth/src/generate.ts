/**
 * The people of a synthetic region, household by household, as a generator so a million people
 * stream to disk without being held in memory. Structure, names, places and identity numbers
 * draw from separate random streams: changing how names are drawn leaves every household's
 * shape, desa and NIK as they were.
 */
import { IdentityIssuer, kecamatanDigits } from './identity/index.js';
import {
  givenNameOf,
  NameModel,
  provinceFlavours,
  usesSurname,
  type Flavour,
} from './names/index.js';
import {
  daysFromIso,
  daysPerYear,
  isoFromDays,
  planHousehold,
  relations,
  yearOfDays,
  type PlannedMember,
  type RelationCode,
} from './population/index.js';
import { pickWeighted, Random, weightedTable } from './random.js';
import type { GeneratePeopleOptions, SynthFamily, SynthHousehold } from './people.js';

export type { GeneratePeopleOptions, SynthFamily, SynthHousehold, SynthPerson } from './people.js';

const defaultBirthPlaces = [
  { name: 'SURABAYA', weight: 30 },
  { name: 'JAKARTA', weight: 20 },
  { name: 'BANDUNG', weight: 15 },
  { name: 'SEMARANG', weight: 10 },
  { name: 'MALANG', weight: 10 },
  { name: 'MEDAN', weight: 8 },
  { name: 'MAKASSAR', weight: 7 },
];

/** Share of people whose NIK was issued in another kecamatan of the region (they moved). */
const movedShare = 0.1;
/** Share of spouses from another naming tradition than the household's. */
const mixedMarriageShare = 0.12;

interface Streams {
  households: Random;
  names: Random;
  places: Random;
  identity: Random;
}

function prepare(options: GeneratePeopleOptions) {
  if (!Number.isInteger(options.people) || options.people < 0)
    throw new RangeError('people must be a whole number');
  if (options.desa.length === 0) throw new RangeError('at least one desa is needed');
  const desa = weightedTable(options.desa.map((d) => [d.code, d.weight] as const));
  const kecamatans = [...new Set(options.desa.map((d) => kecamatanDigits(d.code)))];
  const places = options.birthPlaces ?? defaultBirthPlaces;
  const birthPlaces = weightedTable(places.map((p) => [p.name, p.weight] as const));
  const stream = (label: string): Random => new Random(options.seed, label);
  const streams: Streams = {
    households: stream('households'),
    names: stream('names'),
    places: stream('places'),
    identity: stream('identity'),
  };
  return {
    desa,
    kecamatans,
    birthPlaces,
    streams,
    flavours: provinceFlavours(options.provinceCode),
  };
}

type Prepared = ReturnType<typeof prepare>;

export function* generatePeople(options: GeneratePeopleOptions): Generator<SynthHousehold> {
  const setup = prepare(options);
  const referenceDays = daysFromIso(options.referenceDate);
  const issuer = new IdentityIssuer();
  const names = new NameModel();
  let remaining = options.people;
  let ids = { person: 0, family: 0, household: 0 };
  while (remaining > 0) {
    const plan = planHousehold(setup.streams.households).slice(0, remaining);
    remaining -= plan.length;
    const household = buildHousehold(plan, setup, { referenceDays, issuer, names, ids });
    ids = {
      person: ids.person + plan.length,
      family: ids.family + household.families.length,
      household: ids.household + 1,
    };
    yield household;
  }
}

interface Context {
  referenceDays: number;
  issuer: IdentityIssuer;
  names: NameModel;
  ids: { person: number; family: number; household: number };
}

function buildHousehold(plan: PlannedMember[], setup: Prepared, context: Context): SynthHousehold {
  const { streams } = setup;
  const { referenceDays, issuer, names, ids } = context;
  const desaCode = pickWeighted(streams.places, setup.desa);
  const home = kecamatanDigits(desaCode);
  const flavour = pickWeighted(streams.names, setup.flavours);
  const families: SynthFamily[] = [];
  const surnames: (string | undefined)[] = [];
  const familyFlavours: Flavour[] = [];
  const givenNames = new Set<string>();
  let personId = ids.person;
  for (const planned of plan) {
    const birthDays = referenceDays - Math.floor(planned.age * daysPerYear);
    const marriedIn = isMarriedIn(planned.householdRelation);
    const mixed = marriedIn && streams.names.chance(mixedMarriageShare);
    let family = families[planned.family];
    if (!family) {
      const issueDays = kkIssueDay(streams.identity, birthDays, referenceDays);
      family = {
        familyId: ids.family + planned.family + 1,
        kk: issuer.kk(home, issueDays),
        kkIssueDate: isoFromDays(issueDays),
        members: [],
      };
      families.push(family);
      // The KK head's tradition names the KK's children. A married son heads his KK under his
      // father's marga; a son-in-law brings his own.
      const headFlavour = mixed ? pickWeighted(streams.names, setup.flavours) : flavour;
      const inherits = planned.family > 0 && planned.householdRelation === relations.anak;
      const drawn = usesSurname(headFlavour)
        ? names.surname(streams.names, headFlavour)
        : undefined;
      familyFlavours.push(headFlavour);
      surnames.push(inherits ? surnames[0] : drawn);
    }
    // Children of the household head were named in its tradition, even on a son-in-law's KK.
    const familyFlavour =
      planned.householdRelation === relations.anak
        ? flavour
        : (familyFlavours[planned.family] ?? flavour);
    const ownFlavour =
      planned.relation === relations.kepala || !mixed
        ? familyFlavour
        : pickWeighted(streams.names, setup.flavours);
    const surname = surnameOf(planned, surnames);
    const request = {
      sex: planned.sex,
      birthYear: yearOfDays(birthDays),
      flavour: ownFlavour,
      ...(surname !== undefined && { surname }),
    };
    // Brothers and sisters rarely share a given name; one redraw makes it rare here too.
    let name = names.name(streams.names, request);
    if (givenNames.has(givenNameOf(name))) name = names.name(streams.names, request);
    givenNames.add(givenNameOf(name));
    const nikArea = streams.places.chance(movedShare)
      ? streams.places.pick(setup.kecamatans)
      : home;
    family.members.push({
      personId: ++personId,
      familyId: family.familyId,
      householdId: ids.household + 1,
      nik: issuer.nik(nikArea, birthDays, planned.sex),
      kk: family.kk,
      name,
      sex: planned.sex,
      birthDate: isoFromDays(birthDays),
      birthPlace: pickWeighted(streams.places, setup.birthPlaces),
      relation: planned.relation,
      householdRelation: planned.householdRelation,
      maritalStatus: planned.marital,
      desaCode,
    });
  }
  return { householdId: ids.household + 1, desaCode, flavour, families };
}

/** Blood kin of the household head carry its marga; a KK head's children carry the KK head's. */
function surnameOf(planned: PlannedMember, surnames: (string | undefined)[]): string | undefined {
  if (planned.relation === relations.kepala) return surnames[planned.family];
  if (isMarriedIn(planned.householdRelation)) return undefined;
  return planned.householdRelation === relations.cucu ? surnames[planned.family] : surnames[0];
}

/** Relations to the household head that join a family by marriage or from outside it. */
const isMarriedIn = (relation: RelationCode): boolean =>
  relation === relations.pasangan ||
  relation === relations.menantu ||
  relation === relations.orangTua ||
  relation === relations.familiLain ||
  relation === relations.lainnya;

/** A KK is entered after its head came of age (and usually married), within the last 25 years. */
function kkIssueDay(random: Random, headBirthDays: number, referenceDays: number): number {
  const earliest = Math.max(
    headBirthDays + Math.round(19 * daysPerYear),
    referenceDays - Math.round(25 * daysPerYear),
  );
  const from = Math.min(earliest, referenceDays - 30);
  return random.int(from, referenceDays);
}
