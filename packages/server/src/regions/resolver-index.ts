/**
 * The in-memory index the region resolver searches, built once from the Kemendagri reference
 * (about 91,600 regions) and the BPS crosswalks, and its three searches: by name key (exact and
 * normalised), by typo, and by plain nearness for suggestions. Name keys live in a map; a subtree
 * is one slice of a per-level table sorted by code (every code under `35.74` starts with `35.74.`
 * and so sorts together), which is what keeps fuzzy matching to the regions inside the scope.
 * What counts as clear or ambiguous is decided by the resolver, not here.
 */
import { isWithin, levelDepth, parentCode, parseRegionCode, type RegionLevel } from '@tepat/domain';
import { distance } from 'fastest-levenshtein';
import type { BpsCodeEntry, RegionCandidate, RegionEntry, ResolveMethod } from './regions.js';
import {
  exactNameText,
  officialNameForms,
  type OfficialNameForm,
  type QueryReading,
} from './region-names.js';
import {
  editBudget,
  fuzzyConfidence,
  letterMask,
  minEdits,
  typoDistance,
} from './region-names-distance.js';

export interface IndexedRegion {
  readonly entry: RegionEntry;
  /** 0 provinsi, 1 kabupaten/kota, 2 kecamatan, 3 desa/kelurahan. */
  readonly depth: number;
}

/**
 * One level's regions sorted by code, and their name forms laid out flat in the same order
 * (region `i` owns forms `firstForm[i]` up to `firstForm[i + 1]`), so that a scan of a subtree
 * reads key lengths and letter masks from typed arrays and touches a form only when it is near.
 */
interface LevelTable {
  readonly regions: readonly IndexedRegion[];
  readonly firstForm: Uint32Array;
  /** Official name forms compared by typo distance (aliases are abbreviations: key only). */
  readonly forms: readonly OfficialNameForm[];
  readonly owners: readonly IndexedRegion[];
  readonly lengths: Uint16Array;
  readonly masks: Int32Array;
}

export interface RegionIndex {
  readonly byCode: ReadonlyMap<string, IndexedRegion>;
  /**
   * Name key, folded and unfolded (see `NameForm`), to the region that carries it, or to all
   * of them when several do (most keys have one; a lone region saves ~70,000 arrays).
   */
  readonly byKey: ReadonlyMap<string, IndexedRegion | readonly IndexedRegion[]>;
  /** One table per level, provinsi first. */
  readonly levels: readonly LevelTable[];
  /** Undotted BPS code to the Kemendagri codes it stands for. */
  readonly byBpsCode: ReadonlyMap<string, readonly string[]>;
}

export function createRegionIndex(regions: RegionEntry[], bpsCodes: BpsCodeEntry[]): RegionIndex {
  const byCode = new Map<string, IndexedRegion>();
  for (const entry of regions) byCode.set(entry.code, { entry, depth: levelDepth(entry.level) });

  // Crosswalk rows whose Kemendagri code is not in this reference (older code sets) are left
  // out: a BPS code must never lead to a region that does not exist.
  const byBpsCode = new Map<string, string[]>();
  for (const { bpsCode, code } of bpsCodes) {
    const dotted = parseRegionCode(code);
    if (dotted === undefined || !byCode.has(dotted)) continue;
    const list = byBpsCode.get(bpsCode) ?? [];
    if (!list.includes(dotted)) list.push(dotted);
    byBpsCode.set(bpsCode, list);
  }

  // The name side (every official form of 91,600 names) is built on the first search by name:
  // it takes about a second, and an import whose rows give region codes never needs it.
  let names: Pick<RegionIndex, 'byKey' | 'levels'> | undefined;
  const named = () => (names ??= nameTables(byCode));
  return {
    byCode,
    byBpsCode,
    get byKey() {
      return named().byKey;
    },
    get levels() {
      return named().levels;
    },
  };
}

function nameTables(
  byCode: ReadonlyMap<string, IndexedRegion>,
): Pick<RegionIndex, 'byKey' | 'levels'> {
  const byKey = new Map<string, IndexedRegion | IndexedRegion[]>();
  const byLevel: Named[][] = [[], [], [], []];
  const addKey = (key: string, region: IndexedRegion): void => {
    const found = byKey.get(key);
    if (found === undefined) byKey.set(key, region);
    else if (!Array.isArray(found)) {
      if (found !== region) byKey.set(key, [found, region]);
    } else if (!found.includes(region)) found.push(region);
  };
  for (const region of byCode.values()) {
    const { entry } = region;
    const forms = officialNameForms(entry.code, entry.name, entry.kind);
    const fuzzy = forms.length === 1 ? forms : forms.filter((f) => f.variant !== 'alias');
    byLevel[region.depth]?.push({ region, forms: fuzzy });
    for (const form of forms) {
      if (form.key !== '') addKey(form.key, region);
      if (form.plainKey !== form.key) addKey(form.plainKey, region);
    }
  }
  return { byKey, levels: byLevel.map(levelTable) };
}

