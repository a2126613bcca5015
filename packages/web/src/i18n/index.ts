/**
 * i18next set-up. Bahasa Indonesia is the default; English is the second language. The choice is
 * kept in localStorage (`tepat.lang`) and a `?lang=en` link overrides it, so a shared link opens
 * in the language it was sent in.
 */
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import id from './id.json';
import en from './en.json';

import { isLanguage, type Language } from './languages.js';

const storageKey = 'tepat.lang';
// Typed against the Indonesian file so a key missing from the English one fails the build.
const english: typeof id = en;

function readStored(): string | null {
  try {
    return localStorage.getItem(storageKey);
  } catch {
    return null; // storage can be disabled (private mode, strict policies)
  }
}

function store(lang: Language): void {
  try {
    localStorage.setItem(storageKey, lang);
  } catch {
    // Not persisting is acceptable; the language still applies to this page.
  }
}

function initialLanguage(): Language {
  const fromUrl = new URLSearchParams(window.location.search).get('lang');
  if (isLanguage(fromUrl)) {
    store(fromUrl);
    return fromUrl;
  }
  const stored = readStored();
  return isLanguage(stored) ? stored : 'id';
}

export function currentLanguage(): Language {
  return isLanguage(i18n.language) ? i18n.language : 'id';
}

export async function setLanguage(lang: Language): Promise<void> {
  store(lang);
  await i18n.changeLanguage(lang);
}

export async function initI18n(): Promise<void> {
  const lng = initialLanguage();
  i18n.on('languageChanged', (lang) => {
    document.documentElement.lang = lang;
  });
  await i18n.use(initReactI18next).init({
    resources: { id: { translation: id }, en: { translation: english } },
    lng,
    fallbackLng: 'id',
    interpolation: { escapeValue: false }, // React escapes already
  });
  document.documentElement.lang = lng;
}

export { useDateTime, useFormatNumber } from './format.js';
export { isLanguage, languages, localeOf, type Language } from './languages.js';
