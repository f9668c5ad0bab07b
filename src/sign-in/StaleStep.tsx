import { useEffect, useRef } from 'react';
import { useT } from '../i18n/use-t';
import { Alert } from '../ui/Alert';
import { Button } from '../ui/Button';

/**
 * A password-expiry step whose state_token has died (it lives minutes): neither skip nor change can
 * work now. Says so and offers the way back to sign-in, which takes the focus: the step's own
 * buttons, where the user was, are gone.
 */
export function StaleStep({ onBack }: { onBack: () => void }) {
  const t = useT();
  const back = useRef<HTMLButtonElement>(null);
  useEffect(() => back.current?.focus(), []);
  return (
    <>
      <Alert>{t('change.expiredFlow')}</Alert>
      <Button ref={back} variant="primary" onClick={onBack}>
        {t('common.backToLogin')}
      </Button>
    </>
  );
}
