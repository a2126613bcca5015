/** Matching (pemadanan) and review problems. */
import { q, type Definition } from './definition.js';

export const matchingProblems = {
  'match.no_batches': {
    severity: 'error',
    id: (d) => `Belum ada batch DTKS, Regsosek, P3KE atau DTSEN untuk wilayah ${q(d.region)}.`,
    en: (d) => `There is no DTKS, Regsosek, P3KE or DTSEN batch for region ${q(d.region)}.`,
    hintId: () => 'Impor data sumber dengan --region wilayah ini dulu (tepat import).',
    hintEn: () => 'Import the source files with this region as --region first (tepat import).',
  },
  'match.no_run': {
    severity: 'error',
    id: (d) => `Wilayah ${q(d.region)} belum pernah dipadankan.`,
    en: (d) => `Region ${q(d.region)} has not been matched yet.`,
    hintId: () => 'Jalankan tepat match dulu.',
    hintEn: () => 'Run tepat match first.',
  },
  'review.not_found': {
    severity: 'error',
    id: (d) => `Pasangan tinjauan ${q(d.value)} tidak ada (mungkin diganti oleh pemadanan baru).`,
    en: (d) => `There is no review pair ${q(d.value)} (a newer matching run may have replaced it).`,
    hintId: () => 'Buka lagi daftar tinjauan.',
    hintEn: () => 'Open the review queue again.',
  },
} as const satisfies Record<string, Definition>;
