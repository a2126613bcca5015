import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { isLanguage, localeOf } from '../i18n/index.js';

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
