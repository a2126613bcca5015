import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isTepatError, type TepatError } from '@tepat/domain';
import { builtinProfile, builtinProfileNames } from './builtin.js';
import { specHeaders } from './layouts-fixture.js';
import { checkProfileFits, matchHeader } from './match-header.js';

function thrown(fn: () => unknown): TepatError {
  try {
    fn();
  } catch (e) {
    if (isTepatError(e)) return e;
    throw e;
  }
  throw new Error('expected a TepatError');
}

describe('matchHeader', () => {
  it.each(builtinProfileNames)('maps every column of the %s reference header', (name) => {
    const match = matchHeader(builtinProfile(name), specHeaders[name]);
    expect(match.mapping.map((m) => m.column)).toEqual(specHeaders[name]);
    expect(match.mapping.map((m) => m.index)).toEqual(specHeaders[name].map((_, i) => i));
    expect(match).toMatchObject({ missing: [], unmapped: [], absent: [], duplicates: [] });
  });

  it('ignores case, spacing, punctuation and a BOM, and names cells as the file does', () => {
    const header = ['\uFEFFid_keluarga', ' ID ART ', 'Kode-Wilayah', 'NIK', 'Nama  Lengkap', 'X'];
    const match = matchHeader(builtinProfile('regsosek'), header);
    expect(match.missing).toEqual([]);
    expect(match.recordIdIndex).toBe(1);
    expect(match.mapping.find((m) => m.field === 'name')).toEqual({
      field: 'name',
      column: 'Nama  Lengkap',
      index: 4,
    });
    expect(match.mapping[0]).toMatchObject({ field: 'familyId', column: 'id_keluarga' });
    expect(match.unmapped).toEqual(['X']);
    expect(match.absent).toContain('tanggal_lahir');
  });

  it('keeps the first of two equal headers, reports the repeat, and skips empty cells', () => {
    const header = [...specHeaders.dtks, 'nik', '', '  '];
    const match = matchHeader(builtinProfile('dtks'), header);
    expect(match.mapping.find((m) => m.field === 'nik')?.index).toBe(3);
    expect(match.duplicates).toEqual([{ column: 'NIK', indexes: [3, header.length - 3] }]);
    expect(match.unmapped).toEqual([]);
  });

  it('carries codes and date formats along with each matched column', () => {
    const match = matchHeader(builtinProfile('p3ke'), specHeaders.p3ke);
    expect(match.mapping.find((m) => m.field === 'birthDate')?.dateFormat).toBe('dd/mm/yyyy');
    expect(match.mapping.find((m) => m.field === 'sex')?.codes?.Perempuan).toBe('P');
  });

  const separators = [' ', '  ', '_', '-', '.', '/', ''];
  const variant = (text: string): fc.Arbitrary<string> => {
    const flags = fc.array(fc.boolean(), { minLength: text.length, maxLength: text.length });
    const seps = fc.array(fc.constantFrom(...separators), {
      minLength: text.length,
      maxLength: text.length,
    });
    return fc
      .tuple(flags, flags, seps, fc.constantFrom('', ' ', '\t'))
      .map(([upper, spaceAfter, sep, pad]) => {
        const chars = [...text].map((ch, i) => {
          if (/[^A-Za-z0-9]/.test(ch)) return sep[i] ?? ' ';
          return (upper[i] ? ch.toUpperCase() : ch.toLowerCase()) + (spaceAfter[i] ? ' ' : '');
        });
        return pad + chars.join('') + pad;
      });
  };

  it.each(builtinProfileNames)('property: %s matches whatever the case and spacing', (name) => {
    const profile = builtinProfile(name);
    const header = fc.tuple(...specHeaders[name].map(variant));
    fc.assert(
      fc.property(header, fc.boolean(), (cells, bom) => {
        const withBom = bom ? cells.map((c, i) => (i === 0 ? `\uFEFF${c}` : c)) : cells;
        const match = matchHeader(profile, withBom);
        expect(match.missing).toEqual([]);
        expect(match.mapping.map((m) => m.index)).toEqual(cells.map((_, i) => i));
      }),
    );
  });
});

describe('checkProfileFits', () => {
  it('returns the match when every required column is there', () => {
    const match = checkProfileFits(builtinProfile('p3ke'), specHeaders.p3ke, 'p3ke.xlsx');
    expect(match.mapping).toHaveLength(specHeaders.p3ke.length);
  });

  it('lists the missing required columns', () => {
    const header = specHeaders.dtks.filter((c) => c !== 'NIK' && c !== 'KDDESA');
    const error = thrown(() => checkProfileFits(builtinProfile('dtks'), header, 'dtks.csv'));
    expect(error.problem.code).toBe('ingest.missing_columns');
    expect(error.problem.data).toEqual({
      file: 'dtks.csv',
      profile: 'dtks',
      columns: 'NIK, KDDESA',
    });
  });

  it('names the built-in profile that fits a header given to the wrong one', () => {
    const error = thrown(() =>
      checkProfileFits(builtinProfile('dtks'), specHeaders.dtsen, 'x.csv'),
    );
    expect(error.problem.code).toBe('ingest.wrong_profile');
    expect(error.problem.data).toMatchObject({ file: 'x.csv', profile: 'dtks', better: 'dtsen' });
  });

  it.each(builtinProfileNames)('sends a %s header to its own profile from any other', (name) => {
    for (const other of builtinProfileNames.filter((n) => n !== name)) {
      const error = thrown(() => checkProfileFits(builtinProfile(other), specHeaders[name], 'f'));
      expect(error.problem.data.better).toBe(name);
    }
  });
});

describe('what a profile needs besides its required columns', () => {
  const custom = {
    ...builtinProfile('dtks'),
    name: 'custom',
    kind: 'opd' as const,
    recordId: { column: 'ID' },
    required: [],
  };

  it('reads a field from the first of its aliases the file has, as the normaliser does', () => {
    const aliases = {
      ...custom,
      columns: { NIK: { field: 'nik' as const }, 'NO NIK': { field: 'nik' as const } },
    };
    const match = matchHeader(aliases, ['ID', 'no_nik', 'nik']);
    expect(match.mapping).toEqual([{ field: 'nik', column: 'nik', index: 2 }]);
    expect(match.aliasesUnused).toEqual(['no_nik']);
    expect(match.unmapped).toEqual([]);
    expect(matchHeader(aliases, ['ID', 'no_nik']).mapping[0]?.index).toBe(1);
  });

  it('needs its record id column', () => {
    expect(matchHeader(custom, ['NIK', 'NAMA']).missing).toEqual(['ID']);
    expect(matchHeader(custom, ['NIK', 'id']).recordIdIndex).toBe(1);
  });

  it('does not fit a file in which it finds no column at all', () => {
    const none = { ...custom, recordId: { rowNumber: true as const } };
    const error = thrown(() => checkProfileFits(none, ['A', 'B'], 'f.csv'));
    expect(error.problem.code).toBe('ingest.missing_columns');
    expect(error.problem.data.columns).toMatch(/^IDARTBDT, IDBDT, NOKK, NIK/);
  });
});
