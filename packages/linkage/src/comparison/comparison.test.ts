import { describe, expect, it } from 'vitest';
import { keyOfNormalisedName } from '../names/index.js';
import { normaliseName } from '../names/index.js';
import { defineComparison, type ComparableRecord, type Comparison } from './comparison.js';
import { compileComparison, compileComparisons, levelLabel } from './compile.js';
import {
  birthDateComparison,
  kkComparison,
  nameComparison,
  nikComparison,
  regionComparison,
  rtRwComparison,
  sexComparison,
} from './templates.js';

/** A standardised record from a raw name, as the standardise stage will produce it. */
function rec(fields: Record<string, string | null> & { rawName?: string }): ComparableRecord {
  const { rawName, ...rest } = fields;
  if (rawName === undefined) return rest;
  const name = normaliseName(rawName).name;
  return { ...rest, name, nameKey: keyOfNormalisedName(name) };
}

function labelOf(comparison: Comparison, left: ComparableRecord, right: ComparableRecord) {
  return levelLabel(comparison, compileComparison(comparison)(left, right));
}

describe('defineComparison', () => {
  const ok = { kind: 'else', label: 'else' } as const;
  it('refuses malformed level lists', () => {
    expect(() => defineComparison({ name: 'x', column: 'x', levels: [ok] })).toThrow(/two/);
    expect(() =>
      defineComparison({ name: 'x', column: 'x', levels: [ok, { kind: 'exact', label: 'e' }] }),
    ).toThrow(/else/);
    expect(() =>
      defineComparison({
        name: 'x',
        column: 'x',
        levels: [{ kind: 'exact', label: 'e' }, { kind: 'null', label: 'n' }, ok],
      }),
    ).toThrow(/null/);
  });

  it('templates are plain JSON that survive a round trip', () => {
    for (const c of [nameComparison(), nikComparison(), birthDateComparison(), kkComparison()]) {
      expect(JSON.parse(JSON.stringify(c))).toEqual(c);
    }
  });
});

describe('nameComparison', () => {
  const c = nameComparison();
  it.each([
    ['SITI AMINAH', null, 'name missing'],
    ['SITI AMINAH', 'Siti Aminah', 'name exact'],
    ['H. MOCH. ROFIQ', 'Muhammad Rofik', 'same phonetic key'],
    ['SOEHARTO', 'SUHARTO', 'name exact'],
    ['SITI AMINAH', 'AMINAH SITI', 'same words, other order'],
    ['SUHARTONO', 'SUHARTINI', 'Jaro–Winkler ≥ 0.88'],
    ['A. RAHMAN', 'ABDUL RAHMAN', 'agrees up to initials'],
    ['AMINAH SITI', 'SITI AMINA', 'words match (Monge–Elkan ≥ 0.88)'],
    ['BUDI SANTOSO', 'DEWI LESTARI', 'names differ'],
  ])('%s / %s → %s', (a, b, label) => {
    const right = b === null ? { name: null } : rec({ rawName: b });
    expect(labelOf(c, rec({ rawName: a }), right)).toBe(label);
  });
});

describe('identifier, date and address comparisons', () => {
  it('NIK levels', () => {
    const c = nikComparison();
    const at = (a: string | null, b: string | null) => labelOf(c, { nik: a }, { nik: b });
    expect(at('3574014507900001', '3574014507900001')).toBe('NIK exact');
    expect(at('3574014507900001', '3574014507900004')).toBe('one digit differs');
    expect(at('3574014507900001', '3574015407900001')).toBe('two neighbouring digits swapped');
    expect(at('3574014507900001', '3574014507900012')).toBe('only the serial differs');
    expect(at('3574014507900001', '3513024507900003')).toBe('same birth date and sex in the NIK');
    expect(at('3574014507900001', '3513020101800003')).toBe('NIKs differ');
    expect(at('', '3513020101800003')).toBe('NIK missing');
  });

  it('birth date levels, partial dates included', () => {
    const c = birthDateComparison();
    const at = (a: string, b: string) => labelOf(c, { birthDate: a }, { birthDate: b });
    expect(at('1990-07-14', '1990-07-14')).toBe('birth date exact');
    expect(at('1990-00-00', '1990-07-14')).toBe('partial date, known parts agree');
    expect(at('1990-03-07', '1990-07-03')).toBe('day and month swapped');
    expect(at('1990-07-14', '1990-07-16')).toBe('one character differs');
    expect(at('1990-07-14', '1990-07-30')).toBe('within a month');
    expect(at('1990-07-14', '1991-03-01')).toBe('within a year');
    expect(at('1990-07-14', '1985-01-01')).toBe('within ten years');
    expect(at('1990-07-14', '1960-01-01')).toBe('birth dates differ');
  });

  it('KK, region, RT/RW and sex levels', () => {
    expect(labelOf(kkComparison(), { kk: '3574011203150002' }, { kk: '3574011203150071' })).toBe(
      'same kecamatan and entry date',
    );
    expect(labelOf(kkComparison(), { kk: '3574011203150002' }, { kk: '3574010101200009' })).toBe(
      'same issuing kecamatan',
    );
    const region = regionComparison();
    expect(labelOf(region, { desaCode: '35.13.01.2001' }, { desaCode: '3513012001' })).toBe(
      'same desa/kelurahan',
    );
    expect(labelOf(region, { desaCode: '35.13.01.2001' }, { desaCode: '35.13.02.2001' })).toBe(
      'same kabupaten/kota',
    );
    expect(labelOf(rtRwComparison(), { rtRw: 'RT 003/RW 005' }, { rtRw: '3/5' })).toBe(
      'same RT and RW',
    );
    expect(labelOf(sexComparison(), { sex: 'L' }, { sex: 'P' })).toBe('sex differs');
  });

  it('a NIK on one side can vouch for the other side’s birth date and sex', () => {
    const c = defineComparison({
      name: 'nikRecord',
      column: 'nik',
      levels: [
        { kind: 'null', when: 'both', label: 'no NIK' },
        {
          kind: 'nikAgreesWithRecord',
          birthDateColumn: 'birthDate',
          sexColumn: 'sex',
          label: 'NIK agrees',
        },
        { kind: 'else', label: 'NIK disagrees or cannot tell' },
      ],
    });
    const withNik = { nik: '3574014507900001', birthDate: '1990-07-05', sex: 'P' };
    expect(labelOf(c, withNik, { nik: null, birthDate: '1990-07-05', sex: 'P' })).toBe(
      'NIK agrees',
    );
    expect(labelOf(c, withNik, { nik: null, birthDate: '1990-07-05', sex: 'L' })).toBe(
      'NIK disagrees or cannot tell',
    );
    expect(labelOf(c, { nik: null }, { nik: '' })).toBe('no NIK');
  });
});

describe('compileComparisons', () => {
  it('writes a comparison vector into a reused buffer', () => {
    const vector = compileComparisons([nameComparison(), nikComparison(), sexComparison()]);
    const out = new Uint8Array(3);
    const left = { ...rec({ rawName: 'Hj. Siti Aminah' }), nik: '3574014507900001', sex: 'P' };
    const right = { ...rec({ rawName: 'SITI AMINAH' }), nik: '3574014507900004', sex: null };
    expect(vector(left, right, out)).toBe(out);
    expect([...out]).toEqual([1, 2, 0]);
  });

  it('levelLabel refuses a level that does not exist', () => {
    expect(() => levelLabel(sexComparison(), 9)).toThrow(RangeError);
  });
});
