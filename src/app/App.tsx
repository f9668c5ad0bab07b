import { lazy, Suspense, type ComponentType } from 'react';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router';
import type { IdaasClient } from '../api/client';
import { IdaasClientProvider } from '../api/react';
import { useAppConfig } from './app-config';
import type { PackName } from '../i18n/packs';
import { useI18n } from '../i18n/store';
import { useSession } from '../session/store';
import { ErrorBoundary } from './ErrorBoundary';
import type { Method } from './config';

type PageModule = { default: ComponentType };

/** A route's screen: its chunk, the message pack it needs, and whether it keeps server state (TanStack Query). */
interface RouteCode {
  module: () => Promise<PageModule>;
  pack?: PackName;
  serverState?: boolean;
}

// One chunk per route: a first visit downloads only the screen it shows.
const routeCode = {
  '/one-click': { module: () => import('../features/one-click/OneClickPage'), pack: 'oneClick' },
  '/login': { module: () => import('../features/password-login/LoginPage'), serverState: true },
  '/login/sms': { module: () => import('../features/sms-login/SmsLoginPage'), pack: 'verification', serverState: true },
  '/password/forgot': { module: () => import('../features/forgot-password/ForgotPasswordPage'), pack: 'verification', serverState: true },
  '/register': { module: () => import('../features/register/RegisterPage'), pack: 'verification', serverState: true },
  '/password/change': { module: () => import('../features/password-change/PasswordChangePage'), serverState: true },
  '/account': { module: () => import('../features/account/AccountPage'), pack: 'account' },
  '/signed-in': { module: () => import('../features/handoff/HandoffPage'), pack: 'account' },
} satisfies Record<string, RouteCode>;

type RoutePath = keyof typeof routeCode;

const loading = new Map<RoutePath, Promise<PageModule>>();

/** The screen of `path` with its pack loaded (and TanStack Query when it keeps server state); one load per route, shared with React.lazy. */
function loadRoute(path: RoutePath): Promise<PageModule> {
  let promise = loading.get(path);
  if (!promise) {
    const code: RouteCode = routeCode[path];
    promise = Promise.all([code.module(), code.serverState ? import('../api/server-state') : undefined, code.pack ? useI18n.getState().ensurePack(code.pack) : undefined]).then(
      ([page, serverState]) => (serverState ? { default: serverState.withServerState(page.default) } : page),
    );
    // A failed load (offline) is tried again by the next render, not remembered.
    promise.catch(() => loading.delete(path));
    loading.set(path, promise);
  }
  return promise;
}

const isRoutePath = (path: string): path is RoutePath => Object.hasOwn(routeCode, path);

/**
 * Start-up, before config and messages have arrived: the chunks the first screen will need start
 * downloading at once instead of one after the other (the pack waits for the language).
 */
export function prefetchRouteCode(pathname: string): void {
  if (!isRoutePath(pathname)) return;
  const code: RouteCode = routeCode[pathname];
  void code.module().catch(() => undefined);
  if (code.serverState) void import('../api/server-state').catch(() => undefined);
}

/** Start-up, once the language is known: the first screen and its pack, while the rest of start-up runs. */
export function preloadRoute(pathname: string): void {
  if (isRoutePath(pathname)) void loadRoute(pathname).catch(() => undefined);
}

const page = (path: RoutePath) => lazy(() => loadRoute(path));
const OneClickPage = page('/one-click');
const LoginPage = page('/login');
const SmsLoginPage = page('/login/sms');
const ForgotPasswordPage = page('/password/forgot');
const RegisterPage = page('/register');
const PasswordChangePage = page('/password/change');
const AccountPage = page('/account');
const HandoffPage = page('/signed-in');
// Refreshing a session matters only once there is one: not part of a sign-in page's first download.
// If its chunk cannot load (offline right after sign-in), the page works on without scheduled refresh.
const SessionKeeper = lazy(() => import('../session/SessionKeeper').catch(() => ({ default: () => null })));
const NotFoundPage = lazy(() => import('./NotFoundPage'));

export const methodPaths: Record<Method, string> = { 'one-click': '/one-click', password: '/login', sms: '/login/sms' };

function Home() {
  const config = useAppConfig();
  return <Navigate to={methodPaths[config.overrides.method ?? config.methods.default]} replace />;
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
              <Route path="/one-click" element={<OneClickPage />} />
              <Route path="/login" element={<LoginPage />} />
              <Route path="/login/sms" element={<SmsLoginPage />} />
              <Route path="/password/change" element={<PasswordChangePage />} />
              <Route path="/password/forgot" element={<ForgotPasswordPage />} />
              <Route path="/register" element={<RegisterPage />} />
              <Route path="/account" element={<AccountPage />} />
              <Route path="/signed-in" element={<HandoffPage />} />
              <Route path="*" element={<NotFoundPage />} />
            </Routes>
          </Suspense>
        </ErrorBoundary>
      </BrowserRouter>
    </IdaasClientProvider>
  );
}
