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
 * Pure: built from the index's names, asked with a name.
 */
import { trigrams, type Trigram } from './pg-trigram.js';

/** pg_trgm.similarity_threshold's default, which the SQL `%` compares against. */
export const trigramThreshold = 0.3;

export class NameTrigramIndex {
  /** Per distinct name, its number of distinct trigrams. */
  private readonly sizes: Int32Array;
  /** Per trigram, the distinct names having it (ascending). */
  private readonly postings = new Map<Trigram, Int32Array>();
  /** Per distinct name, the people (ordinals, ascending) bearing it: flat, with offsets. */
  private readonly peopleStart: Int32Array;
  private readonly people: Int32Array;
  /** Per distinct name, trigrams shared with the query while one is asked (then zeroed). */
  private readonly shared: Int32Array;

  /** `norms[i]`: person i's normalised name (null: found by no trigram, as in SQL). */
  constructor(norms: readonly (string | null)[]) {
    const nameId = new Map<string, number>();
    const of = new Int32Array(norms.length).fill(-1);
    norms.forEach((norm, i) => {
      if (norm === null) return;
      let id = nameId.get(norm);
      if (id === undefined) nameId.set(norm, (id = nameId.size));
      of[i] = id;
    });
    const names = nameId.size;
    this.sizes = new Int32Array(names);
    this.shared = new Int32Array(names);
    const lists = new Map<Trigram, number[]>();
    for (const [norm, id] of nameId) {
      const grams = trigrams(norm);
      this.sizes[id] = grams.size;
      for (const g of grams) {
        const list = lists.get(g);
        if (list === undefined) lists.set(g, [id]);
        else list.push(id);
      }
    }
    for (const [g, list] of lists) this.postings.set(g, Int32Array.from(list));
    // People per name by counting sort: ascending ordinals within each name.
    this.peopleStart = new Int32Array(names + 1);
    for (const id of of) if (id >= 0) this.peopleStart[id + 1]!++;
    for (let id = 0; id < names; id++) this.peopleStart[id + 1]! += this.peopleStart[id]!;
    this.people = new Int32Array(this.peopleStart[names]!);
    const next = this.peopleStart.slice(0, names);
    of.forEach((id, person) => {
      if (id >= 0) this.people[next[id]!++] = person;
    });
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
      const list = this.postings.get(g);
      if (list === undefined) continue;
      for (const id of list) if (this.shared[id]!++ === 0) touched.push(id);
    }
    let done = false;
    for (const id of touched) {
      const common = this.shared[id]!;
      this.shared[id] = 0;
      if (done) continue;
      // As pg_trgm: a single-precision share, compared with the (double) threshold.
      if (Math.fround(common / (this.sizes[id]! + grams.size - common)) < trigramThreshold) continue; // prettier-ignore
      for (let j = this.peopleStart[id]!; j < this.peopleStart[id + 1]! && !done; j++)
        done = visit(this.people[j]!);
    }
  }
}
