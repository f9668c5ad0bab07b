import { lazy, Suspense, type ComponentType } from 'react';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router';
import type { IdaasClient } from '../api/client';
import { IdaasClientProvider } from '../api/react';
import { useAppConfig } from './app-config';
import { withPack } from '../i18n/store';
import { useSession } from '../session/store';
import { ErrorBoundary } from './ErrorBoundary';
import type { Method } from './config';

type PageModule = { default: ComponentType };

/** A route that keeps server state: its chunk and TanStack Query's load together. */
function serverStateRoute(load: () => Promise<PageModule>): () => Promise<PageModule> {
  return () => Promise.all([import('../api/server-state'), load()]).then(([{ withServerState }, page]) => ({ default: withServerState(page.default) }));
}

// One chunk per route: a first visit downloads only the screen it shows.
const OneClickPage = lazy(withPack('oneClick', () => import('../features/one-click/OneClickPage')));
const LoginPage = lazy(serverStateRoute(() => import('../features/password-login/LoginPage')));
const SmsLoginPage = lazy(serverStateRoute(withPack('verification', () => import('../features/sms-login/SmsLoginPage'))));
const ForgotPasswordPage = lazy(serverStateRoute(withPack('verification', () => import('../features/forgot-password/ForgotPasswordPage'))));
const RegisterPage = lazy(serverStateRoute(withPack('verification', () => import('../features/register/RegisterPage'))));
const PasswordChangePage = lazy(serverStateRoute(() => import('../features/password-change/PasswordChangePage')));
const AccountPage = lazy(withPack('account', () => import('../features/account/AccountPage')));
const HandoffPage = lazy(withPack('account', () => import('../features/handoff/HandoffPage')));
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
