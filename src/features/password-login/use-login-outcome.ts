import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { useAppConfig } from '../../app/app-config';
import { retryingImport } from '../../app/chunk-load';
import { whenIdle } from '../../app/when-idle';
import type { LoginOutcome } from '../../api/schemas';
import type { MessageKey } from '../../i18n/messages/zh-CN';
import { loadSignIn, signInWhenLoaded } from '../../session/load-sign-in';
import { usePasswordFlow } from './password-flow';

/**
 * What happens after any login-shaped answer (login, skip, change): SUCCESS signs in, the
 * password-expiry statuses start their flow, MFA / access denied come back as a message to show.
 * `leaving` stays true from SUCCESS until the next page replaces this one, so the form cannot be
 * sent again while the signed-in page loads.
 */
const loadSignInCode = () => retryingImport(loadSignIn);

export function useLoginOutcome() {
  const navigate = useNavigate();
  const config = useAppConfig();
  // What a success runs is fetched once the form is idle, not with it.
  useEffect(() => whenIdle(() => void loadSignInCode().catch(() => undefined)), []);
  const startFlow = usePasswordFlow((s) => s.start);
  const [leaving, setLeaving] = useState(false);

  const handle = (outcome: LoginOutcome, identifier: string): MessageKey | undefined => {
    switch (outcome.status) {
      case 'SUCCESS':
        setLeaving(true);
        // The pending password flow is cleared by the signed-in page, once it is shown.
        void signInWhenLoaded({ sessionToken: outcome.sessionToken, idToken: outcome.idToken, expire: outcome.expire }, { config, navigate }, loadSignInCode);
        return undefined;
      case 'PASSWORD_WARN':
      case 'PASSWORD_EXPIRED':
        startFlow({ status: outcome.status, stateToken: outcome.stateToken, policy: outcome.policy, identifier });
        if (outcome.status === 'PASSWORD_EXPIRED') void navigate('/password/change');
        return undefined;
      case 'MFA_AUTH':
        return 'signIn.mfaRequired';
      case 'ACCESS_DENIED':
        return 'signIn.accessDenied';
    }
  };
  return { handle, leaving };
}
