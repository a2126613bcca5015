/**
 * What the region browser shows for one place: the region (none for Indonesia as a whole), its
 * ancestors and its children. Indonesia is not a row in the Kemendagri reference, so its view is
 * assembled from the province list.
 */
import { regionLevels, type RegionLevel } from '@tepat/domain';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { getBoundaries, getRegion, listProvinces, type RegionSummary } from '../api/index.js';

export interface RegionView {
  /** Undefined for Indonesia. */
  region: RegionSummary | undefined;
  lineage: RegionSummary[];
  children: RegionSummary[];
  bpsCodes: string[];
  /** Level of the children (undefined for a desa/kelurahan, which has none). */
  childLevel: RegionLevel | undefined;
}

export function childLevelOf(level: RegionLevel | undefined): RegionLevel | undefined {
  return level === undefined ? 'provinsi' : regionLevels[regionLevels.indexOf(level) + 1];
}

export function useRegionView(code: string | undefined) {
  return useQuery({
    queryKey: ['region', code ?? 'ID'],
    // Keep the current page on screen while the next region loads, instead of flashing a skeleton.
    placeholderData: keepPreviousData,
    queryFn: async ({ signal }): Promise<RegionView> => {
      if (code === undefined) {
        const children = await listProvinces(signal);
        return { region: undefined, lineage: [], children, bpsCodes: [], childLevel: 'provinsi' };
      }
      const detail = await getRegion(code, signal);
      return { ...detail, childLevel: childLevelOf(detail.region.level) };
    },
  });
}

/** Boundaries of the children of `parent` (undefined: the provinces). */
export function useBoundaries(parent: string | undefined, enabled = true) {
  return useQuery({
    queryKey: ['boundaries', parent ?? 'ID'],
    queryFn: ({ signal }) => getBoundaries(parent, signal),
    enabled,
    staleTime: Infinity,
  });
}
