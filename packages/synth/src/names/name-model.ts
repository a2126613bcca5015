/**
 * Indonesian full names as registers write them: upper case, no titles, 1–4 tokens. The shape
 * follows what voter-list statistics show (about 28% single names, 45% two tokens, 20% three);
 * leading tokens such as MUHAMMAD, SITI, NUR and SRI are drawn at their own rates, which move with
 * the birth cohort (SRI fades, MUHAMMAD rises). Given names blend three cohort lists so a
 * grandmother and her granddaughter rarely share a name. Batak and Christian families carry a
 * surname from the father; Balinese names carry a birth-order name.
 */
import type { Sex } from '@tepat/domain';
import { pickWeighted, rankedTable, weightedTable, type Random } from '../random.js';
import type { Flavour } from './flavours.js';
import { leadingToken } from './leading-tokens.js';
import { regionalStock } from './stock-regional.js';
import {
  christianStock,
  endings,
  muslimStock,
  type CohortStock,
  type FlavourStock,
} from './stock.js';

export interface NameRequest {
  sex: Sex;
  birthYear: number;
  flavour: Flavour;
  /** The family's surname (marga) for Batak and Christian flavours; drawn when absent. */
  surname?: string;
}

type CohortTables = [old: Table, mid: Table, young: Table];
type Table = ReturnType<typeof rankedTable>;
interface SexTables {
  own: CohortTables;
  base: CohortTables;
  endings: CohortTables;
}

const tablesOf = (stock: CohortStock, fallback: CohortStock): CohortTables => [
  rankedTable(stock.old.length > 0 ? stock.old : fallback.old),
  rankedTable(stock.mid.length > 0 ? stock.mid : fallback.mid),
  rankedTable(stock.young.length > 0 ? stock.young : fallback.young),
];

function prepare(own: FlavourStock, base: FlavourStock): Record<Sex, SexTables> {
  return {
    L: {
      own: tablesOf(own.male, base.male),
      base: tablesOf(base.male, base.male),
      endings: tablesOf(endings.male, endings.male),
    },
    P: {
      own: tablesOf(own.female, base.female),
      base: tablesOf(base.female, base.female),
      endings: tablesOf(endings.female, endings.female),
    },
  };
}

const stockOf = (flavour: Flavour): FlavourStock =>
  flavour === 'muslim'
    ? muslimStock
    : flavour === 'kristen'
      ? christianStock
      : regionalStock[flavour];
const baseOf = (flavour: Flavour): FlavourStock =>
  flavour === 'batak' || flavour === 'kristen'
    ? christianStock
    : flavour === 'bali'
      ? regionalStock.bali
      : muslimStock;

const prepared = new Map<Flavour, Record<Sex, SexTables>>();
function tablesFor(flavour: Flavour): Record<Sex, SexTables> {
  let tables = prepared.get(flavour);
  if (!tables) {
    tables = prepare(stockOf(flavour), baseOf(flavour));
    prepared.set(flavour, tables);
  }
  return tables;
}

const tokenCounts = weightedTable([
  [2, 45],
  [3, 20],
  [4, 7],
] as const);
const baliOrder = rankedTable(
  ['WAYAN', 'MADE', 'PUTU', 'KADEK', 'NYOMAN', 'KOMANG', 'KETUT', 'GEDE'],
  0.6,
);

/** Triangular cohort weights: born ~1950 old, ~1982 mid, ~2010 young. */
function pickCohort(random: Random, birthYear: number): 0 | 1 | 2 {
  const old = birthYear <= 1950 ? 1 : Math.max(0, 1 - (birthYear - 1950) / 25);
  const mid = Math.max(0, 1 - Math.abs(birthYear - 1982) / 22);
  const young = birthYear >= 2010 ? 1 : Math.max(0, 1 - (2010 - birthYear) / 20);
  const u = random.float() * (old + mid + young);
  return u < old ? 0 : u < old + mid ? 1 : 2;
}

