import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ComponentType, ReactNode } from 'react';
import { isIdaasError } from './errors';

// The app reaches TanStack Query only through this module, so that it stays one chunk.
export { useMutation, useQuery } from '@tanstack/react-query';

/**
 * TanStack Query, for the routes that keep server state (area codes, tenant actions). It is a
 * chunk of its own so that the authorization page, whose only tenant call is one POST, does not
 * download it; every route shares one QueryClient, so the cache survives navigation.
 */
const queryClient = new QueryClient({
  defaultOptions: {
    // The transport itself reports offline as an error the user can act on: never pause silently.
    // GETs retry with backoff when retrying can help; user actions (mutations) never retry.
    queries: {
      networkMode: 'always',
      retry: (failures, error) => failures < 2 && isIdaasError(error) && error.retryable,
      retryDelay: (attempt) => Math.min(500 * 2 ** attempt, 4000),
      refetchOnWindowFocus: false,
    },
    mutations: { retry: false, networkMode: 'always' },
  },
});

function ServerState({ children }: { children: ReactNode }) {
  return <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
}

/** The page, inside the shared QueryClient. */
export function withServerState(Page: ComponentType): ComponentType {
  return function PageWithServerState() {
    return (
      <ServerState>
        <Page />
      </ServerState>
    );
  };
}
