import * as v from 'valibot';
import { create } from 'zustand';
import type { IdaasError } from '../api/errors';
import type { SessionTokens } from '../api/schemas';

export interface Session extends SessionTokens {
  /** When the tokens arrived (ms, this browser's clock): the id_token's refresh and the session's end count from it. */
  receivedAt: number;
}

/** Why a session ended without the user asking: told on the sign-in page. */
export type SessionEnd = { reason: 'refresh-failed'; error: IdaasError } | { reason: 'expired' };

interface SessionState {
  session: Session | undefined;
  ended: SessionEnd | undefined;
  /** A new session, or the rotated tokens of a refresh. */
  signIn(tokens: SessionTokens): void;
  /** Clears the tokens (and their stored copy); `ended` explains an involuntary end. */
  signOut(ended?: SessionEnd): void;
  dismissEnded(): void;
}

/**
 * The signed-in session. Tokens live in memory, or in sessionStorage when configured
 * (keepTokensIn); never in localStorage, never in a URL, never logged.
 */
export const useSession = create<SessionState>()((set) => ({
  session: undefined,
  ended: undefined,
  signIn: (tokens) =>
    set({ session: { sessionToken: tokens.sessionToken, idToken: tokens.idToken, expire: tokens.expire, receivedAt: Date.now() }, ended: undefined }),
  signOut: (ended) => set({ session: undefined, ended }),
  dismissEnded: () => set({ ended: undefined }),
}));

export type TokenStorage = 'memory' | 'session';

export const SESSION_STORAGE_KEY = 'idaas.session';

const savedSession = v.object({
  sessionToken: v.pipe(v.string(), v.nonEmpty()),
  idToken: v.pipe(v.string(), v.nonEmpty()),
  expire: v.pipe(v.number(), v.finite(), v.minValue(0)),
  receivedAt: v.pipe(v.number(), v.finite()),
});

function browserSessionStorage(): Storage | undefined {
  try {
    return window.sessionStorage;
  } catch {
    // Storage blocked (privacy settings, sandboxed frame): the session lives for the page only.
    return undefined;
  }
}

/**
 * Applies the configured token storage at start-up. `session`: restores a valid saved session
 * (this tab only, survives a reload) and keeps the copy in step with the store, removed on
 * sign-out. `memory`: removes any copy a previous configuration left behind.
 */
export function keepTokensIn(kind: TokenStorage, storage: Storage | undefined = browserSessionStorage()): () => void {
  if (!storage) return () => {};
  try {
    if (kind === 'memory') {
      storage.removeItem(SESSION_STORAGE_KEY);
      return () => {};
    }
    const saved = readSaved(storage);
    if (saved) useSession.setState({ session: saved });
    else storage.removeItem(SESSION_STORAGE_KEY);
  } catch {
    return () => {};
  }
  return useSession.subscribe((state, previous) => {
    if (state.session === previous.session) return;
    try {
      if (state.session) storage.setItem(SESSION_STORAGE_KEY, JSON.stringify(state.session));
      else storage.removeItem(SESSION_STORAGE_KEY);
    } catch {
      // A full or blocked storage: the session still works in memory.
    }
  });
}

function readSaved(storage: Storage): Session | undefined {
  const text = storage.getItem(SESSION_STORAGE_KEY);
  if (text === null) return undefined;
  try {
    const parsed = v.safeParse(savedSession, JSON.parse(text));
    // A receipt time in the future (a clock set back) would postpone refresh and expiry: cap it.
    return parsed.success ? { ...parsed.output, receivedAt: Math.min(parsed.output.receivedAt, Date.now()) } : undefined;
  } catch {
    return undefined;
  }
}
