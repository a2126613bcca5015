import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from 'react-router';
import { sessionKey } from '../access/index.js';
import { ApiError, setUnauthorizedHandler } from '../api/index.js';
import { router } from './router.js';
import { theme } from './theme.js';

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // Reference data (regions, boundaries) changes only when an operator reloads it.
      staleTime: 5 * 60_000,
      refetchOnWindowFocus: false,
      // A 4xx answer (unknown code, no access) will not change by asking again.
      retry: (count, error) =>
        !(error instanceof ApiError && error.status >= 400 && error.status < 500) && count < 2,
    },
  },
});

// A 401 from any request means the session ended: forget the user, and the pages' guard sends
// the reader to the login page.
setUnauthorizedHandler(() => queryClient.setQueryData(sessionKey, null));

export function App() {
  return (
    <MantineProvider theme={theme}>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </MantineProvider>
  );
}
