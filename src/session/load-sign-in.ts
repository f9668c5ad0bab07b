import type { SessionTokens } from '../api/schemas';
import { PATHS } from '../app/paths';
import { useSession } from './store';
import type { SignInContext } from './complete-sign-in';

/** What a successful sign-in runs (delivery to a host, or the session and `/account`): not needed to draw a sign-in page. */
export const loadSignIn = () => import('./complete-sign-in');

/**
 * Signs in through complete-sign-in.ts, fetched now unless the page's idle time already did. Should it
 * not arrive (offline, a new deployment), the tokens are not lost: the session is kept here and
 * `/account` shown, as complete-sign-in.ts does when the delivery code cannot load.
 */
export async function signInWhenLoaded(tokens: SessionTokens, context: SignInContext, load: typeof loadSignIn = loadSignIn): Promise<void> {
  let completeSignIn: Awaited<ReturnType<typeof loadSignIn>>['completeSignIn'];
  try {
    ({ completeSignIn } = await load());
  } catch {
    useSession.getState().signIn(tokens);
    void context.navigate(PATHS.account, { replace: true });
    return;
  }
  completeSignIn(tokens, context);
}
