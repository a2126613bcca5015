import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { copyLine, copyValue } from './copy-text.js';

/** PostgreSQL's own reading of a COPY text field, to check the encoder against. */
function decode(field: string): string | null {
  if (field === '\\N') return null;
  return field.replace(/\\(.)/g, (_, c: string) =>
    c === 't' ? '\t' : c === 'n' ? '\n' : c === 'r' ? '\r' : c,
  );
}

describe('COPY text format', () => {
  it('round-trips any string, and keeps one line per row', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.string(), fc.constant(null)), { minLength: 1, maxLength: 6 }),
        (values) => {
          const line = copyLine(values);
          expect(line.endsWith('\n')).toBe(true);
          expect(line.slice(0, -1)).not.toContain('\n');
          expect(line.slice(0, -1).split('\t').map(decode)).toEqual(values);
        },
      ),
    );
  });

  it('writes NULL, booleans and numbers as PostgreSQL reads them', () => {
    expect(copyValue(null)).toBe('\\N');
    expect(copyValue(undefined)).toBe('\\N');
    expect(copyValue(true)).toBe('t');
    expect(copyValue(3)).toBe('3');
    expect(copyValue('\\N')).toBe('\\\\N');
  });
});
