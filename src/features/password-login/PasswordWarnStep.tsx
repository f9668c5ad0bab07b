import { useNavigate } from 'react-router';
import { useT } from '../../i18n/use-t';
import { Button } from '../../ui/Button';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { Page } from '../../ui/Page';
import { isStepExpired, usePasswordFlow, type PendingPasswordChange } from './password-flow';
import { StaleStep } from './StaleStep';
import { useSkipPasswordChange } from './use-skip-password-change';

/** PASSWORD_WARN: the password still works but expires soon; change it now, or skip. */
export function PasswordWarnStep({ pending }: { pending: PendingPasswordChange }) {
  const t = useT();
  const navigate = useNavigate();
  const clearFlow = usePasswordFlow((s) => s.clear);
  const { skip, busy, error } = useSkipPasswordChange(pending);

  return (
    <Page title={t('warn.title')}>
      <div className="stack">
        <p>{t('warn.body')}</p>
        {isStepExpired(error) ? (
          <StaleStep onBack={clearFlow} />
        ) : (
          <>
            {error && <ErrorAlert error={error} onRetry={skip} />}
            <Button variant="primary" onClick={() => void navigate('/password/change')} disabled={busy}>
              {t('warn.change')}
            </Button>
            <Button variant="secondary" busy={busy} busyLabel={t('warn.skipping')} onClick={skip}>
              {t('warn.skip')}
            </Button>
            <Button variant="link" onClick={clearFlow} disabled={busy}>
              {t('warn.otherAccount')}
            </Button>
          </>
        )}
      </div>
    </Page>
  );
}
