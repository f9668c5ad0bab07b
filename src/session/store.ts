import { create } from 'zustand';
import type { SessionTokens } from '../api/schemas';

export interface Session extends SessionTokens {
  /** When the tokens arrived (ms), to schedule refresh before `expire`. */
  receivedAt: number;
}

interface SessionState {
  session: Session | undefined;
  signIn(tokens: SessionTokens): void;
  signOut(): void;
}

/** The signed-in session, in memory: never localStorage, never a URL, never logged. */
export const useSession = create<SessionState>()((set) => ({
  session: undefined,
  signIn: (tokens) => set({ session: { ...tokens, receivedAt: Date.now() } }),
  signOut: () => set({ session: undefined }),
}));
