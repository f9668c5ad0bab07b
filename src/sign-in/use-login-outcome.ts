import { useEffect, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import type { LoginOutcome } from '../api/schemas';
import { useAppConfig } from '../config/app-config';
import type { MessageKey } from '../i18n/messages/zh-CN';
import { retryingImport } from '../platform/chunk-load';
import { whenIdle } from '../platform/when-idle';
import { loadSignIn, signInWhenLoaded } from '../session/load-sign-in';
import { passwordStepOf, signInFlow, STEP_PAGES } from './flow';

const loadSignInCode = () => retryingImport(loadSignIn);


/**
 * What happens after any login-shaped answer (password, SMS code, registration, skip, change):
 * SUCCESS signs in (session/load-sign-in.ts), the password statuses start their step on its page,
 * MFA / access denied come back as a message to show. `leaving` stays true from SUCCESS until the
 * next page replaces this one, so the form cannot be sent again while the signed-in page loads.
 */
export function useLoginOutcome() {
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const config = useAppConfig();
  // What a success runs is fetched once the form is idle, not with it.
  useEffect(() => whenIdle(() => void loadSignInCode().catch(() => undefined)), []);
  const [leaving, setLeaving] = useState(false);

  const handle = (outcome: LoginOutcome, identifier: string): MessageKey | undefined => {
    switch (outcome.status) {
      case 'SUCCESS':
        setLeaving(true);
        // Signed in: why one-click was left no longer matters.
        signInFlow.switchedFromOneClick(undefined);
        // The pending step is ended by the signed-in page, once it is shown.
        void signInWhenLoaded({ sessionToken: outcome.sessionToken, idToken: outcome.idToken, expire: outcome.expire }, { config, navigate }, loadSignInCode);
        return undefined;
      case 'PASSWORD_WARN':
      case 'PASSWORD_EXPIRED': {
        const step = passwordStepOf(outcome, identifier);
        signInFlow.startPasswordStep(step);
        const pages = STEP_PAGES[step.name];
        if (!pages.includes(pathname)) void navigate(pages[0]!);
        return undefined;
      }
      case 'MFA_AUTH':
        return 'signIn.mfaRequired';
      case 'ACCESS_DENIED':
        return 'signIn.accessDenied';
    }
  };
  return { handle, leaving };
}
