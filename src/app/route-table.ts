import type { PackName } from '../i18n/packs';

/** What a route's screen needs besides its own chunk. */
export interface RouteNeeds {
  /** The message packs it shows (i18n/packs.ts), loaded with its chunk. */
  packs?: readonly PackName[];
  /** It keeps server state: TanStack Query loads with it. */
  serverState?: true;
  /** A visitor lands on it without a session: its page carries its first screen, drawn at build time (scripts/first-screen.ts). */
  firstScreen?: true;
}

/**
 * Every route and what it needs, as plain data: read by the app (routes.ts), the build (which pages
 * get a first screen) and the size check (what a first visit downloads), so they cannot disagree.
 */
const needs = {
  '/one-click': { packs: ['oneClick'], firstScreen: true },
  '/login': { packs: ['forms'], serverState: true, firstScreen: true },
  '/login/sms': { packs: ['forms', 'verification'], serverState: true, firstScreen: true },
  '/password/forgot': { packs: ['forms', 'verification', 'passwordChange'], serverState: true, firstScreen: true },
  '/register': { packs: ['forms', 'verification', 'passwordChange'], serverState: true, firstScreen: true },
  '/password/change': { packs: ['passwordChange'], serverState: true },
  '/account': { packs: ['account'] },
  '/signed-in': { packs: ['account'] },
  '/studio': { packs: ['studio'] },
  // Its slider scene draws the captcha itself (features/studio/preview/PreviewPage.tsx).
  '/studio/preview': { packs: ['studio', 'verification'] },
} as const satisfies Record<string, RouteNeeds>;

export type RoutePath = keyof typeof needs;
export const ROUTE_NEEDS: Readonly<Record<RoutePath, RouteNeeds>> = needs;
export const ROUTE_PATHS = Object.keys(ROUTE_NEEDS) as RoutePath[];

// Not Object.hasOwn (docs/support-matrix.md).
export const isRoutePath = (path: string): path is RoutePath => (ROUTE_PATHS as string[]).includes(path);