/** A region with the name forms it is compared on by typo distance. */
interface Named {
  region: IndexedRegion;
  forms: OfficialNameForm[];
}

function levelTable(named: Named[]): LevelTable {
  const codeAt = (i: number): string => named[i]?.region.entry.code ?? '';
  // The reference usually comes sorted already; sorting is then a wasted pass.
  const sorted = named.every((_, i) => i === 0 || compareCodes(codeAt(i - 1), codeAt(i)) < 0);
  if (!sorted) named.sort((a, b) => compareCodes(a.region.entry.code, b.region.entry.code));
  const firstForm = new Uint32Array(named.length + 1);
  const forms: OfficialNameForm[] = [];
  const owners: IndexedRegion[] = [];
  named.forEach(({ region, forms: own }, i) => {
    firstForm[i] = forms.length;
    for (const form of own) {
      forms.push(form);
      owners.push(region);
    }
  });
  firstForm[named.length] = forms.length;
  const lengths = Uint16Array.from(forms, (f) => f.key.length);
  const masks = Int32Array.from(forms, (f) => letterMask(f.key));
  return { regions: named.map((n) => n.region), firstForm, forms, owners, lengths, masks };
}

function compareCodes(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** First position in `list` whose code is not below `code`. */
function lowerBound(list: readonly IndexedRegion[], code: string): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((list[mid]?.entry.code ?? '') < code) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The regions carrying a name key. */
export function regionsNamed(index: RegionIndex, key: string): readonly IndexedRegion[] {
  const found = index.byKey.get(key);
  return found === undefined ? [] : 'entry' in found ? [found] : found;
}

const maxNearest = 5;

/** Positions in `table.regions` of the regions strictly inside `scope`. */
function rangeUnder(table: LevelTable, scope: IndexedRegion | undefined): [number, number] {
  const { regions } = table;
  if (scope === undefined) return [0, regions.length];
  if ((regions[0]?.depth ?? 0) <= scope.depth) return [0, 0];
  // '/' follows '.' in code-unit order, so [`35.74.`, `35.74/`) is exactly the subtree.
  return [lowerBound(regions, `${scope.entry.code}.`), lowerBound(regions, `${scope.entry.code}/`)];
}

/**
 * Calls `visit` with the name forms inside `scope` (at one level when `level` is given) whose
 * length and letters leave them within `limit` edits of `query`; `limit` 'budget' means each
 * form's own typo budget (`editBudget`).
 */
function forEachNameNear(
  index: RegionIndex,
  scope: IndexedRegion | undefined,
  level: RegionLevel | undefined,
  query: string,
  limit: number | 'budget',
  visit: (region: IndexedRegion, form: OfficialNameForm) => void,
): void {
  const only = level === undefined ? undefined : levelDepth(level);
  const mask = letterMask(query);
  index.levels.forEach((table, depth) => {
    if (only !== undefined && depth !== only) return;
    const [from, to] = rangeUnder(table, scope);
    const end = table.firstForm[to] ?? 0;
    for (let f = table.firstForm[from] ?? 0; f < end; f++) {
      const length = table.lengths[f] ?? 0;
      const allowed = limit === 'budget' ? editBudget(length) : limit;
      if (allowed === 0 || Math.abs(length - query.length) > allowed) continue;
      if (minEdits(mask, table.masks[f] ?? 0) > allowed) continue;
      const form = table.forms[f];
      const region = table.owners[f];
      if (form !== undefined && region !== undefined) visit(region, form);
    }
  });
}

/** Whether `region` lies strictly inside `scope` (anywhere when there is no scope). */
export function isInside(region: IndexedRegion, scope: IndexedRegion | undefined): boolean {
  return (
    scope === undefined ||
    (region.depth > scope.depth && isWithin(region.entry.code, scope.entry.code))
  );
}

/** Whether `region` is `scope` or one of its ancestors. */
export function isLineageOf(region: IndexedRegion, scope: IndexedRegion | undefined): boolean {
  return scope !== undefined && isWithin(scope.entry.code, region.entry.code);
}

/** The answer shape of a region: names of its ancestors, province first, tell it apart. */
export function toCandidate(
  index: RegionIndex,
  region: IndexedRegion,
  confidence: number,
): RegionCandidate {
  const path: string[] = [];
  for (let code = parentCode(region.entry.code); code !== undefined; code = parentCode(code)) {
    const ancestor = index.byCode.get(code);
    if (ancestor) path.unshift(ancestor.entry.name);
  }
  const { code, name, level, kind } = region.entry;
  return { code, name, level, kind, path, confidence: Math.round(confidence * 1000) / 1000 };
}

/** A region found for a query part, and how well it fits. */
export interface Hit {
  region: IndexedRegion;
  confidence: number;
  method: ResolveMethod;
  /** Typo edits, for fuzzy hits. */
  edits?: number;
}

export function fitsReading(
  region: IndexedRegion,
  reading: QueryReading,
  ignoreKind = false,
): boolean {
  const { level, kind } = region.entry;
  return (
    (reading.level === undefined || level === reading.level) &&
    (ignoreKind || reading.kind === undefined || kind === reading.kind)
  );
}

function byRank(a: Hit, b: Hit): number {
  return (
    (a.edits ?? 0) - (b.edits ?? 0) ||
    b.confidence - a.confidence ||
    a.region.depth - b.region.depth ||
    (a.region.entry.code < b.region.entry.code ? -1 : 1)
  );
}

/** Keeps, per region, the hit with the fewest edits. */
function keepBest(hits: Map<IndexedRegion, Hit>, hit: Hit): void {
  const known = hits.get(hit.region);
  if (known === undefined || (hit.edits ?? 0) < (known.edits ?? 0)) hits.set(hit.region, hit);
}

export function ranked(hits: Iterable<Hit>): Hit[] {
  return [...hits].sort(byRank);
}

/** Regions whose name key equals a reading's: exact when the text is the official name. */
export function namedHits(
  index: RegionIndex,
  text: string,
  readings: QueryReading[],
  accept: (region: IndexedRegion, reading: QueryReading) => boolean,
): Hit[] {
  const exact = exactNameText(text);
  const hits = new Map<IndexedRegion, Hit>();
  for (const reading of readings) {
    for (const key of new Set([reading.key, reading.plainKey])) {
      for (const region of regionsNamed(index, key)) {
        if (hits.get(region)?.confidence === 1 || !accept(region, reading)) continue;
        const isExact = exactNameText(region.entry.name) === exact;
        const method = isExact ? 'name-exact' : 'name-normalised';
        hits.set(region, { region, confidence: isExact ? 1 : 0.95, method });
      }
    }
  }
  return ranked(hits.values());
}

/**
 * Typo matches inside the scope (`typos`), and names within plain edit reach that the token
 * rules rule out (`near`): not answers, but reasons to doubt one.
 */
export function typoHits(
  index: RegionIndex,
  readings: QueryReading[],
  scope: IndexedRegion | undefined,
): { typos: Hit[]; near: Hit[] } {
  const typos = new Map<IndexedRegion, Hit>();
  const near = new Map<IndexedRegion, Hit>();
  for (const reading of readings) {
    const query = reading.key;
    if (query.length < 4) continue;
    forEachNameNear(index, scope, reading.level, query, 'budget', (region, form) => {
      if (!fitsReading(region, reading)) return;
      const length = form.key.length;
      // A swap of neighbours costs 2 in plain Levenshtein, 1 in the typo distance.
      const plain = distance(query, form.key);
      const budget = editBudget(length);
      if (plain > 2 * budget) return;
      const edits = typoDistance(query, form);
      if (edits !== undefined) {
        const confidence = fuzzyConfidence(edits, length);
        keepBest(typos, { region, confidence, method: 'name-fuzzy', edits });
      } else if (plain <= budget) {
        const confidence = fuzzyConfidence(plain, length);
        keepBest(near, { region, confidence, method: 'name-fuzzy', edits: plain });
      }
    });
  }
  for (const region of typos.keys()) near.delete(region);
  return { typos: ranked(typos.values()), near: [...near.values()] };
}

/** Suggestions for an unknown name: the name of the wrong kind first, then close spellings. */
export function nearestNames(
  index: RegionIndex,
  readings: QueryReading[],
  scope: IndexedRegion | undefined,
  wrongKind: Hit[],
): RegionCandidate[] {
  const near = new Map<IndexedRegion, Hit>();
  for (const hit of wrongKind) near.set(hit.region, { ...hit, edits: 0 });
  for (const reading of readings) {
    const query = reading.key;
    const limit = Math.max(2, Math.ceil(query.length / 3));
    forEachNameNear(index, scope, reading.level, query, limit, (region, form) => {
      const edits = distance(query, form.key);
      if (edits > limit) return;
      const confidence = fuzzyConfidence(edits, Math.max(form.key.length, query.length));
      keepBest(near, { region, confidence, method: 'name-fuzzy', edits });
    });
  }
  return [...near.values()]
    .sort((a, b) => b.confidence - a.confidence || byRank(a, b))
    .slice(0, maxNearest)
    .map((h) => toCandidate(index, h.region, h.confidence));
}
