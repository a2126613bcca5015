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

/** Above this many records, a group finds its members through a map, not by scanning them. */
const scanLimit = 64;

/**
 * Memberships numbered in order of their first record, as one pass over the records with a map
 * of (group, person) pairs numbered them. Built group by group instead, each group's few people
 * compared directly: the map's keys (group × people + person) were past small integers at a
 * million people, and it took most of the time of family clustering.
 *
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
  }
  const groupCount = groupIds.size;
  groupIds.clear();

  // The records of each group in index order (CSR).
  const start = new Uint32Array(groupCount + 1);
  for (let i = 0; i < n; i++) if (groupOfKey[i]! >= 0) start[groupOfKey[i]! + 1]!++;
  for (let g = 0; g < groupCount; g++) start[g + 1]! += start[g]!;
  const members = new Uint32Array(start[groupCount]!);
  const fill = start.slice(0, groupCount);
  for (let i = 0; i < n; i++) if (groupOfKey[i]! >= 0) members[fill[groupOfKey[i]!]!++] = i;

  // Memberships group by group: at most one per record.
  const most = members.length;
  const mGroup = new Int32Array(most);
  const mPerson = new Int32Array(most);
  const mFirst = new Int32Array(most);
  const mRecords = new Uint32Array(most);
  const mHead = new Uint8Array(most);
  let count = 0;
  for (let g = 0; g < groupCount; g++) {
    const from = count;
    const large = start[g + 1]! - start[g]! > scanLimit ? new Map<number, number>() : undefined;
    for (let x = start[g]!; x < start[g + 1]!; x++) {
      const i = members[x]!;
      const p = personOf[i]!;
      let m = -1;
      if (large !== undefined) m = large.get(p) ?? -1;
      else for (let y = from; y < count; y++) if (mPerson[y] === p) m = y;
      if (m < 0) {
        m = count++;
        mGroup[m] = g;
        mPerson[m] = p;
        mFirst[m] = i;
        large?.set(p, m);
      }
      mRecords[m]!++;
      if (isHead(i)) mHead[m] = 1;
    }
  }

  // Renumbered by first record: the order the callers have always seen.
  const atRecord = new Int32Array(n).fill(-1);
  for (let m = 0; m < count; m++) atRecord[mFirst[m]!] = m;
  const group = new Int32Array(count);
  const person = new Int32Array(count);
  const records = new Uint32Array(count);
  const head = new Uint8Array(count);
  const groupSize = new Uint32Array(groupCount);
  let k = 0;
  for (let i = 0; i < n; i++) {
    const m = atRecord[i]!;
    if (m < 0) continue;
    group[k] = mGroup[m]!;
    person[k] = mPerson[m]!;
    records[k] = mRecords[m]!;
    head[k] = mHead[m]!;
    groupSize[mGroup[m]!]!++;
    k++;
  }
  return { groupCount, groupSize, group, person, records, head, groupOfKey };
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
