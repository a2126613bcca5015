/**
 * Whole names by trigram similarity, in memory: the name search's last resort (the SQL's
 * `name_norm % query`: pg_trgm similarity at least `trigramThreshold`), reached when no name has
 * the query's words even one letter off (RIA EVI S.OM for RIA EVI S.KOM). PostgreSQL cannot
 * answer it from its trigram index for a user: `%` is not leakproof, so under row-level security
 * it is checked row by row after the policy — a sequential scan, over a second at a million
 * people, holding a connection and a core while fifty others wait.
 *
 * Built over distinct names (many people share one); a query counts, per name, the trigrams it
 * shares with the query by walking the query's trigrams' lists, and similarity follows from the
 * counts (common ÷ union), exactly as pg_trgm computes it (pg-trigram.ts).
 *
 * Pure: built (in steps) from the index's names, asked with a name.
 */
import { trigrams, type Trigram } from './pg-trigram.js';
import { atOnce, stepSize, type Stepwise } from './stepwise.js';

/** pg_trgm.similarity_threshold's default, which the SQL `%` compares against. */
export const trigramThreshold = 0.3;

interface Parts {
  /** Per distinct name, its number of distinct trigrams. */
  sizes: Int32Array;
  /** Per trigram, the distinct names having it (ascending). */
  postings: Map<Trigram, Int32Array>;
  /** Per distinct name, the people (ordinals, ascending) bearing it: flat, with offsets. */
  peopleStart: Int32Array;
  people: Int32Array;
}

export class NameTrigramIndex {
  /** Per distinct name, trigrams shared with the query while one is asked (then zeroed). */
  private readonly shared: Int32Array;

  private constructor(private readonly p: Parts) {
    this.shared = new Int32Array(p.sizes.length);
  }

  /** Built at once (tests, small inputs). */
  static of(norms: readonly (string | null)[]): NameTrigramIndex {
    return atOnce(NameTrigramIndex.build(norms));
  }

  /** Built in steps (stepwise.ts); `norms[i]`: person i's normalised name (null: no trigram). */
  static *build(norms: readonly (string | null)[]): Stepwise<NameTrigramIndex> {
    const nameId = new Map<string, number>();
    const of = new Int32Array(norms.length).fill(-1);
    for (let i = 0; i < norms.length; i++) {
      const norm = norms[i]!;
      if (i % stepSize === 0) yield;
      if (norm === null) continue;
      let id = nameId.get(norm);
      if (id === undefined) nameId.set(norm, (id = nameId.size));
      of[i] = id;
    }
    const names = nameId.size;
    const sizes = new Int32Array(names);
    const lists = new Map<Trigram, number[]>();
    for (const [norm, id] of nameId) {
      if (id % stepSize === 0) yield;
      const grams = trigrams(norm);
      sizes[id] = grams.size;
      for (const g of grams) {
        const list = lists.get(g);
        if (list === undefined) lists.set(g, [id]);
        else list.push(id);
      }
    }
    yield;
    const postings = new Map<Trigram, Int32Array>();
    for (const [g, list] of lists) postings.set(g, Int32Array.from(list));
    yield;
    // People per name by counting sort: ascending ordinals within each name.
    const peopleStart = new Int32Array(names + 1);
    for (const id of of) if (id >= 0) peopleStart[id + 1]!++;
    for (let id = 0; id < names; id++) peopleStart[id + 1]! += peopleStart[id]!;
    const people = new Int32Array(peopleStart[names]!);
    const next = peopleStart.slice(0, names);
    of.forEach((id, person) => {
      if (id >= 0) people[next[id]!++] = person;
    });
    return new NameTrigramIndex({ sizes, postings, peopleStart, people });
  }

  /**
   * Visits the people whose name is at least `trigramThreshold` similar to `norm`, name by name
   * (in an order fixed by the query), until `visit` returns true (enough).
   */
  similar(norm: string, visit: (person: number) => boolean): void {
    const grams = trigrams(norm);
    if (grams.size === 0) return; // similarity 0 with everything
    const touched: number[] = [];
    for (const g of grams) {
      const list = this.p.postings.get(g);
      if (list === undefined) continue;
      for (const id of list) if (this.shared[id]!++ === 0) touched.push(id);
    }
    let done = false;
    for (const id of touched) {
      const common = this.shared[id]!;
      this.shared[id] = 0;
      if (done) continue;
      // As pg_trgm: a single-precision share, compared with the (double) threshold.
      if (Math.fround(common / (this.p.sizes[id]! + grams.size - common)) < trigramThreshold) continue; // prettier-ignore
      for (let j = this.p.peopleStart[id]!; j < this.p.peopleStart[id + 1]! && !done; j++)
        done = visit(this.p.people[j]!);
    }
  }
}
