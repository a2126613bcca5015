import { describe, expect, it } from 'vitest';
import { isDateFormat, numberText } from './xlsx-cell.js';

describe('number cells as Excel shows them', () => {
  it('writes integers in full and keeps 15 significant digits', () => {
    expect(numberText(3513012001)).toBe('3513012001');
    expect(numberText(999999999999999)).toBe('999999999999999');
    expect(numberText(0.1 + 0.2)).toBe('0.3');
    expect(numberText(-12.5)).toBe('-12.5');
  });

  it('never passes a rounded 16-digit id off as digits', () => {
    expect(numberText(3513010101900001)).toBe('3.5130101019E+15');
    expect(numberText(3.51301e15)).toBe('3.51301E+15');
    expect(numberText(1e21)).toBe('1E+21');
  });

  it('reads serial numbers in date formats, in both date systems', () => {
    expect(numberText(32916, 'dd-mm-yyyy')).toBe('1990-02-12');
    expect(numberText(32916.9999999, 'd/m/yyyy h:mm')).toBe('1990-02-13');
    expect(numberText(31454, 'yyyy-mm-dd', true)).toBe('1990-02-12');
    expect(numberText(1, 'dd-mm-yyyy')).toBe('1900-01-01');
  });

  it('tells date formats from others', () => {
    expect(['dd-mm-yyyy', 'yyyy-mm-dd', '[$-421]d mmmm yyyy'].map(isDateFormat)).toEqual([
      true,
      true,
      true,
    ]);
    expect(['0', '00', '#,##0.00', 'h:mm', '"Hari" 0', 'General'].map(isDateFormat)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});
