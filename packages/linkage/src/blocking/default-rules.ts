/**
 * Blocking rules for Indonesian person registries: independent keys, so a record with a wrong
 * NIK still meets its twin by name and birth date, one with a misspelt name by NIK, KK or desa and
 * birth date, one without a birth date by name and desa.
 *
 * Every key is nearly unique to a person (NIK, KK + initial, name key + full birth date, desa +
 * name key + year or RT/RW), so candidate pairs grow with the number of records, not with its
 * square. Keys on a fixed set of values (a name key with only a birth year, a desa with only a
 * name initial) make blocks that grow with the region: at 100,000 people they gave 9 pairs per
 * record, at 1,000,000 about 70. Rules on names, dates and places are capped at
 * `heapBlockSize`: a block that big is a placeholder (a default birth date, a very common name in
 * a big desa), not a family, and its records still meet through the other rules.
 */
import { blockOn, capped, type BlockingRule } from './blocking-rule.js';

export const heapBlockSize = 20;

export function defaultBlockingRules(): BlockingRule[] {
  return [
    blockOn('same NIK', 'nik'),
    capped(blockOn('same name key and birth date', 'nameKey', 'birthDate'), heapBlockSize),
    blockOn('same No. KK and name initial', 'kk', ['nameKey', 1]),
    capped(blockOn('same desa and birth date', 'desaCode', 'birthDate'), heapBlockSize),
    capped(
      blockOn('same desa, name key and birth year', 'desaCode', 'nameKey', 'birthYear'),
      heapBlockSize,
    ),
    capped(blockOn('same desa, RT/RW and name key', 'desaCode', 'rtRw', 'nameKey'), heapBlockSize),
  ];
}
