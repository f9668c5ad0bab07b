import { Link, Navigate, useNavigate } from 'react-router';
import { PATHS } from '../../app/paths';
import { useIdaasClient } from '../../api/react';
import { settleTenantRegexes, useRegexJudge } from '../../api/use-tenant-regex';
import { useTenantAction } from '../../api/use-tenant-action';
import { useAppConfig } from '../../config/app-config';
import { useLocale, useT } from '../../i18n/use-t';
import { newPasswordFindings, type ConfirmProblem, type NewPasswordProblem } from '../../password/new-password';
import { checkNewPassword, configuredPolicy } from '../../password/policy';
import { PasswordRules } from '../../password/PasswordRules';
import { checkPhone, phoneProblemText, type PhoneProblem } from '../../phone/phone-check';
import type { PhoneValue } from '../../phone/PhoneNumberField';
import { countryCodesNow, useCountryCodes } from '../../phone/use-country-codes';
import { ensurePhoneLib } from '../../phone/use-phone-lib';
import { newPasswordRoutes, SMS_CODE_ROUTES } from '../../sign-in/error-routes';
import { signInFlow } from '../../sign-in/flow';
import type { ErrorRoutes } from '../../sign-in/route-error';
import { SignInPage } from '../../sign-in/SignInPage';
import { useForm } from '../../sign-in/use-form';
import { checkCode, codeMessages, type CodeProblem } from '../../sms/code-problems';
import { SmsCodeFields } from '../../sms/SmsCodeFields';
import { Button } from '../../ui/Button';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PasswordField } from '../../ui/PasswordField';

type Problems = { phone: PhoneProblem; code: CodeProblem; password: NewPasswordProblem; confirm: ConfirmProblem };
type Values = { phone: PhoneValue; code: string; password: string; confirm: string };

const domIds: Record<keyof Problems, string> = { phone: 'forgot-phone', code: 'forgot-code', password: 'forgot-new', confirm: 'forgot-confirm' };
const routes: ErrorRoutes<Problems> = { ...SMS_CODE_ROUTES, ...newPasswordRoutes('password') };

/** `/password/forgot`: phone → slider → SMS code + new password → back to sign-in with the phone filled in. */
export default function ForgotPasswordPage() {
  const config = useAppConfig();
  if (!config.password.forgot) return <Navigate to={PATHS.home} replace />;
  return <ForgotPasswordForm />;
}

function ForgotPasswordForm() {
  const t = useT();
  const locale = useLocale();
  const config = useAppConfig();
  const client = useIdaasClient();
  const codes = useCountryCodes();
  const navigate = useNavigate();
  const policy = configuredPolicy(config.password.policy);
  const form = useForm<Values, Problems>({
    initial: { phone: { countryCode: undefined, number: '' }, code: '', password: '', confirm: '' },
    order: ['phone', 'code', 'password', 'confirm'],
    domId: (field) => domIds[field],
  });
  const { phone, code, password, confirm } = form.values;
  const reset = useTenantAction((input: { mobile: string; verifyCode: string; password: string }) => client.resetPasswordByMobile(input));
  const judge = useRegexJudge();
  const rules = checkNewPassword(password, policy, { identifier: undefined, oldPassword: '' }, judge);

  const submit = form.onSubmit(async () => {
    if (reset.busy) return;
    const areaCodes = await countryCodesNow(codes);
    const lib = await ensurePhoneLib();
    const phoneCheck = await settleTenantRegexes((settledJudge) => checkPhone(areaCodes, phone, lib, settledJudge));
    const settledRules = await settleTenantRegexes((settledJudge) => checkNewPassword(password, policy, { identifier: undefined, oldPassword: '' }, settledJudge));
    const findings = { phone: phoneCheck.ok ? undefined : phoneCheck.problem, code: checkCode(code), ...newPasswordFindings(password, confirm, settledRules.every((r) => r.met)) };
    if (!form.check(findings) || !phoneCheck.ok) return;
    reset.run(
      { mobile: phoneCheck.wire, verifyCode: code, password },
      {
        onSuccess: () => {
          signInFlow.handOverResetPhone(phone);
          void navigate(PATHS.login, { replace: true });
        },
        onError: (error) => form.tellAtField(error, routes),
      },
    );
  });

  const pageError = form.alertError(reset.error, routes);

  return (
    <SignInPage title={t('forgot.title')}>
      <form className="stack" noValidate onSubmit={(e) => void submit(e)}>
        <p>{t('forgot.intro')}</p>
        <SmsCodeFields
          idPrefix="forgot"
          type="FORGET_PWD_SMS"
          phone={phone}
          onPhoneChange={(value, reason) => form.setValue('phone', value, { keepProblem: reason !== 'edit' })}
          phoneError={form.problemText('phone', (problem) => phoneProblemText(problem, t, locale, codes.data, phone))}
          code={code}
          onCodeChange={(value) => form.setValue('code', value)}
          codeError={form.problemText('code', (problem) => t(codeMessages[problem]))}
        />
        <PasswordField
          id={domIds.password}
          label={t('change.field.new')}
          autoComplete="new-password"
          value={password}
          onValueChange={(value) => form.setValue('password', value)}
          error={form.problemText('password', t)}
          describedBy="forgot-rules"
        />
        <PasswordRules id="forgot-rules" results={rules} policy={policy} />
        <PasswordField
          id={domIds.confirm}
          label={t('change.field.confirm')}
          autoComplete="new-password"
          value={confirm}
          onValueChange={(value) => form.setValue('confirm', value)}
          error={form.problemText('confirm', t)}
        />
        {pageError && <ErrorAlert error={pageError} onRetry={() => void submit()} />}
        <Button type="submit" busy={reset.busy} busyLabel={t('forgot.submitting')}>
          {t('forgot.submit')}
        </Button>
      </form>
      <p className="page-links">
        <Link to={PATHS.login}>{t('common.backToLogin')}</Link>
      </p>
    </SignInPage>
  );
}
