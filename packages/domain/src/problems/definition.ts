/** The shape of a catalogue entry, shared by the parts of the problem catalogue. */

export type Severity = 'error' | 'warning';

/** Where and what: every field is optional because not every problem has a file or a row. */
export interface ProblemData {
  file?: string;
  /** 1-based data row (the header is row 0), as a data steward counts rows. */
  row?: number;
  column?: string;
  value?: string;
  [key: string]: string | number | undefined;
}

export interface Definition {
  severity: Severity;
  id: (d: ProblemData) => string;
  en: (d: ProblemData) => string;
  /** What the person should do next. */
  hintId?: (d: ProblemData) => string;
  hintEn?: (d: ProblemData) => string;
}

/** A value quoted for a message, or nothing when absent. */
export const q = (v: string | number | undefined): string => (v === undefined ? '' : `"${v}"`);
