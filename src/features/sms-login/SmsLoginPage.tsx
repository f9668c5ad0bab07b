import { useState } from 'react';
import { Link, Navigate } from 'react-router';
import { PATHS } from '../../app/paths';
import { useIdaasClient } from '../../api/react';
import { settleTenantRegexes } from '../../api/use-tenant-regex';
import { useTenantAction } from '../../api/use-tenant-action';
import { useAppConfig } from '../../config/app-config';
import type { MessageKey } from '../../i18n/messages/zh-CN';
import { useLocale, useT } from '../../i18n/use-t';
import { checkPhone, phoneProblemText, type PhoneProblem } from '../../phone/phone-check';
import type { PhoneValue } from '../../phone/PhoneNumberField';
import { countryCodesNow, useCountryCodes } from '../../phone/use-country-codes';
import { ensurePhoneLib } from '../../phone/use-phone-lib';
import { SessionEndedNotice } from '../../session/SessionEndedNotice';
import { SMS_CODE_ROUTES } from '../../sign-in/error-routes';
import { SignInPage } from '../../sign-in/SignInPage';
import { useForm } from '../../sign-in/use-form';
import { useLoginOutcome } from '../../sign-in/use-login-outcome';
import { checkCode, codeMessages, type CodeProblem } from '../../sms/code-problems';
import { SmsCodeFields } from '../../sms/SmsCodeFields';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { ErrorAlert } from '../../ui/ErrorAlert';

type Problems = { phone: PhoneProblem; code: CodeProblem };

const domIds: Record<keyof Problems, string> = { phone: 'sms-login-phone', code: 'sms-login-code' };

/** `/login/sms`: phone number, slider, SMS code, signed in. */
export default function SmsLoginPage() {
  const config = useAppConfig();
  if (!config.methods.enabled.includes('sms')) return <Navigate to={PATHS.home} replace />;
  return <SmsLoginForm />;
}

function SmsLoginForm() {
  const t = useT();
  const locale = useLocale();
  const config = useAppConfig();
  const client = useIdaasClient();
  const codes = useCountryCodes();
  const outcome = useLoginOutcome();
  const form = useForm<{ phone: PhoneValue; code: string }, Problems>({
    initial: { phone: { countryCode: undefined, number: '' }, code: '' },
    order: ['phone', 'code'],
    domId: (field) => domIds[field],
  });
  const { phone, code } = form.values;
  const [notice, setNotice] = useState<MessageKey>();
  const login = useTenantAction((input: { mobile: string; verifyCode: string }) => client.loginBySmsCode(input));
  const busy = login.busy || outcome.leaving;

  const submit = form.onSubmit(async () => {
    if (busy) return;
    const areaCodes = await countryCodesNow(codes);
    const lib = await ensurePhoneLib();
    const phoneCheck = await settleTenantRegexes((judge) => checkPhone(areaCodes, phone, lib, judge));
    if (!form.check({ phone: phoneCheck.ok ? undefined : phoneCheck.problem, code: checkCode(code) }) || !phoneCheck.ok) return;
    setNotice(undefined);
    login.run(
      { mobile: phoneCheck.wire, verifyCode: code },
      { onSuccess: (answer) => setNotice(outcome.handle(answer, phoneCheck.wire)), onError: (error) => form.tellAtField(error, SMS_CODE_ROUTES) },
    );
  });

  const pageError = form.alertError(login.error, SMS_CODE_ROUTES);

  return (
    <SignInPage title={t('smsLogin.title')}>
      <SessionEndedNotice />
      <form className="stack" noValidate onSubmit={(e) => void submit(e)}>
        <SmsCodeFields
          idPrefix="sms-login"
          type="LOGIN_SMS"
          phone={phone}
          onPhoneChange={(value, reason) => form.setValue('phone', value, { keepProblem: reason !== 'edit' })}
          phoneError={form.problemText('phone', (problem) => phoneProblemText(problem, t, locale, codes.data, phone))}
          code={code}
          onCodeChange={(value) => form.setValue('code', value)}
          codeError={form.problemText('code', (problem) => t(codeMessages[problem]))}
        />
        {pageError && <ErrorAlert error={pageError} onRetry={() => void submit()} />}
        {notice && <Alert>{t(notice)}</Alert>}
        <Button type="submit" busy={busy} busyLabel={t('smsLogin.submitting')}>
          {t('smsLogin.submit')}
        </Button>
      </form>
      <p className="page-links">
        {config.methods.enabled.includes('password') && <Link to={PATHS.login}>{t('smsLogin.passwordInstead')}</Link>}
        {config.registration.enabled && <Link to={PATHS.register}>{t('common.register')}</Link>}
      </p>
    </SignInPage>
  );
}
