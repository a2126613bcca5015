/**
 * The region reference for pure tests, read with the same readers start-up uses
 * (`regions/reference-files.ts`) but without a database: the Kemendagri regions of
 * `idn-area-data` and the BPS codes of the crosswalks in `packages/server/data/bps`.
 */
import {
  readBpsCodes,
  readKemendagriRegions,
  type BpsCodeEntry,
  type RegionEntry,
} from '../regions/index.js';

export interface RegionReference {
  regions: RegionEntry[];
  bpsCodes: BpsCodeEntry[];
  /** Crosswalk rows left out because their Kemendagri code now names another region or none. */
  droppedBpsRows: { bpsCode: string; bpsName: string; code: string }[];
}

let loaded: Promise<RegionReference> | undefined;

export function loadRegionReference(): Promise<RegionReference> {
  loaded ??= (async () => {
    const regions = await readKemendagriRegions();
    const bps = await readBpsCodes(new Map(regions.map((r) => [r.code, r])));
    return { regions, bpsCodes: bps.rows, droppedBpsRows: bps.dropped };
  })();
  return loaded;
}
