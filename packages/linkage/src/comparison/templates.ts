/**
 * Ready-made comparisons for the attributes Indonesian registries share, in the spirit of
 * Splink's comparison library. They expect standardised columns: `name` normalised by
 * `normaliseName`, `nameKey` from `keyOfNormalisedName`, NIK and KK as 16 digits, dates as
 * `YYYY-MM-DD` with `00` for unknown parts, sex as L/P. Column names can be overridden; the
 * thresholds are Splink's defaults until Tepat's own data says otherwise.
 */
import { defineComparison, type Comparison } from './comparison.js';

export function nameComparison({ column = 'name', keyColumn = 'nameKey' } = {}): Comparison {
  return defineComparison({
    name: 'name',
    column,
    levels: [
      { kind: 'null', label: 'name missing' },
      { kind: 'exact', label: 'name exact' },
      { kind: 'exact', column: keyColumn, label: 'same phonetic key' },
      { kind: 'tokensReordered', label: 'same words, other order' },
      { kind: 'jaroWinkler', threshold: 0.92, label: 'Jaro–Winkler ≥ 0.92' },
      { kind: 'initials', label: 'agrees up to initials' },
      { kind: 'jaroWinkler', threshold: 0.88, label: 'Jaro–Winkler ≥ 0.88' },
      { kind: 'mongeElkan', threshold: 0.88, label: 'words match (Monge–Elkan ≥ 0.88)' },
      { kind: 'jaroWinkler', threshold: 0.7, label: 'Jaro–Winkler ≥ 0.70' },
      { kind: 'else', label: 'names differ' },
    ],
  });
}

export function nikComparison({ column = 'nik' } = {}): Comparison {
  return defineComparison({
    name: 'nik',
    column,
    levels: [
      { kind: 'null', label: 'NIK missing' },
      { kind: 'exact', label: 'NIK exact' },
      { kind: 'oneSubstitution', label: 'one digit differs' },
      { kind: 'adjacentTransposition', label: 'two neighbouring digits swapped' },
      { kind: 'nikSameAreaAndBirth', label: 'only the serial differs' },
      { kind: 'nikSameBirthPart', label: 'same birth date and sex in the NIK' },
      { kind: 'else', label: 'NIKs differ' },
    ],
  });
}

export function birthDateComparison({ column = 'birthDate' } = {}): Comparison {
  return defineComparison({
    name: 'birthDate',
    column,
    levels: [
      { kind: 'null', label: 'birth date missing' },
      { kind: 'dateExact', label: 'birth date exact' },
      { kind: 'dateKnownPartsAgree', label: 'partial date, known parts agree' },
      { kind: 'dateDayMonthSwapped', label: 'day and month swapped' },
      { kind: 'editDistance', maxDistance: 1, label: 'one character differs' },
      { kind: 'dateWithinDays', days: 31, label: 'within a month' },
      { kind: 'dateWithinYears', years: 1, label: 'within a year' },
      { kind: 'dateWithinYears', years: 10, label: 'within ten years' },
      { kind: 'else', label: 'birth dates differ' },
    ],
  });
}

export function kkComparison({ column = 'kk' } = {}): Comparison {
  return defineComparison({
    name: 'kk',
    column,
    levels: [
      { kind: 'null', label: 'No. KK missing' },
      { kind: 'exact', label: 'No. KK exact' },
      { kind: 'oneSubstitution', label: 'one digit differs' },
      { kind: 'adjacentTransposition', label: 'two neighbouring digits swapped' },
      { kind: 'kkSameAreaAndDate', label: 'same kecamatan and entry date' },
      { kind: 'sameIssuingKecamatan', label: 'same issuing kecamatan' },
      { kind: 'else', label: 'No. KK differ' },
    ],
  });
}

