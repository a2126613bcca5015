/**
 * PostgreSQL COPY text format, written by hand because it runs for every cell of every row
 * (millions per import): tab-separated, `\N` for NULL, and backslash, tab, newline and carriage
 * return escaped. Anything else passes through as is.
 */

const special = /[\\\t\n\r]/;

export function copyValue(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '\\N';
  if (typeof value === 'boolean') return value ? 't' : 'f';
  const text = typeof value === 'number' ? String(value) : value;
  if (!special.test(text)) return text;
  return text.replace(/[\\\t\n\r]/g, (c) =>
    c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r',
  );
}

/**
 * One COPY line. Built with `join`, which gives one flat string: a line built with `+=` is a
 * chain of dozens of small string pieces, and an import keeps thousands of lines until they are
 * sent, which made the garbage collector the largest cost of an import.
 */
export function copyLine(
  values: readonly (string | number | boolean | null | undefined)[],
): string {
  const cells = new Array<string>(values.length);
  for (let i = 0; i < values.length; i++) cells[i] = copyValue(values[i]);
  return `${cells.join('\t')}\n`;
}
