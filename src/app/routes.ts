import type { ComponentType } from 'react';
import type { PackName } from '../i18n/packs';
import { withPacks } from '../i18n/store';

type PageModule = { default: ComponentType };

/** A route's screen: its chunk, the message packs it needs, and whether it keeps server state (TanStack Query). */
interface RouteCode {
  module: () => Promise<PageModule>;
  packs?: readonly PackName[];
  serverState?: boolean;
}

// One chunk per route: a first visit downloads only the screen it shows.
const routeCode = {
  '/one-click': { module: () => import('../features/one-click/OneClickPage'), packs: ['oneClick'] },
  '/login': { module: () => import('../features/password-login/LoginPage'), packs: ['forms'], serverState: true },
  '/login/sms': { module: () => import('../features/sms-login/SmsLoginPage'), packs: ['forms', 'verification'], serverState: true },
  '/password/forgot': { module: () => import('../features/forgot-password/ForgotPasswordPage'), packs: ['forms', 'verification', 'passwordChange'], serverState: true },
  '/register': { module: () => import('../features/register/RegisterPage'), packs: ['forms', 'verification', 'passwordChange'], serverState: true },
  '/password/change': { module: () => import('../features/password-change/PasswordChangePage'), packs: ['passwordChange'], serverState: true },
  '/account': { module: () => import('../features/account/AccountPage'), packs: ['account'] },
  '/signed-in': { module: () => import('../features/handoff/HandoffPage'), packs: ['account'] },
  // The theme studio and the page its previews frame, behind one small chunk: the entry lists that
  // file only, not theirs (off in production unless config enables them).
  '/studio': { module: () => import('../features/studio/routes').then((r) => r.loadStudioPage()), packs: ['studio'] },
  '/studio/preview': { module: () => import('../features/studio/routes').then((r) => r.loadPreviewPage()), packs: ['studio'] },
} satisfies Record<string, RouteCode>;

export type RoutePath = keyof typeof routeCode;
export const ROUTE_PATHS = Object.keys(routeCode) as RoutePath[];

const loading = new Map<RoutePath, Promise<PageModule>>();
const loaded = new Map<RoutePath, ComponentType>();

/** TanStack Query and the shared client, for a route that keeps server state. */
const serverStateOf = (code: RouteCode) => (code.serverState ? import('../api/server-state') : undefined);

/** The screen of `path` with its pack loaded (and TanStack Query when it keeps server state); one load per route, shared with React.lazy. */
export function loadRoute(path: RoutePath): Promise<PageModule> {
  let promise = loading.get(path);
  if (!promise) {
    const code: RouteCode = routeCode[path];
    promise = Promise.all([withPacks(code.module(), code.packs ?? []), serverStateOf(code)]).then(
      ([page, serverState]) => {
        const screen = serverState ? serverState.withServerState(page.default) : page.default;
        loaded.set(path, screen);
        return { default: screen };
      },
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
  for (const chunk of [code.module(), serverStateOf(code)]) void chunk?.catch(() => undefined);
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

