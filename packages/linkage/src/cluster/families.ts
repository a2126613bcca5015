/**
 * People into families (KK) and families into households. The evidence is groups of people: all
 * holders of one valid No. KK, and each source's own family id. Groups are never simply joined
 * through a shared person, since one wrong person link or one member who moved would then chain
 * two families. Instead, in three steps:
 *  1. groups sharing a majority of the larger one's people are one family (a renumbered KK, the
 *     same family in another source);
 *  2. a smaller group is attached to the larger group holding at least half its people (members
 *     split onto a new KK, a source that lists fewer members), unless both have a head and the
 *     heads differ: a person heading their own KK has founded a family;
 *  3. a person still in two families (moved, married, or a wrong link) goes to the one most of
 *     their records name, then the one named by the most recent source; the others are
 *     reported as ambiguous.
 * Households: where a source gives a household id (DTKS), each family joins the household most
 * of its people are listed in; otherwise a family is its own household.
 */
import { buildMemberships, byPerson, sharedPeople, type Memberships } from './memberships.js';
import type { Clustering, FamilyFacts } from './types.js';
import { UnionFind } from './union-find.js';

export interface FamilyOptions {
  /** Sources whose family id is a household id (default: DTKS, whose IDBDT covers every KK). */
  householdIdSources?: readonly string[];
  /** How recent each source is (larger is later), for a person named by two families. */
  sourceRecency?: Readonly<Record<string, number>>;
}

export interface AmbiguousMembers {
  person: Int32Array;
  /** The family chosen. */
  family: Int32Array;
  /** How many families named the person. */
  candidates: Uint32Array;
}

export interface FamilyResult {
  familyOfPerson: Int32Array;
  familyCount: number;
  familyOfRecord: Int32Array;
  householdOfFamily: Int32Array;
  householdCount: number;
  householdOfRecord: Int32Array;
  ambiguous: AmbiguousMembers;
}

const HEAD = 1;
const NO_HEAD = -1;
const SEVERAL_HEADS = -2;

export function clusterFamilies(
  people: Clustering,
  facts: FamilyFacts,
  options: FamilyOptions = {},
): FamilyResult {
  const n = people.clusterOf.length;
  const P = people.count;
  const householdSources = new Set(options.householdIdSources ?? ['dtks']);
  const recency = options.sourceRecency ?? {};
  const recencyOf = (i: number) => recency[facts.source[i] ?? ''] ?? 0;
  const familyKey = (i: number): string | null => {
    const kk = facts.kk[i];
    if (kk) return `k|${kk}`;
    const id = facts.familyId[i];
    if (!id) return null;
    // Without a KK, a household id is the best family evidence left (its members are mostly one KK).
    return householdSources.has(facts.source[i] ?? '') ? `h|${facts.source[i]}|${id}` : null;
  };
  const sourceFamilyKey = (i: number): string | null => {
    const id = facts.familyId[i];
    const source = facts.source[i] ?? '';
    return id && !householdSources.has(source) ? `f|${source}|${id}` : null;
  };
  // KK groups and source-family groups are one set of groups: two keys per record at most.
  const m = buildMemberships(
    2 * n,
    (j) => (j < n ? familyKey(j) : sourceFamilyKey(j - n)),
    doubled(people.clusterOf),
    P,
    (j) => facts.relation[j % n] === HEAD,
  );
  const index = byPerson(m, P);

  const cores = mergeMutualMajorities(m, index);
  const familyOfComponent = attachSmallerComponents(m, index, cores);
  const chosen = choosePerPerson(
    m,
    people,
    (g) => familyOfComponent[cores.of[g]!]!,
    recencyOf,
    cores.count,
  );
  const labelled = relabel(chosen.family);
  const familyOfRecord = new Int32Array(n);
  for (let i = 0; i < n; i++) familyOfRecord[i] = labelled.labels[people.clusterOf[i]!]!;

  const households = groupHouseholds(
    n,
    (i) => (householdSources.has(facts.source[i] ?? '') && facts.familyId[i] ? `${facts.source[i]}|${facts.familyId[i]}` : null),
    familyOfRecord,
    labelled.count,
  ); // prettier-ignore
  const householdOfRecord = new Int32Array(n);
  for (let i = 0; i < n; i++) householdOfRecord[i] = households.labels[familyOfRecord[i]!]!;
  return {
    familyOfPerson: labelled.labels,
    familyCount: labelled.count,
    familyOfRecord,
    householdOfFamily: households.labels,
    householdCount: households.count,
    householdOfRecord,
    ambiguous: {
      person: Int32Array.from(chosen.ambiguous),
      family: Int32Array.from(chosen.ambiguous, (p) => labelled.labels[p]!),
      candidates: Uint32Array.from(chosen.candidates),
    },
  };
}

