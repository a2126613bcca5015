/**
 * Why a draft maps a column as it does, in both languages the profile editor speaks: the data
 * steward reads it next to each guess, in Indonesian unless they chose English.
 */
export interface Reason {
  id: string;
  en: string;
}

export const reason = (en: string, id: string): Reason => ({ en, id });