/** Kemendagri desa/kelurahan code of the address, dotted or not. */
export function regionComparison({ column = 'desaCode' } = {}): Comparison {
  return defineComparison({
    name: 'region',
    column,
    levels: [
      { kind: 'null', label: 'region missing' },
      { kind: 'codePrefix', digits: 10, label: 'same desa/kelurahan' },
      { kind: 'codePrefix', digits: 6, label: 'same kecamatan' },
      { kind: 'codePrefix', digits: 4, label: 'same kabupaten/kota' },
      { kind: 'else', label: 'regions differ' },
    ],
  });
}

/** RT/RW; only meaningful inside one desa, so combine with `regionComparison` in blocking. */
export function rtRwComparison({ column = 'rtRw' } = {}): Comparison {
  return defineComparison({
    name: 'rtRw',
    column,
    levels: [
      { kind: 'null', label: 'RT/RW missing' },
      { kind: 'sameRtRw', label: 'same RT and RW' },
      { kind: 'sameRw', label: 'same RW' },
      { kind: 'else', label: 'RT/RW differ' },
    ],
  });
}

export function sexComparison({ column = 'sex' } = {}): Comparison {
  return defineComparison({
    name: 'sex',
    column,
    levels: [
      { kind: 'null', label: 'sex missing' },
      { kind: 'exact', label: 'same sex' },
      { kind: 'else', label: 'sex differs' },
    ],
  });
}

/**
 * A person's name held in two columns (FEBRL's given_name/surname, English registers), scored on
 * their join (`column`, with its phonetic key) and falling back to each part: Splink's
 * forename/surname comparison, with a swap level for names written family-first.
 */
export function forenameSurnameComparison({
  column = 'name',
  keyColumn = 'nameKey',
  forenameColumn = 'givenName',
  surnameColumn = 'surname',
} = {}): Comparison {
  return defineComparison({
    name: 'name',
    column,
    levels: [
      { kind: 'null', label: 'name missing' },
      { kind: 'exact', label: 'forename and surname exact' },
      { kind: 'tokensReordered', label: 'forename and surname swapped' },
      { kind: 'exact', column: keyColumn, label: 'same phonetic key' },
      { kind: 'jaroWinkler', threshold: 0.92, label: 'Jaro–Winkler ≥ 0.92' },
      { kind: 'jaroWinkler', threshold: 0.88, label: 'Jaro–Winkler ≥ 0.88' },
      { kind: 'exact', column: surnameColumn, label: 'surname exact' },
      { kind: 'exact', column: forenameColumn, label: 'forename exact' },
      { kind: 'jaroWinkler', threshold: 0.7, label: 'Jaro–Winkler ≥ 0.70' },
      { kind: 'else', label: 'names differ' },
    ],
  });
}

/** Any free text (a street, a suburb, a place of birth): exact, then close spellings. */
export function textComparison(name: string, { column = name } = {}): Comparison {
  return defineComparison({
    name,
    column,
    levels: [
      { kind: 'null', label: `${name} missing` },
      { kind: 'exact', label: `${name} exact` },
      { kind: 'editDistance', maxDistance: 1, label: 'one character differs' },
      { kind: 'jaroWinkler', threshold: 0.88, label: 'Jaro–Winkler ≥ 0.88' },
      { kind: 'tokenSet', threshold: 0.5, label: 'half the words shared' },
      { kind: 'else', label: `${name} differs` },
    ],
  });
}

/**
 * Any code or number typed by hand (a postcode, a house number, a social security number):
 * exact, then the two keying slips, one character wrong or two neighbours swapped.
 */
export function codeComparison(name: string, { column = name } = {}): Comparison {
  return defineComparison({
    name,
    column,
    levels: [
      { kind: 'null', label: `${name} missing` },
      { kind: 'exact', label: `${name} exact` },
      { kind: 'oneSubstitution', label: 'one character differs' },
      { kind: 'adjacentTransposition', label: 'two neighbouring characters swapped' },
      { kind: 'else', label: `${name} differs` },
    ],
  });
}
