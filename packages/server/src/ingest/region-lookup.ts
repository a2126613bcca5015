/**
 * The ingest side of the region resolver: turns what a row says about its place (code parts,
 * a full code, or names by level) into one resolver query, and caches the answer by that text —
 * a file of a million rows names only a few hundred distinct desa.
 */
import { joinRegionCodeParts, type RegionLevel } from '@tepat/domain';
import { resolveRegion, type RegionIndex, type RegionQueryPart } from '../regions/pure.js';

export interface RowRegion {
  provinsiCode?: string | undefined;
  kabkotaCode?: string | undefined;
  kecamatanCode?: string | undefined;
  desaCode?: string | undefined;
  regionCode?: string | undefined;
  provinsiName?: string | undefined;
  kabkotaName?: string | undefined;
  kecamatanName?: string | undefined;
  desaName?: string | undefined;
}

export type RegionAnswer =
  | { status: 'resolved'; code: string; level: RegionLevel }
  | { status: 'ambiguous'; candidates: string[] }
  | { status: 'unknown' };

function query(r: RowRegion): RegionQueryPart[] {
  const parts = joinRegionCodeParts([r.provinsiCode, r.kabkotaCode, r.kecamatanCode, r.desaCode]);
  if (parts) return [{ text: parts }];
  if (r.regionCode?.trim()) return [{ text: r.regionCode }];
  const named: [string | undefined, RegionLevel][] = [
    [r.provinsiName, 'provinsi'],
    [r.kabkotaName, 'kabkota'],
    [r.kecamatanName, 'kecamatan'],
    [r.desaName, 'desa'],
  ];
  return named
    .filter(([text]) => text?.trim())
    .map(([text, level]) => ({ text: text ?? '', level }));
}

/** A cached lookup for one import; `within` is the batch's region, when known. */
export function createRegionLookup(
  index: RegionIndex,
  within?: string,
): (r: RowRegion) => RegionAnswer {
  const cache = new Map<string, RegionAnswer>();
  return (r) => {
    const parts = query(r);
    if (parts.length === 0) return { status: 'unknown' };
    const key = parts.map((p) => `${p.level ?? ''}:${p.text}`).join('|');
    let answer = cache.get(key);
    if (!answer) {
      // Names are resolved inside the batch's region; codes on their own, so that a code
      // outside it is reported as outside rather than as unknown.
      const isCode = parts.length === 1 && /^[\d.\s-]+$/.test(parts[0]?.text ?? '');
      const res = resolveRegion(index, parts, {
        within: isCode ? undefined : within,
        codeSystem: 'kemendagri',
      });
      answer =
        res.status === 'resolved'
          ? { status: 'resolved', code: res.region.code, level: res.region.level }
          : res.status === 'ambiguous'
            ? { status: 'ambiguous', candidates: res.candidates.map((c) => c.code) }
            : { status: 'unknown' };
      cache.set(key, answer);
    }
    return answer;
  };
}
