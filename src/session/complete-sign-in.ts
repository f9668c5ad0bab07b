import type { NavigateFunction } from 'react-router';
import { PATHS } from '../app/paths';
import type { RuntimeConfig } from '../config/app-config';
import { bridgeOptions } from '../config/config';
import type { SessionTokens } from '../api/schemas';
import type { Handoff } from './delivery';
import { useHandoff } from './handoff';
import { successResult } from './results';
import { useSession } from './store';

export interface SignInContext {
  config: RuntimeConfig;
  navigate: NavigateFunction;
}

/**
 * Where every flow's success goes: the result to the host app that asked for it (bridge, opener,
 * redirect), or else a session kept by this page and shown on `/account`. Loaded when a sign-in
 * page is idle, not with it (load-sign-in.ts).
 */
export function completeSignIn(tokens: SessionTokens, { config, navigate }: SignInContext): void {
  const deliver = async (): Promise<Handoff | undefined> => {
    // Outside the sign-in pages' first download; the bridge is normally installed already (main.tsx).
    const [{ installPageBridge }, { deliverResult }] = await Promise.all([import('./bridge'), import('./delivery')]);
    return deliverResult(successResult(tokens), {
      bridge: installPageBridge(bridgeOptions(config)),
      redirectUri: config.overrides.redirectUri,
      redirectState: config.overrides.redirectState,
      leaveFor: (url) => window.location.replace(url),
    });
  };
  void deliver()
    // The delivery code could not load (offline, a new deployment): the user is still signed in here.
    .catch(() => undefined)
    .then((handoff) => {
      if (handoff) {
        // The host owns the tokens now: this page keeps none.
        useSession.getState().signOut();
        useHandoff.setState({ handoff });
        void navigate(PATHS.signedIn, { replace: true });
        return;
      }
      useSession.getState().signIn(tokens);
      void navigate(PATHS.account, { replace: true });
    });
}
