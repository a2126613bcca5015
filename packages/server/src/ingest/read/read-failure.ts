/**
 * What a format reader throws when the bytes cannot be read as rows. The reader knows what went
 * wrong and on which physical line; only the caller knows the data row number a person would look
 * for, so it turns this into the catalogued problem.
 */
export class ReadFailure extends Error {
  constructor(
    readonly kind: 'malformed_row' | 'xlsx_unreadable',
    readonly reason: string,
    readonly line?: number,
    options?: { cause?: unknown },
  ) {
    super(reason, options);
    this.name = 'ReadFailure';
  }
}
