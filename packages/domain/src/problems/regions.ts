/** Region problems. */
import { q, type Definition } from './definition.js';

export const regionsProblems = {
  // --- Regions ---------------------------------------------------------------------------
  'region.unknown': {
    severity: 'error',
    id: (d) => `Wilayah ${q(d.value)} tidak ditemukan${d.within ? ` di dalam ${d.within}` : ''}.`,
    en: (d) => `Region ${q(d.value)} was not found${d.within ? ` within ${d.within}` : ''}.`,
    hintId: () =>
      'Periksa ejaan, tulis kode Kemendagri (mis. 35.74.05), atau sebutkan wilayah induknya (--within).',
    hintEn: () =>
      'Check the spelling, give the Kemendagri code (e.g. 35.74.05), or name its parent region (--within).',
  },
  'region.ambiguous': {
    severity: 'error',
    id: (d) => `Wilayah ${q(d.value)} bisa berarti beberapa wilayah: ${d.candidates}.`,
    en: (d) => `Region ${q(d.value)} could mean several regions: ${d.candidates}.`,
    hintId: () => 'Sebutkan wilayah induknya (--within) atau tulis kodenya.',
    hintEn: () => 'Name its parent region (--within) or give its code.',
  },
  'region.code_unknown': {
    severity: 'error',
    id: (d) => `Kode wilayah ${q(d.value)} tidak ada dalam daftar Kemendagri maupun padanan BPS.`,
    en: (d) => `Region code ${q(d.value)} is in neither the Kemendagri list nor the BPS crosswalk.`,
    hintId: () => 'Periksa kode; kode Kemendagri berbentuk PP.KK.CC.DDDD.',
    hintEn: () => 'Check the code; Kemendagri codes look like PP.KK.CC.DDDD.',
  },
  'region.not_found': {
    severity: 'error',
    id: (d) => `Wilayah dengan kode ${q(d.value)} tidak ada.`,
    en: (d) => `There is no region with code ${q(d.value)}.`,
  },
  'synth.region_level': {
    severity: 'error',
    id: (d) => `Wilayah sintetis ${q(d.value)} harus berupa kabupaten/kota atau provinsi.`,
    en: (d) => `Synthetic region ${q(d.value)} must be a kabupaten/kota or a province.`,
    hintId: () => 'Contoh: --region 35.74 (Kota Probolinggo) atau --region 35 (Jawa Timur).',
    hintEn: () => 'For example --region 35.74 (Kota Probolinggo) or --region 35 (Jawa Timur).',
  },
} as const satisfies Record<string, Definition>;
