import { useQuery } from '@tanstack/react-query';
import { listProfiles } from '../api/index.js';

/** Built-in and saved profiles; refetched after a profile is saved or deleted. */
export function useProfiles() {
  return useQuery({
    queryKey: ['profiles'],
    queryFn: ({ signal }) => listProfiles(signal),
    staleTime: 0,
  });
}
