/** Registry (golden records) problems. */
import { q, type Definition } from './definition.js';

export const registryProblems = {
  'registry.person_not_found': {
    severity: 'error',
    id: (d) => `Orang ${q(d.value)} tidak ada di registri (pada tanggal ${d.asOf ?? 'terkini'}).`,
    en: (d) => `There is no person ${q(d.value)} in the registry (as of ${d.asOf ?? 'now'}).`,
    hintId: () => 'Periksa id (O…) dan tanggal; bangun registri dengan tepat registry build.',
    hintEn: () => 'Check the id (O…) and the date; build the registry with tepat registry build.',
  },
  'registry.family_not_found': {
    severity: 'error',
    id: (d) =>
      `Keluarga ${q(d.value)} tidak ada di registri (pada tanggal ${d.asOf ?? 'terkini'}).`,
    en: (d) => `There is no family ${q(d.value)} in the registry (as of ${d.asOf ?? 'now'}).`,
    hintId: () => 'Periksa id (K…) dan tanggal.',
    hintEn: () => 'Check the id (K…) and the date.',
  },
  'registry.rule_unknown': {
    severity: 'error',
    id: (d) => `Aturan registri ${q(d.value)} tidak dikenal.`,
    en: (d) => `There is no registry rule ${q(d.value)}.`,
    hintId: () => 'Nama aturan: person.<kolom>, family.<kolom> atau status (tepat registry rules).',
    hintEn: () => 'Rule names: person.<field>, family.<field> or status (tepat registry rules).',
  },
  'registry.rule_invalid': {
    severity: 'error',
    id: (d) => `Aturan registri ${q(d.value)} tidak sah: ${d.reason}`,
    en: (d) => `Registry rule ${q(d.value)} is not valid: ${d.reason}`,
  },
  'registry.export_format': {
    severity: 'error',
    id: (d) => `Berkas ${q(d.value)} harus berakhiran .xlsx atau .csv.`,
    en: (d) => `File ${q(d.value)} must end in .xlsx or .csv.`,
  },
} as const satisfies Record<string, Definition>;