function doubled(a: Int32Array): Int32Array {
  const out = new Int32Array(a.length * 2);
  out.set(a);
  out.set(a, a.length);
  return out;
}

/** Step 1: groups sharing more than half of the larger one's people become one component. */
function mergeMutualMajorities(
  m: Memberships,
  index: ReturnType<typeof byPerson>,
): { of: Int32Array; count: number } {
  const identity = Int32Array.from({ length: m.groupCount }, (_, g) => g);
  const shared = sharedPeople(m, index, identity, m.groupCount);
  const uf = new UnionFind(m.groupCount);
  for (const [key, s] of shared) {
    const x = Math.floor(key / m.groupCount);
    const y = key % m.groupCount;
    if (2 * s > Math.max(m.groupSize[x]!, m.groupSize[y]!)) uf.union(x, y);
  }
  const { clusterOf, count } = uf.labels();
  return { of: clusterOf, count };
}

/**
 * Step 2: a component is attached to the larger component holding at least half its people
 * (most shared people first, then the larger, then the lower number). Sizes strictly grow
 * along attachments, so they cannot cycle; returns the final family component of each
 * step-1 component.
 */
function attachSmallerComponents(
  m: Memberships,
  index: ReturnType<typeof byPerson>,
  cores: { of: Int32Array; count: number },
): Int32Array {
  const C = cores.count;
  const size = new Uint32Array(C);
  const headOf = new Int32Array(C).fill(NO_HEAD);
  const seen = new Int32Array(C).fill(-1);
  for (let p = 0; p + 1 < index.start.length; p++) {
    for (let k = index.start[p]!; k < index.start[p + 1]!; k++) {
      const mi = index.items[k]!;
      const c = cores.of[m.group[mi]!]!;
      if (seen[c] !== p) {
        seen[c] = p;
        size[c]!++;
      }
      if (m.head[mi] === 1 && headOf[c] !== p) {
        headOf[c] = headOf[c] === NO_HEAD ? p : SEVERAL_HEADS;
      }
    }
  }
  const target = new Int32Array(C).fill(-1);
  const best = new Uint32Array(C);
  for (const [key, s] of sharedPeople(m, index, cores.of, C)) {
    const x = Math.floor(key / C);
    const y = key % C;
    const [small, large] = size[x]! < size[y]! ? [x, y] : [y, x];
    if (size[small] === size[large] || 2 * s < size[small]!) continue;
    const hs = headOf[small]!;
    const hl = headOf[large]!;
    if (hs !== NO_HEAD && hl !== NO_HEAD && (hs !== hl || hs === SEVERAL_HEADS)) continue;
    const t = target[small]!;
    const better =
      t === -1 ||
      s > best[small]! ||
      (s === best[small] && (size[large]! > size[t]! || (size[large] === size[t] && large < t)));
    if (better) {
      target[small] = large;
      best[small] = s;
    }
  }
  const final = new Int32Array(C);
  for (let c = 0; c < C; c++) {
    let r = c;
    while (target[r] !== -1) r = target[r]!;
    final[c] = r;
  }
  return final;
}

/**
 * Step 3: each person's family, by the records naming it (a record naming one family by KK and
 * by family id counts once), then the latest source, then the lower number. People in no group
 * are families of their own (numbered after the components).
 */
