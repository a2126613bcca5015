/**
 * The signed-in user, from `GET /api/auth/me` (cached as query `me`; null when there is no
 * session). Any 401 from the API sets it to null, which sends the app to the login page.
 */
import { useQuery, type QueryClient } from '@tanstack/react-query';
import { roleIn, type AccessGroup } from '@tepat/domain';
import { ApiError, getMe, type LoginResult, type SessionUser } from '../api/index.js';

export const sessionKey = ['me'] as const;

async function fetchSession(signal: AbortSignal): Promise<LoginResult | null> {
  try {
    return await getMe(signal);
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) return null;
    throw e;
  }
}

export function useSession(): { user: SessionUser | null; loading: boolean; error: unknown } {
  const me = useQuery({
    queryKey: sessionKey,
    queryFn: ({ signal }) => fetchSession(signal),
    staleTime: Infinity,
    retry: false,
  });
  return { user: me.data?.user ?? null, loading: me.isPending, error: me.error };
}

/** Whether the signed-in user's role belongs to an access group (false when signed out). */
export function useCan(group: AccessGroup): boolean {
  const { user } = useSession();
  return user !== null && roleIn(user.role, group);
}

/** After login, logout or a password change: the session as the server now says it is. */
export function setSession(queryClient: QueryClient, result: LoginResult | null): void {
  if (result === null) queryClient.clear();
  queryClient.setQueryData(sessionKey, result);
}
