import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { isLanguage, localeOf } from './languages.js';

/** Formats counts the way the reader's language writes them: 84.276 in Indonesian, 84,276 in English. */
export function useFormatNumber(): (n: number) => string {
  const { i18n } = useTranslation();
  const lang = isLanguage(i18n.language) ? i18n.language : 'id';
  return useMemo(() => {
    const format = new Intl.NumberFormat(localeOf(lang));
    return (n: number) => format.format(n);
  }, [lang]);
}

/** An ISO time as the reader's language writes a date and time. */
export function useDateTime(): (iso: string) => string {
  const { i18n } = useTranslation();
  const lang = isLanguage(i18n.language) ? i18n.language : 'id';
  return useMemo(() => {
    const format = new Intl.DateTimeFormat(localeOf(lang), {
      dateStyle: 'medium',
      timeStyle: 'short',
    });
    return (iso: string) => format.format(new Date(iso));
  }, [lang]);
}
