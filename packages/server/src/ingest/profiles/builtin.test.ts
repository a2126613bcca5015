import { describe, expect, it } from 'vitest';
import { SourceProfileSchema, fieldNames } from '../ingest.js';
import { builtinProfile, builtinProfileNames, builtinProfiles } from './builtin.js';
import { specHeaders } from './layouts-fixture.js';

describe('built-in profiles', () => {
  it.each(builtinProfileNames)('%s has exactly the columns of SOURCES.md, in order', (name) => {
    expect(Object.keys(builtinProfile(name).columns)).toEqual(specHeaders[name]);
  });

  it.each(builtinProfileNames)('%s is a valid profile of its own kind', (name) => {
    const profile = builtinProfile(name);
    expect(SourceProfileSchema.parse(profile)).toEqual(profile);
    expect(profile.kind).toBe(name);
    for (const column of profile.required) expect(specHeaders[name]).toContain(column);
    if ('column' in profile.recordId) expect(profile.required).toContain(profile.recordId.column);
  });

  it.each(builtinProfileNames)('%s maps each field at most once, to a known field', (name) => {
    const fields = Object.values(builtinProfile(name).columns).map((c) => c.field);
    expect(new Set(fields).size).toBe(fields.length);
    for (const field of fields) expect(fieldNames).toContain(field);
  });

  it('uses each layout’s delimiter, record id and date format', () => {
    const [dtks, regsosek, p3ke, dtsen] = builtinProfiles();
    // Exports drift between `;` and `,` (SOURCES.md), so every built-in sniffs the delimiter.
    expect([dtks, regsosek, p3ke, dtsen].map((p) => p?.delimiter)).toEqual([
      'auto',
      'auto',
      'auto',
      'auto',
    ]);
    expect(dtks?.recordId).toEqual({ column: 'IDARTBDT' });
    expect(regsosek?.recordId).toEqual({ column: 'id_art' });
    expect(p3ke?.recordId).toEqual({ rowNumber: true });
    expect(dtsen?.recordId).toEqual({ rowNumber: true });
    expect(dtks?.columns.TGL_LHR?.dateFormat).toBe('dd-mm-yyyy');
    expect(regsosek?.columns.tanggal_lahir?.dateFormat).toBe('yyyy-mm-dd');
    expect(p3ke?.columns['TANGGAL LAHIR']?.dateFormat).toBe('dd/mm/yyyy');
    expect(dtsen?.columns.tanggal_lahir?.dateFormat).toBe('yyyy-mm-dd');
  });

  it('translates every layout’s codes to Tepat values', () => {
    const [dtks, regsosek, p3ke, dtsen] = builtinProfiles();
    const sexes = [
      dtks?.columns.JNS_KEL,
      regsosek?.columns.jenis_kelamin,
      p3ke?.columns['JENIS KELAMIN'],
      dtsen?.columns.jenis_kelamin,
    ].map((c) => Object.values(c?.codes ?? {}).sort());
    for (const values of sexes) expect(values).toEqual(['L', 'P']);
    expect(p3ke?.columns['JENIS KELAMIN']?.codes).toEqual({ 'Laki-laki': 'L', Perempuan: 'P' });
    expect(p3ke?.columns['HUBUNGAN DENGAN KEPALA KELUARGA']?.codes).toMatchObject({
      'Kepala Keluarga': '1',
      Istri: '2',
      Suami: '2',
      Lainnya: '8',
    });
    expect(p3ke?.columns['DESIL KESEJAHTERAAN']?.codes?.['Desil 4']).toBe('4');
    expect(p3ke?.columns['PENERIMA PKH']?.codes).toEqual({ Ya: '1', Tidak: '0' });
    expect(dtks?.columns.PKH?.codes).toEqual({ '0': '0', '1': '1' });
    expect(dtsen?.columns.pbi_nas).toEqual({ field: 'pbi', codes: { '0': '0', '1': '1' } });
  });

  it('hands out copies, so an edit does not leak into the next import', () => {
    const edited = builtinProfile('dtks');
    edited.columns.NIK = { field: 'kk' };
    expect(builtinProfile('dtks').columns.NIK).toEqual({ field: 'nik' });
  });
});
