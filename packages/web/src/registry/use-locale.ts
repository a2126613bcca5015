import { useTranslation } from 'react-i18next';
import { isLanguage, localeOf } from '../i18n/index.js';

/** BCP 47 locale of the reader's language, for percentages and dates. */
export function useLocale(): string {
  const { i18n } = useTranslation();
  return localeOf(isLanguage(i18n.language) ? i18n.language : 'id');
}
