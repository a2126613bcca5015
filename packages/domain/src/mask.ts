/**
 * Masking of NIK and No. KK for lists, pages and exports (UU 27/2022: show no more personal data
 * than the task needs). The region part (first four: province and kabupaten) and the last four
 * stay, so a person can still be told apart on a list and checked against a card in hand;
 * `3574050101900001` → `3574********0001`. Values too short to keep both ends are masked whole.
 */
const KEEP = 4;

export function maskNumber(value: string): string;
export function maskNumber(value: string | null): string | null;
export function maskNumber(value: string | null): string | null {
  if (value === null) return null;
  const chars = [...value];
  if (chars.length <= 2 * KEEP) return '*'.repeat(chars.length);
  return (
    chars.slice(0, KEEP).join('') +
    '*'.repeat(chars.length - 2 * KEEP) +
    chars.slice(chars.length - KEEP).join('')
  );
}

/** Whether a value is already masked (has the mask character): a masked value is never a key. */
export const isMasked = (value: string): boolean => value.includes('*');