function choosePerPerson(
  m: Memberships,
  people: Clustering,
  familyOfGroup: (g: number) => number,
  recencyOf: (i: number) => number,
  componentCount: number,
): { family: Int32Array; ambiguous: number[]; candidates: number[] } {
  const n = people.clusterOf.length;
  const P = people.count;
  const byPersonStart = new Uint32Array(P + 1);
  for (let i = 0; i < n; i++) byPersonStart[people.clusterOf[i]! + 1]!++;
  for (let p = 0; p < P; p++) byPersonStart[p + 1]! += byPersonStart[p]!;
  const fill = byPersonStart.slice(0, P);
  const recordsOf = new Uint32Array(n);
  for (let i = 0; i < n; i++) recordsOf[fill[people.clusterOf[i]!]!++] = i;

  const family = new Int32Array(P);
  const ambiguous: number[] = [];
  const candidates: number[] = [];
  const fams: number[] = [];
  const votes: number[] = [];
  const latest: number[] = [];
  const vote = (f: number, r: number) => {
    const at = fams.indexOf(f);
    if (at === -1) {
      fams.push(f);
      votes.push(1);
      latest.push(r);
    } else {
      votes[at]!++;
      latest[at] = Math.max(latest[at]!, r);
    }
  };
  let alone = componentCount;
  for (let p = 0; p < P; p++) {
    fams.length = votes.length = latest.length = 0;
    for (let k = byPersonStart[p]!; k < byPersonStart[p + 1]!; k++) {
      const i = recordsOf[k]!;
      const g1 = m.groupOfKey[i]!;
      const g2 = m.groupOfKey[i + n]!;
      const f1 = g1 === -1 ? -1 : familyOfGroup(g1);
      const f2 = g2 === -1 ? -1 : familyOfGroup(g2);
      if (f1 !== -1) vote(f1, recencyOf(i));
      if (f2 !== -1 && f2 !== f1) vote(f2, recencyOf(i));
    }
    if (fams.length === 0) {
      family[p] = alone++;
      continue;
    }
    let b = 0;
    for (let x = 1; x < fams.length; x++) {
      const better =
        votes[x]! > votes[b]! ||
        (votes[x] === votes[b] &&
          (latest[x]! > latest[b]! || (latest[x] === latest[b] && fams[x]! < fams[b]!)));
      if (better) b = x;
    }
    family[p] = fams[b]!;
    if (fams.length > 1) {
      ambiguous.push(p);
      candidates.push(fams.length);
    }
  }
  return { family, ambiguous, candidates };
}

/** Dense labels 0..count-1 in order of first appearance. */
function relabel(values: Int32Array): { labels: Int32Array; count: number } {
  const map = new Map<number, number>();
  const labels = new Int32Array(values.length);
  for (let i = 0; i < values.length; i++) {
    let l = map.get(values[i]!);
    if (l === undefined) {
      l = map.size;
      map.set(values[i]!, l);
    }
    labels[i] = l;
  }
  return { labels, count: map.size };
}

/** Each family joins the household group listing most of its records; the rest stand alone. */
function groupHouseholds(
  n: number,
  keyOf: (i: number) => string | null,
  familyOfRecord: Int32Array,
  familyCount: number,
): { labels: Int32Array; count: number } {
  const hm = buildMemberships(n, keyOf, familyOfRecord, familyCount, () => false);
  const bestGroup = new Int32Array(familyCount).fill(-1);
  const bestCount = new Uint32Array(familyCount);
  // Memberships are (household group, family) here: records counts how many of the family's
  // records the household lists; ties go to the household seen first.
  for (let k = 0; k < hm.group.length; k++) {
    const f = hm.person[k]!;
    if (hm.records[k]! > bestCount[f]!) {
      bestCount[f] = hm.records[k]!;
      bestGroup[f] = hm.group[k]!;
    }
  }
  const key = Int32Array.from(bestGroup, (g, f) => (g === -1 ? hm.groupCount + f : g));
  return relabel(key);
}
