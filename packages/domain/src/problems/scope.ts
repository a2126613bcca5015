/** Region scope problems: what a user may see by region, and revealing masked numbers. */
import { q, type Definition } from './definition.js';

export const scopeProblems = {
  'scope.invalid': {
    severity: 'error',
    id: (d) => `Cakupan wilayah ${q(d.value)} tidak sah.`,
    en: (d) => `The region scope ${q(d.value)} is not valid.`,
    hintId: () =>
      'Cakupan adalah kode wilayah Kemendagri (35.74, 35.74.05, 35.74.05.1001) atau * untuk semua.',
    hintEn: () =>
      'A scope is a Kemendagri region code (35.74, 35.74.05, 35.74.05.1001) or * for everything.',
  },
  'scope.region_outside': {
    severity: 'error',
    id: (d) => `Wilayah ${q(d.value)} berada di luar wilayah kerja Anda (${d.scope}).`,
    en: (d) => `Region ${q(d.value)} is outside your working region (${d.scope}).`,
    hintId: () =>
      'Pilih wilayah di dalam wilayah kerja Anda, atau minta administrator mengubahnya.',
    hintEn: () =>
      'Choose a region inside your working region, or ask an administrator to change it.',
  },
} as const satisfies Record<string, Definition>;
