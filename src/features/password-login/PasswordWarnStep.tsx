import { useNavigate } from 'react-router';
import { useT } from '../../i18n/use-t';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { SignInPage } from '../../sign-in/SignInPage';
import { PATHS } from '../../app/paths';
import { isStepExpired, signInFlow, type PasswordStep } from '../../sign-in/flow';
import { StaleStep } from '../../sign-in/StaleStep';
import { useSkipPasswordChange } from '../../sign-in/use-skip-password-change';

/** PASSWORD_WARN: the password still works but expires soon; change it now, or skip. */
export function PasswordWarnStep({ step }: { step: PasswordStep }) {
  const t = useT();
  const navigate = useNavigate();
  const { skip, busy, error, notice } = useSkipPasswordChange(step);

  return (
    <SignInPage title={t('warn.title')}>
      <div className="stack">
        <p>{t('warn.body')}</p>
        {isStepExpired(error) ? (
          <StaleStep onBack={signInFlow.endStep} />
        ) : (
          <>
            {error && <ErrorAlert error={error} onRetry={skip} />}
            {notice && <Alert>{t(notice)}</Alert>}
            <Button variant="primary" onClick={() => void navigate(PATHS.changePassword)} disabled={busy}>
              {t('warn.change')}
            </Button>
            <Button variant="secondary" busy={busy} busyLabel={t('warn.skipping')} onClick={skip}>
              {t('warn.skip')}
            </Button>
            <Button variant="link" onClick={signInFlow.endStep} disabled={busy}>
              {t('warn.otherAccount')}
            </Button>
          </>
        )}
      </div>
    </SignInPage>
  );
}
