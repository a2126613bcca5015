export { planHousehold, type PlannedMember } from './household-plan.js';
export {
  daysFromIso,
  daysPerYear,
  ddmmyyFromDays,
  ddmmyyNumberFromDays,
  isoFromDays,
  yearOfDays,
} from './dates.js';
export { maritalStatuses, relations, type MaritalStatus, type RelationCode } from './relations.js';
