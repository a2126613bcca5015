/**
 * The table built from columns, each distinct value prepared once, against the old way: every
 * record prepared on its own from its row. Same values in every column, on a synthetic region
 * with its noise (titles, spellings, date layouts, broken NIKs).
 */
import { describe, expect, it } from 'vitest';
import { parseKk, parseNik } from '@tepat/domain';
import { readDate } from '../comparators/index.js';
import { keyOfNormalisedName, normaliseName } from '../names/index.js';
import { synthRegion } from '../testing/index.js';
import { canonicalDate, digitsOnly, readSex, upperText } from './prepare.js';
import { buildRecordTable, buildRecordTableFromColumns, type InputRecord } from './record-table.js';

const referenceDate = new Date('2026-01-01');
const text = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null);

/** The per-record preparation the table did before it took columns. */
function oneByOne(r: InputRecord) {
  const name = normaliseName(text(r.name)).name;
  const nik = text(r.nik) === null ? undefined : parseNik(text(r.nik), { referenceDate });
  const kk = text(r.kk) === null ? undefined : parseKk(text(r.kk), { referenceDate });
  const date = canonicalDate(text(r.birthDate));
  const n = readDate(date);
  const rt = text(r.rt);
  const rw = text(r.rw);
  return {
    name: name === '' ? null : name,
    nameKey: name === '' ? null : keyOfNormalisedName(name),
    nik: nik && 'nik' in nik ? nik.nik : null,
    nikValid: nik && 'nik' in nik && nik.ok ? 1 : 0,
    kk: kk && 'kk' in kk ? kk.kk : null,
    birthDate: date !== null && n >= 0 ? date : null,
    birthNumber: date !== null && n >= 0 ? n : -1,
    sex: readSex(text(r.sex)),
    desaCode: digitsOnly(text(r.desaCode)),
    rtRw: rt === null && rw === null ? null : rw === null ? `RT ${rt}` : rt === null ? `RW ${rw}` : `RT ${rt} RW ${rw}`, // prettier-ignore
    address: upperText(text(r.address)),
  };
}

describe('record table from columns', () => {
  it('prepares every record as preparing it alone would', { timeout: 60_000 }, async () => {
    const { records } = await synthRegion(1500, 3);
    const table = buildRecordTable(records, { referenceDate });
    const c = table.columns;
    const got = records.map((_, i) => ({
      name: c.name![i], nameKey: c.nameKey![i], nik: c.nik![i], nikValid: table.valid.nik![i],
      kk: c.kk![i], birthDate: c.birthDate![i], birthNumber: table.dates.birthDate![i],
      sex: c.sex![i], desaCode: c.desaCode![i], rtRw: c.rtRw![i], address: c.address![i],
    })); // prettier-ignore
    expect(got).toEqual(records.map(oneByOne));
    expect(c.birthYear!.every((y, i) => y === (c.birthDate![i]?.slice(0, 4) ?? null))).toBe(true);

    const fields: Record<string, unknown[]> = {};
    for (const f of ['source', 'recordId', 'nik', 'kk', 'name', 'birthDate', 'sex', 'desaCode', 'rt', 'rw', 'address']) fields[f] = records.map((r) => r[f]); // prettier-ignore
    expect(buildRecordTableFromColumns({ size: records.length, fields }, { referenceDate })).toEqual(table); // prettier-ignore
  });

  it('refuses a column of another length', () => {
    expect(() =>
      buildRecordTableFromColumns({ size: 2, fields: { source: ['a'], recordId: ['1', '2'] } }),
    ).toThrow(/1 values, not 2/);
  });
});
