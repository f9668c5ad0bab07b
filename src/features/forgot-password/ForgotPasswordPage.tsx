import { useState, type FormEvent } from 'react';
import { Link, Navigate, useNavigate } from 'react-router';
import { useAppConfig } from '../../app/app-config';
import type { IdaasError } from '../../api/errors';
import { useIdaasClient } from '../../api/react';
import { settleTenantRegexes, useRegexJudge } from '../../api/use-tenant-regex';
import { useTenantAction } from '../../api/use-tenant-action';
import { errorText } from '../../i18n/error-text';
import type { MessageKey } from '../../i18n/messages/zh-CN';
import { useI18n } from '../../i18n/store';
import { useLocale, useT } from '../../i18n/use-t';
import { checkPhone, phoneProblemText, type PhoneProblem } from '../../phone/phone-check';
import type { PhoneValue } from '../../phone/PhoneNumberField';
import { countryCodesNow, useCountryCodes } from '../../phone/use-country-codes';
import { ensurePhoneLib } from '../../phone/use-phone-lib';
import { SmsCodeFields } from '../../sms/SmsCodeFields';
import { checkCode, codeMessages, codeProblemOf, type CodeProblem } from '../../sms/code-problems';
import { Button } from '../../ui/Button';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PasswordField } from '../../ui/PasswordField';
import { Page } from '../../ui/Page';
import { checkNewPassword, configuredPolicy, isPasswordRefusal } from '../password-change/policy';
import { PasswordRules } from '../password-change/PasswordRules';
import { rememberPasswordReset } from './reset-state';

/** `/password/forgot`: phone → slider → SMS code + new password → back to sign-in with the phone filled in. */
export default function ForgotPasswordPage() {
  const config = useAppConfig();
  if (!config.password.forgot) return <Navigate to="/" replace />;
  return <ForgotPasswordForm />;
}

function ForgotPasswordForm() {
  const t = useT();
  const locale = useLocale();
  const config = useAppConfig();
  const client = useIdaasClient();
  const codes = useCountryCodes();
  const navigate = useNavigate();
  const { messages, errors } = useI18n();
  const policy = configuredPolicy(config.password.policy);
  const [phone, setPhone] = useState<PhoneValue>({ countryCode: undefined, number: '' });
  const [code, setCode] = useState('');
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [phoneProblem, setPhoneProblem] = useState<PhoneProblem>();
  const [codeProblem, setCodeProblem] = useState<CodeProblem>();
  const [passwordProblem, setPasswordProblem] = useState<MessageKey | IdaasError>();
  const [confirmProblem, setConfirmProblem] = useState<MessageKey>();
  const reset = useTenantAction((input: { mobile: string; verifyCode: string; password: string }) => client.resetPasswordByMobile(input));
  const judge = useRegexJudge();
  const rules = checkNewPassword(password, policy, { identifier: undefined, oldPassword: '' }, judge);

  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    if (reset.busy) return;
    const areaCodes = await countryCodesNow(codes);
    const lib = await ensurePhoneLib();
    const phoneCheck = await settleTenantRegexes((settledJudge) => checkPhone(areaCodes, phone, lib, settledJudge));
    const codeCheck = checkCode(code);
    const settledRules = await settleTenantRegexes((settledJudge) => checkNewPassword(password, policy, { identifier: undefined, oldPassword: '' }, settledJudge));
    const newProblem: MessageKey | undefined = password === '' ? 'change.error.newRequired' : settledRules.some((r) => !r.met) ? 'change.error.policy' : undefined;
    const confirmCheck: MessageKey | undefined = confirm === '' ? 'change.error.confirmRequired' : confirm !== password ? 'change.error.mismatch' : undefined;
    setPhoneProblem(phoneCheck.ok ? undefined : phoneCheck.problem);
    setCodeProblem(codeCheck);
    setPasswordProblem(newProblem);
    setConfirmProblem(confirmCheck);
    const firstBad = [!phoneCheck.ok && 'forgot-phone', codeCheck && 'forgot-code', newProblem && 'forgot-new', confirmCheck && 'forgot-confirm'].find(Boolean);
    if (firstBad || !phoneCheck.ok) {
      if (firstBad) document.getElementById(firstBad)?.focus();
      return;
    }
    reset.run(
      { mobile: phoneCheck.wire, verifyCode: code, password },
      {
        onSuccess: () => {
          rememberPasswordReset(phone);
          void navigate('/login', { replace: true });
        },
        onError: (error) => {
          const problem = codeProblemOf(error);
          if (problem) {
            setCodeProblem(problem);
            document.getElementById('forgot-code')?.focus();
          } else if (isPasswordRefusal(error)) {
            // The tenant's policy said no: said at the new password, in the user's language.
            setPasswordProblem(error);
            document.getElementById('forgot-new')?.focus();
          }
        },
      },
    );
  };

  const shownAtField = reset.error && (codeProblemOf(reset.error) || isPasswordRefusal(reset.error));
  const passwordMessage = passwordProblem === undefined ? undefined : typeof passwordProblem === 'string' ? t(passwordProblem) : errorText(passwordProblem, messages, errors, locale);

  return (
    <Page title={t('forgot.title')}>
      <form className="stack" noValidate onSubmit={(e) => void submit(e)}>
        <p>{t('forgot.intro')}</p>
        <SmsCodeFields
          idPrefix="forgot"
          type="FORGET_PWD_SMS"
          phone={phone}
          onPhoneChange={(value, reason) => {
            setPhone(value);
            if (reason === 'edit') setPhoneProblem(undefined);
          }}
          phoneError={phoneProblem && phoneProblemText(phoneProblem, t, locale, codes.data, phone)}
          code={code}
          onCodeChange={(value) => {
            setCode(value);
            setCodeProblem(undefined);
          }}
          codeError={codeProblem && t(codeMessages[codeProblem])}
        />
        <PasswordField
          id="forgot-new"
          label={t('change.field.new')}
          autoComplete="new-password"
          value={password}
          onValueChange={(value) => {
            setPassword(value);
            setPasswordProblem(undefined);
          }}
          error={passwordMessage}
          describedBy="forgot-rules"
        />
        <PasswordRules id="forgot-rules" results={rules} policy={policy} />
        <PasswordField
          id="forgot-confirm"
          label={t('change.field.confirm')}
          autoComplete="new-password"
          value={confirm}
          onValueChange={(value) => {
            setConfirm(value);
            setConfirmProblem(undefined);
          }}
          error={confirmProblem && t(confirmProblem)}
        />
        {reset.error && !shownAtField && <ErrorAlert error={reset.error} onRetry={() => void submit()} />}
        <Button type="submit" busy={reset.busy} busyLabel={t('forgot.submitting')}>
          {t('forgot.submit')}
        </Button>
      </form>
      <p className="page-links">
        <Link to="/login">{t('common.backToLogin')}</Link>
      </p>
    </Page>
  );
}
