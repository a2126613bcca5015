import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { stringify } from 'csv-stringify/sync';
import { csvLineEncoder } from './csv-line.js';
import { awkwardText } from './observed.arbitraries.js';

describe('csvLineEncoder', () => {
  it('quotes only cells holding the delimiter, a quote or a line break', () => {
    const encode = csvLineEncoder(';');
    expect(encode(['a', 'b,c', 'd;e', 'say "hi"', 'two\nlines', ''])).toBe(
      'a;b,c;"d;e";"say ""hi""";"two\nlines";\n',
    );
  });

  it.each([';', ',', '|'])('writes the same bytes as csv-stringify with %j', (delimiter) => {
    const encode = csvLineEncoder(delimiter);
    fc.assert(
      fc.property(fc.array(awkwardText, { minLength: 1, maxLength: 8 }), (cells) => {
        expect(encode(cells)).toBe(stringify([cells], { delimiter, record_delimiter: 'unix' }));
      }),
    );
  });

  it('refuses a delimiter it cannot write', () => {
    expect(() => csvLineEncoder('"')).toThrow();
    expect(() => csvLineEncoder(';;')).toThrow();
  });
});
