import { useEffect } from 'react';
import { Navigate, useNavigate } from 'react-router';
import { usePasswordFlow } from '../password-login/password-flow';
import { useT } from '../../i18n/use-t';
import { userInfoFromIdToken } from '../../session/user-info';
import { useSession } from '../../session/store';
import { Button } from '../../ui/Button';
import { Page } from '../../ui/Page';

/** The signed-in page when no host app takes the result. */
export default function AccountPage() {
  const t = useT();
  const navigate = useNavigate();
  const session = useSession((s) => s.session);
  const signOut = useSession((s) => s.signOut);
  const clearPasswordFlow = usePasswordFlow((s) => s.clear);
  // Signed in: a password-expiry flow that led here is over.
  useEffect(() => clearPasswordFlow(), [clearPasswordFlow]);
  if (!session) return <Navigate to="/login" replace />;
  const user = userInfoFromIdToken(session.idToken);
  const displayName = user.name ?? user.userName ?? user.email ?? user.mobile ?? '';
  return (
    <Page title={t('account.title')}>
      <div className="stack">
        <p className="account-welcome">{t('account.welcome', { name: displayName })}</p>
        {user.userName && (
          <dl className="account-facts">
            <dt>{t('account.userName')}</dt>
            <dd>{user.userName}</dd>
          </dl>
        )}
        <Button
          variant="secondary"
          onClick={() => {
            signOut();
            void navigate('/login', { replace: true });
          }}
        >
          {t('account.signOut')}
        </Button>
      </div>
    </Page>
  );
}
