/**
 * Where the registry pages start and how they name places: the region of the latest match run
 * (the kabupaten/kota the registry was built for), and desa names for codes shown in tables,
 * read from each desa's kecamatan (one cached request per kecamatan, not per row).
 */
import { parentCode } from '@tepat/domain';
import { useQueries, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { getRegion, listMatchRuns } from '../api/index.js';

export function useDefaultRegion() {
  return useQuery({
    queryKey: ['match-runs', 'latest'],
    queryFn: ({ signal }) => listMatchRuns(signal),
    select: (runs) => runs[0]?.regionCode ?? null,
  });
}

export function useRegionDetail(code: string | undefined) {
  return useQuery({
    queryKey: ['region-detail', code ?? 'ID'],
    queryFn: ({ signal }) => getRegion(code!, signal),
    enabled: code !== undefined,
    staleTime: Infinity,
  });
}

/** Names of the desa (and kecamatan) whose codes are given; unknown ones fall back to the code. */
export function useRegionNames(codes: readonly (string | null)[]): (code: string | null) => string {
  const parents = useMemo(() => {
    const set = new Set<string>();
    for (const c of codes) {
      const p = c === null ? undefined : parentCode(c);
      if (p !== undefined) set.add(p);
    }
    return [...set].sort();
  }, [codes]);
  const details = useQueries({
    queries: parents.map((code) => ({
      queryKey: ['region-detail', code],
      queryFn: ({ signal }: { signal: AbortSignal }) => getRegion(code, signal),
      staleTime: Infinity,
    })),
  });
  const names = new Map<string, string>();
  for (const d of details) {
    if (!d.data) continue;
    names.set(d.data.region.code, d.data.region.name);
    for (const child of d.data.children) names.set(child.code, child.name);
  }
  return (code) => (code === null ? '–' : (names.get(code) ?? code));
}
