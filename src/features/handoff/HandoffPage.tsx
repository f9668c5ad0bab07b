import { useEffect } from 'react';
import { PATHS } from '../../app/paths';
import { Navigate } from 'react-router';
import { useT } from '../../i18n/use-t';
import { useHandoff } from '../../session/handoff';
import { Button } from '../../ui/Button';
import { SignInPage } from '../../sign-in/SignInPage';
import { signInFlow } from '../../sign-in/flow';

/** After a result went to the host app (bridge, opener, redirect): says where it went; keeps no token. */
export default function HandoffPage() {
  const t = useT();
  const handoff = useHandoff((s) => s.handoff);
  // Signed in: a password-expiry flow that led here is over.
  useEffect(() => signInFlow.endStep(), []);
  if (!handoff) return <Navigate to={PATHS.home} replace />;

  let message: string;
  if (handoff.kind === 'redirect') message = t('handoff.redirect', { host: new URL(handoff.uri).host });
  else if (handoff.host === 'opener') message = t('handoff.opener');
  else message = t('handoff.host');

  return (
    <SignInPage title={t('handoff.title')}>
      <div className="stack">
        <p className="handoff-message" role="status">
          {message}
        </p>
        {handoff.kind === 'host' && handoff.host === 'opener' && (
          <Button variant="secondary" onClick={() => window.close()}>
            {t('handoff.close')}
          </Button>
        )}
      </div>
    </SignInPage>
  );
}
