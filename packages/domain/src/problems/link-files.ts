/** Problems of `tepat link-files`: linking CSV/.xlsx files of any layout. */
import { q, type Definition } from './definition.js';

export const linkFilesProblems = {
  'linkFiles.settings_or_auto': {
    severity: 'error',
    id: () => 'Pilih salah satu: --settings <berkas.json> atau --auto.',
    en: () => 'Choose one: --settings <file.json> or --auto.',
    hintId: () =>
      'Jalankan dulu dengan --auto; pengaturan yang dipilihnya tercetak dan dapat disimpan lalu diubah.',
    hintEn: () =>
      'Start with --auto; the settings it chooses are printed and can be saved and edited.',
  },
  'linkFiles.settings_unreadable': {
    severity: 'error',
    id: (d) => `Berkas pengaturan ${q(d.file)} tidak dapat dibaca sebagai JSON: ${d.reason}`,
    en: (d) => `The settings file ${q(d.file)} cannot be read as JSON: ${d.reason}`,
  },
  'linkFiles.settings_invalid': {
    severity: 'error',
    id: (d) => `Pengaturan dalam ${q(d.file)} tidak sah:\n${d.issues}`,
    en: (d) => `The settings in ${q(d.file)} are not valid:\n${d.issues}`,
    hintId: () =>
      'Setiap baris menyebut jalur JSON yang salah. Kolom yang disebut harus ada di berkas atau di "columns".',
    hintEn: () =>
      'Each line names the JSON path at fault. Columns named must come from the files or from "columns".',
  },
  'linkFiles.nothing_to_compare': {
    severity: 'error',
    id: (d) =>
      `Tidak ada kolom yang dapat dibandingkan dalam ${d.files}: semua kolom kosong, berupa nomor rekaman, atau kategori.`,
    en: (d) =>
      `No column to compare in ${d.files}: every column is empty, a record id or a category.`,
    hintId: () => 'Tulis pengaturan sendiri dengan --settings dan bagian "columns".',
    hintEn: () => 'Write settings yourself with --settings and a "columns" section.',
  },
  'linkFiles.duplicate_source': {
    severity: 'error',
    id: (d) => `Dua berkas bernama sama (${q(d.source)}); nama berkas menjadi nama sumber.`,
    en: (d) => `Two files share the name ${q(d.source)}; a file's name is its source name.`,
    hintId: () => 'Ganti nama salah satu berkas.',
    hintEn: () => 'Rename one of the files.',
  },
} as const satisfies Record<string, Definition>;
