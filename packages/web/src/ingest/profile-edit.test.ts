import { describe, expect, it } from 'vitest';
import type { SourceProfile } from '../api/index.js';
import {
  codesText,
  mappingOf,
  parseCodes,
  setColumnCodes,
  setColumnDateFormat,
  setColumnField,
} from './profile-edit.js';

const base: SourceProfile = {
  name: 'bansos',
  label: 'bansos',
  kind: 'opd',
  delimiter: ';',
  encoding: 'auto',
  recordId: { rowNumber: true },
  columns: {
    'No KTP': { field: 'nik' },
    JK: { field: 'sex', codes: { '1': 'L', '2': 'P' } },
    'Tgl Lahir': { field: 'birthDate', dateFormat: 'dd/mm/yyyy' },
  },
  required: ['No KTP'],
};

describe('profile editing', () => {
  it('finds a column under another spelling of its header', () => {
    expect(mappingOf(base, 'NO_KTP')?.[1].field).toBe('nik');
  });

  it('maps a column to a field, taking the field away from any other column', () => {
    const p = setColumnField(base, 'NIK Ibu', 'nik');
    expect(p.columns['NIK Ibu']).toEqual({ field: 'nik' });
    expect(p.columns['No KTP']).toBeUndefined();
    expect(p.required).toEqual([]);
  });

  it('unmaps a column, and the record id follows the person-id column', () => {
    const withId = setColumnField(base, 'ID Penerima', 'personId');
    expect(withId.recordId).toEqual({ column: 'ID Penerima' });
    const without = setColumnField(withId, 'id penerima', null);
    expect(without.columns['ID Penerima']).toBeUndefined();
    expect(without.recordId).toEqual({ rowNumber: true });
  });

  it('gives a birth date column a date format and keeps codes when the field changes', () => {
    expect(setColumnField(base, 'Lahir', 'birthDate').columns.Lahir).toEqual({
      field: 'birthDate',
      dateFormat: 'auto',
    });
    expect(setColumnField(base, 'JK', 'relation').columns.JK?.codes).toEqual({
      '1': 'L',
      '2': 'P',
    });
  });

  it('reads and writes value codes as text', () => {
    expect(parseCodes(' 1 = P, 2=L ; x ; =y')).toEqual({ '1': 'P', '2': 'L' });
    expect(codesText({ '1': 'L', '2': 'P' })).toBe('1=L, 2=P');
    expect(setColumnCodes(base, 'JK', '1=P, 2=L').columns.JK?.codes).toEqual({
      '1': 'P',
      '2': 'L',
    });
    expect(setColumnCodes(base, 'JK', '').columns.JK).toEqual({ field: 'sex' });
    expect(setColumnCodes(base, 'Unknown', '1=L')).toBe(base);
  });

  it('sets a date format', () => {
    const p = setColumnDateFormat(base, 'Tgl Lahir', 'mm/dd/yyyy');
    expect(p.columns['Tgl Lahir']?.dateFormat).toBe('mm/dd/yyyy');
  });
});
