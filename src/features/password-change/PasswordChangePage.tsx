import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { useIdaasClient } from '../../api/react';
import { settleTenantRegexes, useRegexJudge } from '../../api/use-tenant-regex';
import { useTenantAction } from '../../api/use-tenant-action';
import type { MessageKey } from '../../i18n/messages/zh-CN';
import { useT } from '../../i18n/use-t';
import { Button } from '../../ui/Button';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PasswordField } from '../../ui/PasswordField';
import { Page } from '../../ui/Page';
import { isStepExpired, usePasswordFlow, type PendingPasswordChange } from '../password-login/password-flow';
import { useLoginOutcome } from '../password-login/use-login-outcome';
import { StaleStep } from '../password-login/StaleStep';
import { useSkipPasswordChange } from '../password-login/use-skip-password-change';
import { checkNewPassword } from './policy';
import { PasswordRules } from './PasswordRules';

type Field = 'old' | 'new' | 'confirm';

export default function PasswordChangePage() {
  const t = useT();
  const pending = usePasswordFlow((s) => s.pending);
  if (!pending) {
    return (
      <Page title={t('change.title')}>
        <div className="stack">
          <p>{t('change.noFlow')}</p>
          <Link className="btn btn-primary" to="/login">
            {t('common.backToLogin')}
          </Link>
        </div>
      </Page>
    );
  }
  return <ChangeForm pending={pending} />;
}

function ChangeForm({ pending }: { pending: PendingPasswordChange }) {
  const t = useT();
  const navigate = useNavigate();
  const client = useIdaasClient();
  const clearFlow = usePasswordFlow((s) => s.clear);
  const outcome = useLoginOutcome();
  const skip = useSkipPasswordChange(pending);
  const update = useTenantAction((input: { oldPassword: string; newPassword: string }) => client.updatePassword(pending.stateToken, input));
  const [values, setValues] = useState<Record<Field, string>>({ old: '', new: '', confirm: '' });
  const [errors, setErrors] = useState<Partial<Record<Field, MessageKey>>>({});
  const expired = pending.status === 'PASSWORD_EXPIRED';
  const judge = useRegexJudge();
  const rules = checkNewPassword(values.new, pending.policy, { identifier: pending.identifier, oldPassword: values.old }, judge);
  const flowExpired = isStepExpired(update.error) || isStepExpired(skip.error);

  const set = (field: Field) => (value: string) => {
    setValues((v) => ({ ...v, [field]: value }));
    setErrors((e) => ({ ...e, [field]: undefined }));
  };

  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    if (update.busy || outcome.leaving) return;
    const settledRules = await settleTenantRegexes((settledJudge) =>
      checkNewPassword(values.new, pending.policy, { identifier: pending.identifier, oldPassword: values.old }, settledJudge),
    );
    const found: Partial<Record<Field, MessageKey>> = {};
    if (values.old === '') found.old = 'change.error.oldRequired';
    if (values.new === '') found.new = 'change.error.newRequired';
    else if (settledRules.some((r) => !r.met)) found.new = 'change.error.policy';
    if (values.confirm === '') found.confirm = 'change.error.confirmRequired';
    else if (values.confirm !== values.new) found.confirm = 'change.error.mismatch';
    setErrors(found);
    const first = (['old', 'new', 'confirm'] as const).find((f) => found[f]);
    if (first) {
      document.getElementById(`change-${first}`)?.focus();
      return;
    }
    update.run({ oldPassword: values.old, newPassword: values.new }, { onSuccess: (answer) => outcome.handle(answer, pending.identifier) });
  };

  const restart = () => {
    clearFlow();
    void navigate('/login');
  };

  return (
    <Page title={expired ? t('change.expiredTitle') : t('change.title')}>
      <form className="stack" noValidate onSubmit={(e) => void submit(e)}>
        <p>{expired ? t('change.expiredBody') : t('change.warnBody')}</p>
        <PasswordField
          id="change-old"
          label={t('change.field.old')}
          autoComplete="current-password"
          value={values.old}
          onValueChange={set('old')}
          error={errors.old && t(errors.old)}
        />
        <PasswordField
          id="change-new"
          label={t('change.field.new')}
          autoComplete="new-password"
          value={values.new}
          onValueChange={set('new')}
          error={errors.new && t(errors.new)}
          describedBy="change-rules"
        />
        <PasswordRules id="change-rules" results={rules} policy={pending.policy} />
        <PasswordField
          id="change-confirm"
          label={t('change.field.confirm')}
          autoComplete="new-password"
          value={values.confirm}
          onValueChange={set('confirm')}
          error={errors.confirm && t(errors.confirm)}
        />
        {flowExpired ? (
          <StaleStep onBack={restart} />
        ) : (
          <>
            {update.error && <ErrorAlert error={update.error} onRetry={() => void submit()} />}
            {skip.error && <ErrorAlert error={skip.error} onRetry={skip.skip} />}
            <Button type="submit" busy={update.busy || outcome.leaving} busyLabel={t('change.submitting')} disabled={skip.busy}>
              {t('change.submit')}
            </Button>
            {!expired && (
              <Button variant="secondary" busy={skip.busy} busyLabel={t('warn.skipping')} disabled={update.busy || outcome.leaving} onClick={skip.skip}>
                {t('change.skip')}
              </Button>
            )}
            <Button variant="link" onClick={expired ? restart : () => void navigate('/login')} disabled={update.busy || skip.busy}>
              {expired ? t('common.backToLogin') : t('change.cancel')}
            </Button>
          </>
        )}
      </form>
    </Page>
  );
}
