import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { PATHS } from '../../app/paths';
import { useIdaasClient } from '../../api/react';
import { settleTenantRegexes, useRegexJudge } from '../../api/use-tenant-regex';
import { useTenantAction } from '../../api/use-tenant-action';
import type { MessageKey } from '../../i18n/messages/zh-CN';
import { newPasswordFindings, type ConfirmProblem, type NewPasswordProblem } from '../../password/new-password';
import { useT } from '../../i18n/use-t';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PasswordField } from '../../ui/PasswordField';
import { SignInPage } from '../../sign-in/SignInPage';
import { isStepExpired, signInFlow, usePasswordStep, type PasswordStep } from '../../sign-in/flow';
import { useForm } from '../../sign-in/use-form';
import { useLoginOutcome } from '../../sign-in/use-login-outcome';
import { StaleStep } from '../../sign-in/StaleStep';
import { useSkipPasswordChange } from '../../sign-in/use-skip-password-change';
import { checkNewPassword } from '../../password/policy';
import { PasswordRules } from '../../password/PasswordRules';

type Problems = { old: 'change.error.oldRequired'; new: NewPasswordProblem; confirm: ConfirmProblem };

export default function PasswordChangePage() {
  const t = useT();
  const step = usePasswordStep();
  if (!step) {
    return (
      <SignInPage title={t('change.title')}>
        <div className="stack">
          <p>{t('change.noFlow')}</p>
          <Link className="btn btn-primary" to={PATHS.login}>
            {t('common.backToLogin')}
          </Link>
        </div>
      </SignInPage>
    );
  }
  return <ChangeForm step={step} />;
}

function ChangeForm({ step }: { step: PasswordStep }) {
  const t = useT();
  const navigate = useNavigate();
  const client = useIdaasClient();
  const outcome = useLoginOutcome();
  const skip = useSkipPasswordChange(step);
  const update = useTenantAction((input: { oldPassword: string; newPassword: string }) => client.updatePassword(step.stateToken, input));
  const form = useForm<Record<keyof Problems, string>, Problems>({
    initial: { old: '', new: '', confirm: '' },
    order: ['old', 'new', 'confirm'],
    domId: (field) => `change-${field}`,
  });
  const { values } = form;
  // An answer that does not sign in (MFA, access denied): told here, as the sign-in forms tell it.
  const [notice, setNotice] = useState<MessageKey>();
  const expired = step.name === 'password-expired';
  const judge = useRegexJudge();
  const rules = checkNewPassword(values.new, step.policy, { identifier: step.identifier, oldPassword: values.old }, judge);
  const flowExpired = isStepExpired(update.error) || isStepExpired(skip.error);

  const submit = form.onSubmit(async () => {
    if (update.busy || outcome.leaving) return;
    const settledRules = await settleTenantRegexes((settledJudge) =>
      checkNewPassword(values.new, step.policy, { identifier: step.identifier, oldPassword: values.old }, settledJudge),
    );
    const { password, confirm } = newPasswordFindings(values.new, values.confirm, settledRules.every((r) => r.met));
    if (!form.check({ old: values.old === '' ? 'change.error.oldRequired' : undefined, new: password, confirm })) return;
    // Every refusal (a wrong old password, the policy) is told in the alert, next to the retry.
    setNotice(undefined);
    skip.forgetNotice();
    update.run({ oldPassword: values.old, newPassword: values.new }, { onSuccess: (answer) => setNotice(outcome.handle(answer, step.identifier)) });
  });

  const told = notice ?? skip.notice;

  const restart = () => {
    signInFlow.endStep();
    void navigate(PATHS.login);
  };

  return (
    <SignInPage title={expired ? t('change.expiredTitle') : t('change.title')}>
      <form className="stack" noValidate onSubmit={(e) => void submit(e)}>
        <p>{expired ? t('change.expiredBody') : t('change.warnBody')}</p>
        <PasswordField
          id="change-old"
          label={t('change.field.old')}
          autoComplete="current-password"
          value={values.old}
          onValueChange={(value) => form.setValue('old', value)}
          error={form.problemText('old', t)}
        />
        <PasswordField
          id="change-new"
          label={t('change.field.new')}
          autoComplete="new-password"
          value={values.new}
          onValueChange={(value) => form.setValue('new', value)}
          error={form.problemText('new', t)}
          describedBy="change-rules"
        />
        <PasswordRules id="change-rules" results={rules} policy={step.policy} />
        <PasswordField
          id="change-confirm"
          label={t('change.field.confirm')}
          autoComplete="new-password"
          value={values.confirm}
          onValueChange={(value) => form.setValue('confirm', value)}
          error={form.problemText('confirm', t)}
        />
        {flowExpired ? (
          <StaleStep onBack={restart} />
        ) : (
          <>
            {update.error && <ErrorAlert error={update.error} onRetry={() => void submit()} />}
            {skip.error && <ErrorAlert error={skip.error} onRetry={skip.skip} />}
            {told && <Alert>{t(told)}</Alert>}
            <Button type="submit" busy={update.busy || outcome.leaving} busyLabel={t('change.submitting')} disabled={skip.busy}>
              {t('change.submit')}
            </Button>
            {!expired && (
              <Button variant="secondary" busy={skip.busy} busyLabel={t('warn.skipping')} disabled={update.busy || outcome.leaving} onClick={skip.skip}>
                {t('change.skip')}
              </Button>
            )}
            <Button variant="link" onClick={expired ? restart : () => void navigate(PATHS.login)} disabled={update.busy || skip.busy}>
              {expired ? t('common.backToLogin') : t('change.cancel')}
            </Button>
          </>
        )}
      </form>
    </SignInPage>
  );
}
