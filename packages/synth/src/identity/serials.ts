/**
 * NIK and No. KK as Dukcapil builds them: the 6-digit kecamatan code, a DDMMYY date (birth date
 * with 40 added to the day for women; for a KK the date the family was entered) and a 4-digit
 * serial counted from 0001 for each 12-digit prefix. One issuer per generated region keeps every
 * number unique, as the real register does.
 */
import type { Sex } from '@tepat/domain';
import { ddmmyyNumberFromDays } from '../population/index.js';

const maxSerial = 9999;

/**
 * Counts serials per 12-digit prefix: per kecamatan, one slot for every DDMMYY (day 01–71 to
 * cover the +40). A typed array rather than a map keyed by prefix: with a million people a
 * prefix map was the slowest step of the whole generator.
 */
/** `0000`…`9999` made once: padding a million serials one by one showed in profiles. */
const serialTexts = Array.from({ length: maxSerial + 1 }, (_, n) => String(n).padStart(4, '0'));

class SerialCounter {
  private readonly counters = new Map<string, Uint16Array>();

  next(kecamatan: string, ddmmyy: number): string {
    let counts = this.counters.get(kecamatan);
    if (!counts) {
      counts = new Uint16Array(72 * 13 * 100);
      this.counters.set(kecamatan, counts);
    }
    const day = Math.floor(ddmmyy / 10000);
    const month = Math.floor(ddmmyy / 100) % 100;
    const year = ddmmyy % 100;
    const slot = (day * 13 + month) * 100 + year;
    const serial = counts[slot]! + 1;
    if (serial > maxSerial)
      throw new RangeError(`serials for ${kecamatan} ${ddmmyy} are exhausted`);
    counts[slot] = serial;
    // DD, MM and YY are the last two digits of the same prepared texts.
    return (
      kecamatan +
      serialTexts[day]!.slice(2) +
      serialTexts[month]!.slice(2) +
      serialTexts[year]!.slice(2) +
      serialTexts[serial]!
    );
  }
}

/** The 6 digits of a kecamatan from any Kemendagri code under it (`35.74.01.1001` → `357401`). */
export function kecamatanDigits(code: string): string {
  const digits = code.replace(/\./g, '').slice(0, 6);
  if (!/^\d{6}$/.test(digits)) throw new RangeError(`not a kecamatan or desa code: ${code}`);
  return digits;
}

export class IdentityIssuer {
  private readonly niks = new SerialCounter();
  private readonly kks = new SerialCounter();

  /** `kecamatan` is the 6-digit code; `birthDays` a day number (days since 1970-01-01). */
  nik(kecamatan: string, birthDays: number, sex: Sex): string {
    return this.niks.next(kecamatan, ddmmyyNumberFromDays(birthDays, sex === 'P' ? 40 : 0));
  }

  kk(kecamatan: string, issueDays: number): string {
    return this.kks.next(kecamatan, ddmmyyNumberFromDays(issueDays));
  }
}
