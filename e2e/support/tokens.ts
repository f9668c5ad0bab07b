import { expect, type Page, type Response } from '@playwright/test';
import { createRemoteJWKSet, jwtVerify, type JWTPayload } from 'jose';
import { previewUrl } from './env';

/** The tenant's keys as a host app's back end would fetch them (through the page's own origin, like the SPA). */
const tenantKeys = createRemoteJWKSet(new URL(`${previewUrl}/api/v1/oauth2/keys`));

/** Verifies an id_token the way a host would: RS256 from the tenant JWKS, issuer, audience, not expired. */
export async function verifiedClaims(idToken: string, clientId: string): Promise<JWTPayload> {
  const { payload } = await jwtVerify(idToken, tenantKeys, { algorithms: ['RS256'], issuer: `${previewUrl}/api/v1/oauth2`, audience: clientId, requiredClaims: ['exp'] });
  return payload;
}

export interface TokenAnswer {
  session_token: string;
  id_token: string;
  expire: number;
}

export const REFRESH_PATH = '/api/v2/sdk/sso/session-token/id-token';

/** The next successful answer from a login or refresh endpoint, with its tokens. */
export async function nextTokens(page: Page, path: string): Promise<{ response: Response; tokens: TokenAnswer }> {
  const response = await page.waitForResponse((r) => new URL(r.url()).pathname === path && r.status() === 200);
  return { response, tokens: (await response.json()) as TokenAnswer };
}

/** Every key and value the page's origin keeps in localStorage and sessionStorage. */
export async function storedEntries(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [window.localStorage, window.sessionStorage].flatMap((storage) =>
      Object.keys(storage).flatMap((key) => [key, storage.getItem(key) ?? '']),
    ),
  );
}

/** Neither storage holds a token (nor the session entry): what sign-out and host delivery must leave. */
export async function expectNoStoredTokens(page: Page, tokens: string[]): Promise<void> {
  const entries = await storedEntries(page);
  expect(entries).not.toContain('idaas.session');
  for (const token of tokens) expect(entries.some((entry) => entry.includes(token))).toBe(false);
  // Nothing that looks like a JWT either.
  expect(entries.some((entry) => /eyJ[\w-]+\.eyJ[\w-]+\./.test(entry))).toBe(false);
}

/** Counts the page's refresh calls as they are made (the fetch starts inside the timer's task): call before the page loads. */
export const countRefreshCalls = (page: Page) =>
  page.addInitScript((path) => {
    const original = window.fetch.bind(window);
    const counter = window as unknown as { refreshCalls: number };
    counter.refreshCalls = 0;
    window.fetch = (input, init) => {
      if (String(input instanceof Request ? input.url : input).endsWith(path)) counter.refreshCalls++;
      return original(input, init);
    };
  }, REFRESH_PATH);

/** How many refresh calls the page has made (see countRefreshCalls). */
export const refreshCalls = (page: Page) => page.evaluate(() => (window as unknown as { refreshCalls: number }).refreshCalls);
