import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router';
import type { IdaasClient } from '../api/client';
import { isIdaasError } from '../api/errors';
import { IdaasClientProvider } from '../api/react';
import { useAppConfig } from './app-config';
import { withPack } from '../i18n/store';
import { useSession } from '../session/store';
import { ErrorBoundary } from './ErrorBoundary';
import type { Method } from './config';

// One chunk per route: a first visit downloads only the screen it shows.
const LoginPage = lazy(() => import('../features/password-login/LoginPage'));
const SmsLoginPage = lazy(withPack('verification', () => import('../features/sms-login/SmsLoginPage')));
const ForgotPasswordPage = lazy(withPack('verification', () => import('../features/forgot-password/ForgotPasswordPage')));
const RegisterPage = lazy(withPack('verification', () => import('../features/register/RegisterPage')));
const PasswordChangePage = lazy(() => import('../features/password-change/PasswordChangePage'));
const AccountPage = lazy(withPack('account', () => import('../features/account/AccountPage')));
const HandoffPage = lazy(withPack('account', () => import('../features/handoff/HandoffPage')));
// Refreshing a session matters only once there is one: not part of a sign-in page's first download.
// If its chunk cannot load (offline right after sign-in), the page works on without scheduled refresh.
const SessionKeeper = lazy(() => import('../session/SessionKeeper').catch(() => ({ default: () => null })));
const NotFoundPage = lazy(() => import('./NotFoundPage'));

export const methodPaths: Record<Method, string> = { password: '/login', sms: '/login/sms' };

function createQueryClient(): QueryClient {
  return new QueryClient({
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
}

function Home() {
  const config = useAppConfig();
  return <Navigate to={methodPaths[config.overrides.method ?? config.methods.default]} replace />;
}

export function App({ client }: { client: IdaasClient }) {
  const [queryClient] = useState(createQueryClient);
  const signedIn = useSession((s) => s.session !== undefined);
  return (
    <QueryClientProvider client={queryClient}>
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
    </QueryClientProvider>
  );
}
