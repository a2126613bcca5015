/**
 * Who is in which group: a group is everything that shares a key (a No. KK, a source's family
 * or household id), a member is a person (a cluster of records). Each (group, person) pair is
 * kept once with the evidence behind it: how many records, and whether the person is the head
 * there.
 */

export interface Memberships {
  groupCount: number;
  /** Distinct people per group. */
  groupSize: Uint32Array;
  group: Int32Array;
  person: Int32Array;
  /** Records of the person carrying the group's key. */
  records: Uint32Array;
  /** 1 when one of those records says the person is the head (relation 1). */
  head: Uint8Array;
  /** The group of each key index given to `buildMemberships`, -1 for none. */
  groupOfKey: Int32Array;
}

/**
 * @param keyOf the group key of record i, or null
 * @param personOf record → person
 */
export function buildMemberships(
  n: number,
  keyOf: (i: number) => string | null,
  personOf: Int32Array,
  personCount: number,
  isHead: (i: number) => boolean,
): Memberships {
  const groupIds = new Map<string, number>();
  const index = new Map<number, number>();
  const group: number[] = [];
  const person: number[] = [];
  const records: number[] = [];
  const head: number[] = [];
  const groupOfKey = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    const key = keyOf(i);
    if (key === null) continue;
    let g = groupIds.get(key);
    if (g === undefined) {
      g = groupIds.size;
      groupIds.set(key, g);
    }
    groupOfKey[i] = g;
    const p = personOf[i]!;
    const k = g * personCount + p;
    let m = index.get(k);
    if (m === undefined) {
      m = group.length;
      index.set(k, m);
      group.push(g);
      person.push(p);
      records.push(0);
      head.push(0);
    }
    records[m]!++;
    if (isHead(i)) head[m] = 1;
  }
  const groupSize = new Uint32Array(groupIds.size);
  for (const g of group) groupSize[g]!++;
  return {
    groupCount: groupIds.size,
    groupSize,
    group: Int32Array.from(group),
    person: Int32Array.from(person),
    records: Uint32Array.from(records),
    head: Uint8Array.from(head),
    groupOfKey,
  };
}

/** Membership indexes grouped by person (CSR): person p owns `items[start[p]..start[p+1])`. */
export function byPerson(
  m: Memberships,
  personCount: number,
): { start: Uint32Array; items: Uint32Array } {
  const start = new Uint32Array(personCount + 1);
  for (const p of m.person) start[p + 1]!++;
  for (let p = 0; p < personCount; p++) start[p + 1]! += start[p]!;
  const fill = start.slice(0, personCount);
  const items = new Uint32Array(m.person.length);
  for (let k = 0; k < m.person.length; k++) items[fill[m.person[k]!]!++] = k;
  return { start, items };
}

/**
 * How many people each pair of groups shares, for groups relabelled by `labelOf` (several
 * groups may share a label): key `lo * count + hi` → shared people. Only people in two or more
 * labels contribute, so the work follows the ambiguity, not the population.
 */
export function sharedPeople(
  m: Memberships,
  index: { start: Uint32Array; items: Uint32Array },
  labelOf: Int32Array,
  labelCount: number,
): Map<number, number> {
  const shared = new Map<number, number>();
  const labels: number[] = [];
  for (let p = 0; p + 1 < index.start.length; p++) {
    labels.length = 0;
    for (let k = index.start[p]!; k < index.start[p + 1]!; k++) {
      const l = labelOf[m.group[index.items[k]!]!]!;
      if (!labels.includes(l)) labels.push(l);
    }
    if (labels.length < 2) continue;
    labels.sort((x, y) => x - y);
    for (let x = 0; x < labels.length; x++) {
      for (let y = x + 1; y < labels.length; y++) {
        const key = labels[x]! * labelCount + labels[y]!;
        shared.set(key, (shared.get(key) ?? 0) + 1);
      }
    }
  }
  return shared;
}
