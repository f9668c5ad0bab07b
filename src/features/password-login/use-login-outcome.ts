import { useNavigate } from 'react-router';
import type { LoginOutcome } from '../../api/schemas';
import type { MessageKey } from '../../i18n/messages/zh-CN';
import { useSession } from '../../session/store';
import { usePasswordFlow } from './password-flow';

/**
 * What happens after any login-shaped answer (login, skip, change): SUCCESS signs in, the
 * password-expiry statuses start their flow, MFA / access denied come back as a message to show.
 */
export function useLoginOutcome() {
  const navigate = useNavigate();
  const signIn = useSession((s) => s.signIn);
  const flow = usePasswordFlow();
  return (outcome: LoginOutcome, identifier: string): MessageKey | undefined => {
    switch (outcome.status) {
      case 'SUCCESS':
        flow.clear();
        signIn({ sessionToken: outcome.sessionToken, idToken: outcome.idToken, expire: outcome.expire });
        void navigate('/account', { replace: true });
        return undefined;
      case 'PASSWORD_WARN':
      case 'PASSWORD_EXPIRED':
        flow.start({ status: outcome.status, stateToken: outcome.stateToken, policy: outcome.policy, identifier });
        if (outcome.status === 'PASSWORD_EXPIRED') void navigate('/password/change');
        return undefined;
      case 'MFA_AUTH':
        return 'login.mfaRequired';
      case 'ACCESS_DENIED':
        return 'login.accessDenied';
    }
  };
}
