/**
 * The name index of one server process: loaded from PostgreSQL by the owner (all regions; the
 * index only proposes version ids, and the page is read under the user's row-level security),
 * and loaded again in the background whenever a reader sees a newer registry build. Until it
 * reflects the build a reader sees, searches take the SQL path: never a stale answer.
 */
import type { Db } from '../db/index.js';
import { NameIndex, type IndexedPerson } from './name-index.js';
import { inTurns, stepSize, type Stepwise } from './stepwise.js';
import { nameIndexRows } from './registry-search.queries.js';

export interface NameIndexOptions {
  /** Above this many current people the index is not built (memory): SQL answers. */
  maxPeople?: number;
  /** After a failed load, how long to wait before trying again. */
  retryMs?: number;
}

type Rows = Awaited<ReturnType<typeof nameIndexRows>>;

/** The index of the rows, their conversion included in the steps (a million objects). */
function* indexOf(
  rows: NonNullable<Rows['people']>,
  variants: Rows['variants'],
): Stepwise<NameIndex> {
  const people: IndexedPerson[] = [];
  for (const p of rows) {
    if (people.length % stepSize === 0) yield;
    people.push({
      versionId: Number(p.version_id),
      id: p.id,
      regionCode: p.region_code,
      scope: p.scope,
      nameNorm: p.name_norm,
      nameKey: p.name_key,
      nameWords: p.name_words,
    });
  }
  return yield* NameIndex.build(
    people,
    (function* () {
      for (const v of variants) yield [v.variant, v.key] as const;
    })(),
  );
}

export class NameIndexCache {
  private index: NameIndex | undefined;
  private build: string | null | undefined;
  private tooLarge = false;
  private loading: Promise<void> | undefined;
  private failedAt = 0;
  private readonly maxPeople: number;
  private readonly retryMs: number;

  constructor(
    private readonly db: Db,
    o: NameIndexOptions = {},
  ) {
    this.maxPeople = o.maxPeople ?? 5_000_000;
    this.retryMs = o.retryMs ?? 60_000;
  }

  /** The last index loaded and the build it reflects (the reader checks it is theirs). */
  loaded(): { index: NameIndex; build: string | null } | undefined {
    if (this.index === undefined || this.build === undefined) {
      if (!this.tooLarge) this.notice(undefined);
      return undefined;
    }
    return { index: this.index, build: this.build };
  }

  /** A reader saw `build`: load again unless the index reflects it (or a load failed lately). */
  notice(build: string | null | undefined): void {
    if (build !== undefined && build === this.build) return;
    if (Date.now() - this.failedAt >= this.retryMs) this.preload();
  }

  /** Starts loading in the background unless a load is running (the server at start). */
  preload(): void {
    this.loading ??= this.load().finally(() => (this.loading = undefined));
  }

  /** Loads the index now (benchmarks and tests wait for it). */
  async load(): Promise<void> {
    try {
      const r = await nameIndexRows(this.db, this.maxPeople);
      this.tooLarge = r.people === undefined;
      // In steps: searches (on the index loaded before) and every other request go on meanwhile.
      this.index =
        r.people === undefined ? undefined : await inTurns(indexOf(r.people, r.variants));
      this.build = r.build;
    } catch {
      // Searches keep taking the SQL path; nothing is lost. The next try waits a while.
      this.failedAt = Date.now();
    }
  }

  /** Resolves once no load is running (the server waits for it before closing its pool). */
  async settled(): Promise<void> {
    await this.loading;
  }
}
