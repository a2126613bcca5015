import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractRtRw } from './address.js';

describe('extractRtRw', () => {
  it.each([
    ['DSN KRAJAN RT 003 RW 005', '3', '5'],
    ['JL. SUNAN GIRI RT.03/RW.05', '3', '5'],
    ['Jl Mawar No 12 RT 3 / RW 5', '3', '5'],
    ['Dusun Krajan Rt/Rw 003/005', '3', '5'],
    ['RT/RW: 012/004 KEL. JATI', '12', '4'],
    ['KRAJAN RT003RW005', '3', '5'],
    ['Rt. 7 Rw. 2', '7', '2'],
    ['RW 05 RT 01 GG. MELATI', '1', '5'],
  ])('reads %s', (address, rt, rw) => {
    expect(extractRtRw(address)).toEqual({ rt, rw });
  });

  it('gives what it finds and null for the rest', () => {
    expect(extractRtRw('JL. PANGLIMA SUDIRMAN RT 04')).toEqual({ rt: '4', rw: null });
    expect(extractRtRw('JL. PANGLIMA SUDIRMAN 12')).toEqual({ rt: null, rw: null });
    expect(extractRtRw('PERTAMA RTX')).toEqual({ rt: null, rw: null });
  });

  it('drops a zero RT or RW, which is a filler', () => {
    expect(extractRtRw('RT 000 RW 002')).toEqual({ rt: null, rw: '2' });
  });

  it('never throws and gives only numbers without leading zeros', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const { rt, rw } = extractRtRw(text);
        for (const n of [rt, rw]) if (n !== null) expect(n).toMatch(/^[1-9]\d{0,2}$/);
      }),
    );
  });
});
