/**
 * A small FEBRL-style generator for linkage tests on foreign data: person records in FEBRL's
 * layout (rec_id, given_name, surname, street_number, address_1, address_2, suburb, postcode,
 * state, date_of_birth as YYYYMMDD, soc_sec_id) and, for each, a duplicate corrupted the way
 * FEBRL corrupts — typos, swapped name parts, missing values, changed addresses — with the truth
 * in the record ids (`rec-12-org`, `rec-12-dup-0`), as FEBRL writes them.
 */
const given =
  'james john robert michael william david richard joseph thomas charles christopher daniel matthew anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy ronald jason edward jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel mary patricia jennifer linda elizabeth barbara susan jessica sarah karen lisa nancy betty sandra margaret ashley kimberly emily donna michelle carol amanda melissa deborah stephanie rebecca sharon laura cynthia amy kathleen angela shirley brenda emma olivia chloe'.split(
    ' ',
  );
const surnames =
  'smith jones williams brown wilson taylor johnson white martin anderson thompson nguyen thomas walker harris lee ryan robinson kelly king davis wright evans roberts green hall wood jackson clarke patel khan lewis james phillips mitchell turner campbell ward cooper morris moore young murphy clark baker bennett hughes edwards price collins stewart harrison morgan bell watson cook murray parker carter richardson cox graham rogers russell hill scott grant reid fraser hunt mills marshall ross holmes palmer mason knight webb'.split(
    ' ',
  );
const streets =
  'main high station church park victoria george king queen william elizabeth albert edward railway bridge river hill forest beach ocean'.split(
    ' ',
  );
const kinds = ['street', 'road', 'avenue', 'place', 'crescent', 'drive', 'court'];
const suburbs =
  'richmond carlton fitzroy kew hawthorn brunswick coburg preston northcote footscray sunshine geelong ballarat bendigo mildura parramatta penrith liverpool blacktown hornsby manly bondi randwick newtown glebe'.split(
    ' ',
  );
const states = ['vic', 'nsw', 'qld', 'sa', 'wa', 'tas', 'act'];

/** mulberry32: a tiny seeded PRNG so the files are the same on every run. */
function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)]!;
  return { next, int, pick, chance: (p: number) => next() < p };
}
type Random = ReturnType<typeof random>;

export const febrlHeader = [
  'rec_id',
  'given_name',
  'surname',
  'street_number',
  'address_1',
  'address_2',
  'suburb',
  'postcode',
  'state',
  'date_of_birth',
  'soc_sec_id',
] as const;
type Person = Record<(typeof febrlHeader)[number], string>;

function original(r: Random, i: number): Person {
  const year = 1930 + r.int(75);
  const two = (n: number) => String(n).padStart(2, '0');
  return {
    rec_id: `rec-${i}-org`,
    given_name: r.pick(given),
    surname: r.pick(surnames),
    street_number: String(1 + r.int(300)),
    address_1: `${r.pick(streets)} ${r.pick(kinds)}`,
    address_2: r.chance(0.3) ? `unit ${1 + r.int(40)}` : '',
    suburb: r.pick(suburbs),
    postcode: String(2000 + r.int(2000)),
    state: r.pick(states),
    date_of_birth: `${year}${two(1 + r.int(12))}${two(1 + r.int(28))}`,
    soc_sec_id: String(1_000_000 + r.int(9_000_000)),
  };
}

const letters = 'abcdefghijklmnopqrstuvwxyz';

/** One keying slip: a letter substituted, inserted, deleted, or two neighbours swapped. */
function typo(r: Random, s: string): string {
  if (s.length < 2) return s;
  const i = r.int(s.length - 1);
  const digits = /^\d+$/.test(s);
  const any = () => (digits ? String(r.int(10)) : r.pick([...letters]));
  switch (r.int(4)) {
    case 0:
      return s.slice(0, i) + any() + s.slice(i + 1);
    case 1:
      return digits ? s.slice(0, i) + any() + s.slice(i + 1) : s.slice(0, i) + any() + s.slice(i);
    case 2:
      return digits
        ? s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2)
        : s.slice(0, i) + s.slice(i + 1);
    default:
      return s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2);
  }
}

/** A duplicate with up to three corruptions, FEBRL-style. */
function duplicate(r: Random, p: Person, i: number): Person {
  const d: Person = { ...p, rec_id: `rec-${i}-dup-0` };
  const corruptions = 1 + r.int(3);
  for (let k = 0; k < corruptions; k++) {
    const what = r.int(9);
    if (what === 0) d.given_name = typo(r, d.given_name);
    else if (what === 1) d.surname = typo(r, d.surname);
    else if (what === 2) [d.given_name, d.surname] = [d.surname, d.given_name];
    else if (what === 3) d.date_of_birth = typo(r, d.date_of_birth);
    else if (what === 4) d.postcode = typo(r, d.postcode);
    else if (what === 5) d.soc_sec_id = r.chance(0.5) ? '' : typo(r, d.soc_sec_id);
    else if (what === 6) d.address_1 = typo(r, d.address_1);
    else if (what === 7) d.suburb = r.chance(0.5) ? '' : typo(r, d.suburb);
    else
      d[r.pick(['given_name', 'street_number', 'address_2', 'date_of_birth', 'state'] as const)] =
        '';
  }
  return d;
}

export interface FebrlPair {
  a: Person[];
  b: Person[];
}

/**
 * File A: `people` originals. File B: a duplicate of each of the first `matched` originals plus
 * `people - matched` other people, shuffled. Truth: `rec-N` names one person.
 */
export function febrlPair({ people = 800, matched = 600, seed = 7 } = {}): FebrlPair {
  const r = random(seed);
  const a = Array.from({ length: people }, (_, i) => original(r, i));
  const others = Array.from({ length: people - matched }, (_, k) => original(r, people + k));
  const b = [...a.slice(0, matched).map((p, i) => duplicate(r, p, i)), ...others];
  for (let i = b.length - 1; i > 0; i--) {
    const j = r.int(i + 1);
    [b[i], b[j]] = [b[j]!, b[i]!];
  }
  return { a, b };
}

export function febrlCsv(rows: readonly Person[]): string {
  return [febrlHeader.join(','), ...rows.map((p) => febrlHeader.map((h) => p[h]).join(','))]
    .map((l) => `${l}\n`)
    .join('');
}

/** The person a FEBRL record id names: `rec-12-dup-0` → `12`. */
export const febrlPerson = (recId: string): string => recId.split('-')[1]!;
