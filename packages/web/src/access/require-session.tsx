/**
 * Stands in front of every page of the app: without a session it sends the reader to the login
 * page (coming back afterwards), and with a one-time password to the change-password page.
 */
import { Center, Loader } from '@mantine/core';
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { ProblemAlert } from '../ui/index.js';
import { useSession } from './use-session.js';

export const loginPath = '/masuk';
export const passwordPath = '/kata-sandi';

export function RequireSession({ children }: { children: ReactNode }) {
  const { user, loading, error } = useSession();
  const location = useLocation();
  if (loading)
    return (
      <Center py="xl">
        <Loader />
      </Center>
    );
  if (error) return <ProblemAlert error={error} />;
  if (user === null) {
    const next = `${location.pathname}${location.search}`;
    const query = next === '/' ? '' : `?next=${encodeURIComponent(next)}`;
    return <Navigate to={`${loginPath}${query}`} replace />;
  }
  if (user.mustChangePassword && location.pathname !== passwordPath)
    return <Navigate to={passwordPath} replace />;
  return children;
}
