import type { Method } from '../config/config';
import type { RoutePath } from './route-table';

/**
 * Every page's address by name: features link and navigate with these, never with a literal
 * (docs/architecture.md). Pure data, so every layer may import it.
 */
export const PATHS = {
  home: '/',
  oneClick: '/one-click',
  login: '/login',
  smsLogin: '/login/sms',
  forgotPassword: '/password/forgot',
  register: '/register',
  changePassword: '/password/change',
  account: '/account',
  signedIn: '/signed-in',
  studio: '/studio',
  studioPreview: '/studio/preview',
} as const satisfies Record<string, RoutePath | '/'>;

/** The page of each sign-in method. */
export const METHOD_PATHS: Readonly<Record<Method, RoutePath>> = { 'one-click': PATHS.oneClick, password: PATHS.login, sms: PATHS.smsLogin };
