/**
 * The desa of a whole kabupaten/kota on one map: the summary API and the boundaries go one level
 * down, so the desa layer is assembled from one request of each per kecamatan (a kabupaten has
 * 10–30), asked for only when the reader switches the map to desa.
 */
import { useQueries, type UseQueryResult } from '@tanstack/react-query';
import { useMemo } from 'react';
import {
  getBoundaries,
  getRegistrySummary,
  type BoundaryCollection,
  type RegionCounts,
} from '../api/index.js';

interface Combined<T> {
  pending: boolean;
  error: unknown;
  items: T[];
}

// `combine` results are kept while the queries do not change, so the map is not redrawn on every
// render; nothing is handed out until every kecamatan has arrived, so it is drawn once.
function combine<T, R>(pick: (data: R) => T[]) {
  return (results: UseQueryResult<R>[]): Combined<T> => {
    const pending = results.some((r) => r.isPending);
    const error = results.find((r) => r.isError)?.error;
    const items = pending || error ? [] : results.flatMap((r) => (r.data ? pick(r.data) : []));
    return { pending, error, items };
  };
}

const combineSummaries = combine((s: { children: RegionCounts[] }) => s.children);
const combineBoundaries = combine((b: BoundaryCollection) => b.features);

export interface DesaLayer {
  pending: boolean;
  error: unknown;
  geojson: BoundaryCollection | undefined;
  desa: RegionCounts[];
}

export function useDesaLayer(
  kecamatan: readonly string[],
  asOf: string | undefined,
  enabled: boolean,
): DesaLayer {
  const summaries = useQueries({
    queries: kecamatan.map((code) => ({
      queryKey: ['registry-summary', code, asOf],
      queryFn: ({ signal }: { signal: AbortSignal }) => getRegistrySummary(code, asOf, signal),
      enabled,
    })),
    combine: combineSummaries,
  });
  const boundaries = useQueries({
    queries: kecamatan.map((code) => ({
      queryKey: ['boundaries', code],
      queryFn: ({ signal }: { signal: AbortSignal }) => getBoundaries(code, signal),
      enabled,
      staleTime: Infinity,
    })),
    combine: combineBoundaries,
  });
  const pending = summaries.pending || boundaries.pending;
  const error = summaries.error ?? boundaries.error;
  const features = boundaries.items;
  const geojson = useMemo<BoundaryCollection | undefined>(
    () => (features.length === 0 ? undefined : { type: 'FeatureCollection', features }),
    [features],
  );
  return { pending, error, geojson: pending || error ? undefined : geojson, desa: summaries.items };
}
