/**
 * The records of a run as columns, filled straight from the COPY rows: numbers in typed arrays,
 * text in one array per field, each kept value its own string, not a view into a COPY chunk.
 * No object per record: at millions of records those objects were most of the heap and most of
 * the time spent reading.
 *
 * A value equal to the one before it in its field is shared (members of a family follow one
 * another, repeating KK, address, desa, RT and RW). Equal values further apart are not looked
 * up: a map per field cost six times what parsing the COPY text did (bench:match, read stage),
 * and the record table dedupes the raw fields anyway when it prepares them, then drops them.
 */
import type { InputColumns } from '@tepat/linkage';
import { ownCopy } from './copy-stream.js';

/** Raw input fields the record table prepares, as `InputRecord` names them. */
export const recordFields = [
  'nik', 'kk', 'name', 'sex', 'birthDate', 'desaCode', 'rt', 'rw', 'address',
] as const; // prettier-ignore
export type RecordField = (typeof recordFields)[number];

export interface MatchRecords {
  size: number;
  batchId: Int32Array;
  rowNumber: Int32Array;
  source: string[];
  recordId: string[];
  fingerprint: string[];
  /** The source's own family or household id. */
  familyId: (string | null)[];
  /** Relation to the head; -1 when missing. */
  relation: Int16Array;
  /** Raw fields for the record table; the engine drops them (null) once the table is built. */
  fields: Record<RecordField, (string | null)[]> | null;
}

/** The record table's input: raw fields plus source and record id. */
export function tableInput(records: MatchRecords): InputColumns {
  if (records.fields === null) throw new Error('record fields already released');
  const { size, source, recordId } = records;
  return { size, fields: { ...records.fields, source, recordId } };
}

/** The relation column as the family clustering reads it (null when missing). */
export function relations(records: MatchRecords): (number | null)[] {
  return Array.from(records.relation, (r) => (r < 0 ? null : r));
}

/** Each value its own string, shared with the value before it when equal. */
class Column {
  readonly values: (string | null)[] = [];
  private last: string | null = null;
  push(v: string | null): void {
    if (v !== null && v !== this.last) this.last = ownCopy(v);
    this.values.push(v === null ? null : this.last);
  }
}

/** Equal values as one string, for fields of few values; `done` drops the lookup. */
class Interned {
  private readonly seen = new Map<string, string>();
  readonly values: (string | null)[] = [];
  push(v: string | null): void {
    if (v === null) {
      this.values.push(null);
      return;
    }
    let shared = this.seen.get(v);
    if (shared === undefined) this.seen.set(v, (shared = ownCopy(v)));
    this.values.push(shared);
  }
  done(): (string | null)[] {
    this.seen.clear();
    return this.values;
  }
}

class Ints {
  private data = new Int32Array(1 << 16);
  length = 0;
  push(v: number): void {
    if (this.length === this.data.length) {
      const bigger = new Int32Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = v;
  }
  finish(): Int32Array {
    return this.data.slice(0, this.length);
  }
}

/**
 * Takes rows in the order of `recordCells` (matching.queries.ts): batch, row, source, record id,
 * fingerprint, NIK, KK, name, sex, birth date, relation, family id, desa, RT, RW, address.
 */
export class MatchRecordsBuilder {
  private readonly batchId = new Ints();
  private readonly rowNumber = new Ints();
  private readonly relation = new Ints();
  private readonly source = new Interned();
  private readonly recordId: string[] = [];
  private readonly fingerprint: string[] = [];
  private readonly familyId = new Column();
  private readonly fields = Object.fromEntries(recordFields.map((f) => [f, new Column()])) as Record<RecordField, Column>; // prettier-ignore

  get size(): number {
    return this.recordId.length;
  }

  push(c: readonly (string | null)[]): void {
    const f = this.fields;
    this.batchId.push(Number(c[0]));
    this.rowNumber.push(Number(c[1]));
    this.source.push(c[2]!);
    this.recordId.push(ownCopy(c[3]!));
    this.fingerprint.push(ownCopy(c[4]!));
    f.nik.push(c[5] ?? null);
    f.kk.push(c[6] ?? null);
    f.name.push(c[7] ?? null);
    f.sex.push(c[8] ?? null);
    f.birthDate.push(c[9] ?? null);
    this.relation.push(c[10] == null ? -1 : Number(c[10]));
    this.familyId.push(c[11] ?? null);
    f.desaCode.push(c[12] ?? null);
    f.rt.push(c[13] ?? null);
    f.rw.push(c[14] ?? null);
    f.address.push(c[15] ?? null);
  }

  finish(): MatchRecords {
    const fields = Object.fromEntries(recordFields.map((f) => [f, this.fields[f].values]));
    return {
      size: this.size,
      batchId: this.batchId.finish(),
      rowNumber: this.rowNumber.finish(),
      source: this.source.done() as string[],
      recordId: this.recordId,
      fingerprint: this.fingerprint,
      familyId: this.familyId.values,
      relation: Int16Array.from(this.relation.finish()),
      fields: fields as Record<RecordField, (string | null)[]>,
    };
  }
}
