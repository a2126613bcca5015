import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CopyBytes } from './copy-bytes.js';

/** PostgreSQL's own reading of a COPY text field, to check the writer against. */
function decodeField(field: string): string | null {
  if (field === '\\N') return null;
  return field.replace(/\\(.)/g, (_, c: string) =>
    c === 't' ? '\t' : c === 'n' ? '\n' : c === 'r' ? '\r' : c,
  );
}

const lines = (bytes: Uint8Array) => new TextDecoder().decode(bytes).split('\n').slice(0, -1);

describe('COPY text written as bytes', () => {
  it('round-trips any rows of strings (any Unicode) and NULLs, one line per row', () => {
    const cell = fc.oneof(fc.string({ unit: 'grapheme' }), fc.string(), fc.constant(null));
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 5 }),
        (rows) => {
          // A small start, so that the buffer has to grow mid-cell.
          const out = new CopyBytes(4);
          for (const row of rows) {
            for (const v of row) out.value(v);
            out.end();
          }
          const read = lines(out.take()).map((line) => line.split('\t').map(decodeField));
          expect(read).toEqual(rows);
        },
      ),
    );
  });

  it('encodes exactly as TextEncoder does, lone surrogates included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const out = new CopyBytes(1);
        out.text(s.replace(/[\\\t\n\r]/g, ''));
        expect(Buffer.from(out.take())).toEqual(
          Buffer.from(new TextEncoder().encode(s.replace(/[\\\t\n\r]/g, ''))),
        );
      }),
    );
  });

  it('writes any number as String(n) does, mixed with text cells', () => {
    const number = fc.oneof(
      fc.nat(),
      fc.integer({ min: 999_999_990, max: 1_000_000_010 }),
      fc.integer(),
      fc.double({ noNaN: false }),
    );
    fc.assert(
      fc.property(
        fc.array(fc.oneof(number, fc.string()), { minLength: 1, maxLength: 8 }),
        (row) => {
          const out = new CopyBytes(2);
          for (const v of row) out.value(v);
          out.end();
          const read = lines(out.take())[0]!.split('\t').map(decodeField);
          expect(read).toEqual(row.map((v) => (typeof v === 'number' ? String(v) : v)));
        },
      ),
    );
  });

  it('writes arrays and objects of strings as JSON.stringify does', () => {
    const text = fc.oneof(
      fc.string(),
      fc.string({ unit: 'binary' }),
      fc.string({ unit: 'grapheme' }),
    );
    fc.assert(
      fc.property(
        fc.oneof(fc.array(text, { maxLength: 6 }), fc.dictionary(text, text, { maxKeys: 4 })),
        fc.array(text, { maxLength: 2 }),
        (json, before) => {
          const out = new CopyBytes(2);
          for (const v of before) out.value(v);
          out.json(json).value('after').end();
          const cells = lines(out.take())[0]!.split('\t').map(decodeField);
          expect(cells).toEqual([...before, JSON.stringify(json), 'after']);
        },
      ),
    );
  });

  it('writes NULL, booleans and numbers as PostgreSQL reads them, and starts afresh after take', () => {
    const out = new CopyBytes(8);
    out.value(null).value(undefined).value(true).value(false).value(3).value('\\N').end();
    expect(lines(out.take())).toEqual(['\\N\t\\N\tt\tf\t3\t\\\\N']);
    expect(out.length).toBe(0);
    out.value('a\tb\r\nc').end();
    expect(lines(out.take())).toEqual(['a\\tb\\r\\nc']);
  });
});
