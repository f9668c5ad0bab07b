import type { ComponentType } from 'react';
import { isRoutePath, ROUTE_NEEDS, type RouteNeeds, type RoutePath } from './route-table';
import { withPacks } from '../i18n/store';

type PageModule = { default: ComponentType };

// One chunk per route: a first visit downloads only the screen it shows.
const screens: Record<RoutePath, () => Promise<PageModule>> = {
  '/one-click': () => import('../features/one-click/OneClickPage'),
  '/login': () => import('../features/password-login/LoginPage'),
  '/login/sms': () => import('../features/sms-login/SmsLoginPage'),
  '/password/forgot': () => import('../features/forgot-password/ForgotPasswordPage'),
  '/register': () => import('../features/register/RegisterPage'),
  '/password/change': () => import('../features/password-change/PasswordChangePage'),
  '/account': () => import('../features/account/AccountPage'),
  '/signed-in': () => import('../features/handoff/HandoffPage'),
  // The theme studio and the page its previews frame, behind one small chunk: the entry lists that
  // file only, not theirs (off in production unless config enables them).
  '/studio': () => import('../features/studio/routes').then((r) => r.loadStudioPage()),
  '/studio/preview': () => import('../features/studio/routes').then((r) => r.loadPreviewPage()),
};

const loading = new Map<RoutePath, Promise<PageModule>>();
const loaded = new Map<RoutePath, ComponentType>();

/** TanStack Query and the shared client, for a route that keeps server state. */
const serverStateOf = (needs: RouteNeeds) => (needs.serverState ? import('../api/server-state') : undefined);

/** The screen of `path` with its pack loaded (and TanStack Query when it keeps server state); one load per route, shared with React.lazy. */
export function loadRoute(path: RoutePath): Promise<PageModule> {
  let promise = loading.get(path);
  if (!promise) {
    const needs = ROUTE_NEEDS[path];
    promise = Promise.all([withPacks(screens[path](), needs.packs ?? []), serverStateOf(needs)]).then(
      ([page, serverState]) => {
        const screen = serverState ? serverState.withServerState(page.default) : page.default;
        loaded.set(path, screen);
        return { default: screen };
      },
    );
    // A failed load (offline) is not remembered: the next attempt (retryingLazy's) downloads again.
    promise.catch(() => loading.delete(path));
    loading.set(path, promise);
  }
  return promise;
}

/**
 * Start-up, before config and messages have arrived: the chunks the first screen will need start
 * downloading at once instead of one after the other (the pack waits for the language).
 */
export function prefetchRouteCode(pathname: string): void {
  if (!isRoutePath(pathname)) return;
  for (const chunk of [screens[pathname](), serverStateOf(ROUTE_NEEDS[pathname])]) void chunk?.catch(() => undefined);
}

/**
 * The screen of `path` if its code has already arrived. Rendering it directly instead of through
 * React.lazy matters for the first screen: a lazy component shows its fallback for one commit, and
 * React then holds the revealed page back for up to 300 ms (its fallback throttle).
 */
export function loadedRoute(path: RoutePath): ComponentType | undefined {
  return loaded.get(path);
}

/**
 * Start-up, once the language is known: the first screen and its pack, while the rest of start-up
 * runs. Settles (never rejects) when they have arrived or failed; a failure is React.lazy's to retry.
 */
export function preloadRoute(pathname: string): Promise<void> {
  return isRoutePath(pathname) ? loadRoute(pathname).then(() => undefined, () => undefined) : Promise.resolve();
}

