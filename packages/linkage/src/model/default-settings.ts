/**
 * Settings for linking people across DTKS, Regsosek, P3KE and DTSEN with the default columns of
 * the record table. A starting point to copy and adjust, not a tuned model: thresholds are
 * Splink's usual defaults and the data decides m, u and λ.
 */
import { blockOn, defaultBlockingRules } from '../blocking/index.js';
import {
  birthDateComparison,
  kkComparison,
  nameComparison,
  nikComparison,
  regionComparison,
  rtRwComparison,
  sexComparison,
} from '../comparison/index.js';
import type { LinkageSettingsInput } from './settings.js';

export function defaultPersonSettings(): LinkageSettingsInput {
  return {
    linkType: 'dedupe',
    comparisons: [
      nameComparison(),
      nikComparison(),
      birthDateComparison(),
      sexComparison(),
      kkComparison(),
      regionComparison(),
      rtRwComparison(),
    ],
    blockingRules: defaultBlockingRules(),
    termFrequency: [{ comparison: 'name' }],
    training: {
      deterministicRules: [blockOn('same NIK and birth date', 'nik', 'birthDate')],
      // Sessions on unrelated columns: NIK (estimates names, dates, places) and name key +
      // desa (estimates NIK and birth date). A rule on birth date would bias the NIK, which
      // embeds the birth date.
      emRules: [
        blockOn('same NIK', 'nik'),
        blockOn('same name key and desa', 'nameKey', 'desaCode'),
      ],
    },
    thresholds: { match: 0.99, review: 0.5 },
  };
}
