/**
 * Turns one row of cell texts into one CSV line, RFC 4180 style: a cell is quoted only when it
 * holds the delimiter, a double quote or a line break, and quotes inside are doubled.
 *
 * Why not csv-stringify on the hot path: writing 1 M people means ~3 M source rows plus as many
 * truth rows within the generator's 30-second budget. Measured for 1 M DTKS rows into a file
 * on the 2-core build machine: csv-stringify ~98 000 rows/s (~10 s, a third of the budget for
 * one file), this encoder with csv-writer.ts's chunking ~740 000 rows/s (~1.4 s). Both write
 * the same bytes; csv-line.test.ts checks that on random cells.
 */

export type CsvLineEncoder = (cells: readonly string[]) => string;

export function csvLineEncoder(delimiter: string): CsvLineEncoder {
  if (delimiter.length !== 1 || /["\r\n]/.test(delimiter)) {
    throw new Error(`unusable CSV delimiter: ${JSON.stringify(delimiter)}`);
  }
  const special = new RegExp(`["\\r\\n${delimiter.replace(/[\\^\]-]/g, '\\$&')}]`);
  const cell = (text: string): string =>
    special.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
  return (cells) => {
    let line = cells.length > 0 ? cell(cells[0] as string) : '';
    for (let i = 1; i < cells.length; i++) line += delimiter + cell(cells[i] as string);
    return line + '\n';
  };
}
