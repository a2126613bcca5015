/**
 * fast-check generators for NIK and No. KK tests: well-formed numbers from a handful of real
 * kecamatan, and the ways people format them. Test-only; nothing in the product imports this.
 */
import fc from 'fast-check';

/** Existing kecamatan in Kota and Kab. Probolinggo, Kota Bandung, Kota Jayapura, Aceh Selatan. */
export const knownKecamatan = ['35.74.05', '35.13.01', '32.73.01', '91.71.01', '11.01.01'] as const;

const knownCodes = new Set(knownKecamatan.flatMap((c) => [c.slice(0, 2), c.slice(0, 5), c]));

export const regionExists = (code: string): boolean => knownCodes.has(code);

/** Tests decide "today" so they do not change meaning as years pass. */
export const referenceDate = new Date(2025, 5, 30);

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** A real calendar day; the components come from `Date`, not from the code under test. */
export const calendarDay = (fromYear: number, toYear: number) =>
  fc
    .date({
      min: new Date(Date.UTC(fromYear, 0, 1)),
      max: new Date(Date.UTC(toYear, 11, 31)),
      noInvalidDate: true,
    })
    .map((d) => ({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() }));

export const isoOf = (d: { year: number; month: number; day: number }): string =>
  `${d.year}-${pad2(d.month)}-${pad2(d.day)}`;

export const serial = fc.integer({ min: 1, max: 9999 }).map((n) => String(n).padStart(4, '0'));

export const validNik = fc
  .record({
    kecamatan: fc.constantFrom(...knownKecamatan),
    date: calendarDay(1930, 2024),
    sex: fc.constantFrom('L' as const, 'P' as const),
    serial,
  })
  .map((g) => {
    const dayField = g.date.day + (g.sex === 'P' ? 40 : 0);
    const yy = pad2(g.date.year % 100);
    const nik = `${g.kecamatan.replaceAll('.', '')}${pad2(dayField)}${pad2(g.date.month)}${yy}${g.serial}`;
    return { ...g, nik, birthDate: isoOf(g.date) };
  });

export const validKk = fc
  .record({ kecamatan: fc.constantFrom(...knownKecamatan), date: calendarDay(1990, 2024), serial })
  .map((g) => {
    const ddmmyy = `${pad2(g.date.day)}${pad2(g.date.month)}${pad2(g.date.year % 100)}`;
    return {
      ...g,
      kk: `${g.kecamatan.replaceAll('.', '')}${ddmmyy}${g.serial}`,
      issueDate: isoOf(g.date),
    };
  });

/**
 * The number as a person or a spreadsheet might write it: split into groups by spaces, dots or
 * dashes, with surrounding spaces and Excel's leading apostrophe.
 */
export const formatted = (digits: string) =>
  fc
    .record({
      cuts: fc.uniqueArray(fc.integer({ min: 1, max: digits.length - 1 }), { maxLength: 4 }),
      separator: fc.constantFrom(' ', '.', '-', '  ', '\u00a0'),
      apostrophe: fc.boolean(),
      before: fc.constantFrom('', ' ', '\t'),
      after: fc.constantFrom('', ' ', '\n'),
    })
    .map((f) => {
      const cuts = [0, ...f.cuts.sort((a, b) => a - b), digits.length];
      const groups = cuts.slice(1).map((end, i) => digits.slice(cuts[i], end));
      return `${f.before}${f.apostrophe ? "'" : ''}${groups.join(f.separator)}${f.after}`;
    });
