import { lazy, Suspense, useState, type ComponentType } from 'react';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router';
import type { IdaasClient } from '../api/client';
import { IdaasClientProvider } from '../api/react';
import { useAppConfig } from '../config/app-config';
import { useSession } from '../session/store';
import { retryingImport, retryingLazy } from '../platform/chunk-load';
import { ErrorBoundary } from './ErrorBoundary';
import { METHOD_PATHS } from './paths';
import { ROUTE_PATHS, type RoutePath } from './route-table';
import { loadedRoute, loadRoute } from './routes';

/** A route's screen: drawn at once when its code is already here (the first screen, see main.tsx), else lazily. */
function page(path: RoutePath): ComponentType {
  // Retried in place, not by a reload: that would end a session kept only in memory.
  const Lazy = retryingLazy(() => loadRoute(path));
  return function RoutePage() {
    // Chosen once per mount: switching from Lazy to the loaded component would remount the page.
    const [Loaded] = useState(() => loadedRoute(path));
    return Loaded ? <Loaded /> : <Lazy />;
  };
}

/** Every route's screen, also drawn by the studio's previews of the real pages. */
export const ROUTE_PAGES = Object.fromEntries(ROUTE_PATHS.map((path) => [path, page(path)])) as Record<RoutePath, ComponentType>;
// Refreshing a session matters only once there is one: not part of a sign-in page's first download.
// If its chunk cannot load even when retried (offline right after sign-in), the page works on without scheduled refresh.
const SessionKeeper = lazy(() => retryingImport(() => import('../session/SessionKeeper')).catch(() => ({ default: () => null })));
const NotFoundPage = retryingLazy(() => import('./NotFoundPage'));

function Home() {
  const config = useAppConfig();
  return <Navigate to={METHOD_PATHS[config.overrides.method ?? config.methods.default]} replace />;
}

export function App({ client }: { client: IdaasClient }) {
  const signedIn = useSession((s) => s.session !== undefined);
  return (
    <IdaasClientProvider client={client}>
      <BrowserRouter>
        {signedIn && (
          <Suspense fallback={null}>
            <SessionKeeper />
          </Suspense>
        )}
        <ErrorBoundary>
          <Suspense fallback={<div className="route-loading" aria-hidden="true" />}>
            <Routes>
              <Route path="/" element={<Home />} />
              {ROUTE_PATHS.map((path) => {
                const Page = ROUTE_PAGES[path];
                return <Route key={path} path={path} element={<Page />} />;
              })}
              <Route path="*" element={<NotFoundPage />} />
            </Routes>
          </Suspense>
        </ErrorBoundary>
      </BrowserRouter>
    </IdaasClientProvider>
  );
}
