/**
 * Test material for the normaliser: the four built-in layouts as small profiles written after
 * SOURCES.md (the real built-in profiles are kept in profiles/), and a region resolver backed by
 * a hand-written table of a few Kota and Kabupaten Probolinggo regions.
 */
import { joinRegionCodeParts, levelOfCode, parentCode, parseRegionCode } from '@tepat/domain';
import { builtinProfile } from '../profiles/index.js';
import type { NormaliserDeps, RegionParts, RegionResolution } from './index.js';

/** Code → name. JATI under Kedopok is invented, to have one desa name in two kecamatan. */
export const regionTable: Record<string, string> = {
  '35': 'JAWA TIMUR',
  '35.13': 'PROBOLINGGO',
  '35.13.01': 'SUKAPURA',
  '35.13.01.2001': 'NGADAS',
  '35.74': 'PROBOLINGGO',
  '35.74.01': 'MAYANGAN',
  '35.74.01.1003': 'JATI',
  '35.74.04': 'KANIGARAN',
  '35.74.04.1001': 'TISNONEGARAN',
  '35.74.05': 'KEDOPOK',
  '35.74.05.1005': 'KEDOPOK',
  '35.74.05.1009': 'JATI',
};

const prefixes = /^(KOTA|KAB\.?|KABUPATEN|KEC\.?|KECAMATAN|DESA|KELURAHAN)\s+/;

function resolved(code: string): RegionResolution {
  return { status: 'resolved', code, level: levelOfCode(code) };
}

/** By code when the row has one, otherwise by names walked from the province down. */
export function fakeResolveRegion(parts: RegionParts): RegionResolution {
  const code =
    parts.regionCode !== undefined
      ? parseRegionCode(parts.regionCode)
      : joinRegionCodeParts([
          parts.provinsiCode,
          parts.kabkotaCode,
          parts.kecamatanCode,
          parts.desaCode,
        ]);
  if (code !== undefined) return code in regionTable ? resolved(code) : { status: 'unknown' };
  const names = [parts.provinsiName, parts.kabkotaName, parts.kecamatanName, parts.desaName];
  if (names.every((n) => n === undefined)) return { status: 'unknown' };
  let scope: string[] = [''];
  names.forEach((name, depth) => {
    if (name === undefined) return;
    const upper = name.toUpperCase();
    const wanted = upper.replace(prefixes, '').trim();
    // "KOTA PROBOLINGGO" and "KAB. PROBOLINGGO" share a name; Kemendagri numbers kota from 71.
    const kota = upper.startsWith('KOTA') ? true : upper.startsWith('KAB') ? false : undefined;
    scope = Object.keys(regionTable).filter(
      (c) =>
        c.split('.').length === depth + 1 &&
        (depth !== 1 || kota === undefined || kota === Number(c.slice(3, 5)) >= 70) &&
        regionTable[c] === wanted &&
        scope.some((s) => s === '' || (parentCode(c) ?? '').startsWith(s)),
    );
  });
  if (scope.length === 0) return { status: 'unknown' };
  return scope.length === 1 ? resolved(scope[0] ?? '') : { status: 'ambiguous', candidates: scope };
}

export const referenceDate = new Date(2026, 10, 23);

export function deps(overrides: Partial<NormaliserDeps> = {}): NormaliserDeps {
  return {
    resolveRegion: fakeResolveRegion,
    regionExists: (code) => code in regionTable,
    referenceDate,
    ...overrides,
  };
}

// The built-in profiles themselves: the normaliser is tested on what real imports use.
export const dtks = builtinProfile('dtks');
export const dtksHeader = Object.keys(dtks.columns);
export const regsosek = builtinProfile('regsosek');
export const regsosekHeader = Object.keys(regsosek.columns);
export const p3ke = builtinProfile('p3ke');
export const p3keHeader = Object.keys(p3ke.columns);
export const dtsen = builtinProfile('dtsen');
export const dtsenHeader = Object.keys(dtsen.columns);

export function cellsOf(header: readonly string[], values: Record<string, string>): string[] {
  return header.map((h) => values[h] ?? '');
}

/** A man born 12 May 1980 and a woman born 3 July 1985, both issued in Kanigaran. */
export const nikMan = '3574041205800001';
export const nikWoman = '3574044307850002';
export const kkKanigaran = '3574041503100003';
