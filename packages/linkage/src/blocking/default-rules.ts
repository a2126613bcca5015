/**
 * Blocking rules for Indonesian person registries: independent keys, so a record with a wrong
 * NIK still meets its twin by name and birth date, and one with a misspelt name by NIK or KK.
 * Names are keyed phonetically (`nameKey`) and tied to a birth year, date or desa, because a
 * name key alone makes blocks of every SITI in the kabupaten.
 */
import { blockOn, type BlockingRule } from './blocking-rule.js';

export function defaultBlockingRules(): BlockingRule[] {
  return [
    blockOn('same NIK', 'nik'),
    blockOn('same name key and birth year', 'nameKey', 'birthYear'),
    blockOn('same birth date, sex and name initial', 'birthDate', 'sex', ['nameKey', 1]),
    blockOn('same No. KK and name start', 'kk', ['nameKey', 2]),
    blockOn('same desa and name key start', 'desaCode', ['nameKey', 4]),
  ];
}
