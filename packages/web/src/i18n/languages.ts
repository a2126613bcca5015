export const languages = ['id', 'en'] as const;
export type Language = (typeof languages)[number];

export function isLanguage(value: string | null | undefined): value is Language {
  return value != null && (languages as readonly string[]).includes(value);
}

/** BCP 47 locale for number formatting: Indonesian groups thousands with dots (84.276). */
export function localeOf(lang: Language): string {
  return lang === 'id' ? 'id-ID' : 'en-US';
}