const ownShares = [0.55, 0.4, 0.25] as const;

/** Share of single names by cohort, tuned so a whole population lands near 28%. */
const singleNameShare = (birthYear: number): number =>
  birthYear < 1970 ? 0.4 : birthYear < 1995 ? 0.31 : 0.23;

export class NameModel {
  given(random: Random, flavour: Flavour, sex: Sex, birthYear: number): string {
    const tables = tablesFor(flavour)[sex];
    const cohortIndex = pickCohort(random, birthYear);
    // Regional lists are short and recent names converge on pan-Indonesian ones.
    const ownShare = flavour === 'muslim' ? 0 : ownShares[cohortIndex];
    const source = random.chance(ownShare) ? tables.own : tables.base;
    return pickWeighted(random, source[cohortIndex]);
  }

  ending(random: Random, sex: Sex, birthYear: number): string {
    return pickWeighted(random, tablesFor('muslim')[sex].endings[pickCohort(random, birthYear)]);
  }

  surname(random: Random, flavour: Flavour): string | undefined {
    const surnames = stockOf(flavour).surnames;
    return surnames ? random.pick(surnames) : undefined;
  }

  name(random: Random, request: NameRequest): string {
    switch (request.flavour) {
      case 'batak':
      case 'kristen':
        return this.withSurname(random, request);
      case 'bali':
        return this.balinese(random, request);
      case 'jawa':
      case 'sunda':
      case 'madura':
      case 'betawi':
      case 'banjar':
      case 'bugis':
      case 'minang':
      case 'melayu':
      case 'muslim':
        return this.muslim(random, request);
    }
  }

  private muslim(random: Random, { sex, birthYear, flavour }: NameRequest): string {
    if (random.chance(singleNameShare(birthYear)))
      return this.given(random, flavour, sex, birthYear);
    const count = pickWeighted(random, tokenCounts);
    const first =
      leadingToken(random, flavour, sex, birthYear) ?? this.given(random, flavour, sex, birthYear);
    let name = first;
    let previous = first;
    for (let i = 1; i < count; i++) {
      const last = i === count - 1;
      // "… BIN AHMAD" names the father in the last two tokens.
      if (i === count - 2 && i >= 1 && random.chance(0.03)) {
        return `${name} ${sex === 'L' ? 'BIN' : 'BINTI'} ${this.given(random, flavour, 'L', birthYear - 28)}`;
      }
      let token =
        last && random.chance(0.45)
          ? this.ending(random, sex, birthYear)
          : this.given(random, flavour, sex, birthYear);
      if (token === previous) token = this.ending(random, sex, birthYear);
      name += ' ' + token;
      previous = token;
    }
    return name;
  }

  private withSurname(random: Random, request: NameRequest): string {
    const { sex, birthYear, flavour } = request;
    const given = this.given(random, flavour, sex, birthYear);
    const surname = request.surname ?? this.surname(random, flavour);
    if (flavour === 'kristen' && (surname === undefined || random.chance(0.12))) return given;
    const second = random.chance(flavour === 'batak' ? 0.45 : 0.35)
      ? ' ' + this.given(random, flavour, sex, birthYear)
      : '';
    return `${given}${second === ' ' + given ? '' : second} ${surname ?? ''}`.trimEnd();
  }

  private balinese(random: Random, { sex, birthYear }: NameRequest): string {
    const particle = random.chance(0.7) ? (sex === 'L' ? 'I ' : 'NI ') : '';
    const order = random.chance(0.9) ? pickWeighted(random, baliOrder) + ' ' : '';
    const luh = sex === 'P' && order !== '' && random.chance(0.2) ? 'LUH ' : '';
    const given = this.given(random, 'bali', sex, birthYear);
    const second =
      luh === '' && random.chance(0.3) ? ' ' + this.given(random, 'bali', sex, birthYear) : '';
    return particle + luh + order + given + (second === ' ' + given ? '' : second);
  }
}
