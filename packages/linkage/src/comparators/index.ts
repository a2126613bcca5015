// String, token, date, identifier and address comparators: pure functions on values.
export { jaro, jaroWinkler, jaroRange, jaroWinklerRange } from './jaro.js';
export type { JaroWinklerOptions } from './jaro.js';
export {
  damerauLevenshteinDistance,
  osaDistance,
  withinEditDistance,
  withinOneEdit,
} from './damerau-levenshtein.js';
export {
  initialsAgree,
  mongeElkan,
  sameTokensReordered,
  tokenCount,
  tokenSetSimilarity,
} from './tokens.js';
export {
  dateDistanceDays,
  dateNumbersAgreeOnKnownParts,
  dateNumbersDayMonthSwapped,
  dateNumbersDistanceDays,
  dateNumbersExact,
  dateNumbersSameYear,
  dateNumbersWithinDays,
  dateNumbersWithinYears,
  datesAgreeOnKnownParts,
  datesDayMonthSwapped,
  datesExact,
  datesSameYear,
  datesWithinDays,
  datesWithinYears,
  readDate,
} from './dates.js';
export {
  adjacentTransposition,
  isSixteenDigits,
  kkSameAreaAndDate,
  nikRecordAgreement,
  nikSameAreaAndBirth,
  nikSameBirthPart,
  nikSex,
  oneSubstitution,
  sameDigitPrefix,
  sameIssuingKecamatan,
} from './identifiers.js';
export type { NikRecordAgreement } from './identifiers.js';
export { readRtRw, rtRwNumbersSame, rtRwNumbersSameRw, sameRtRw, sameRw } from './address.js';
