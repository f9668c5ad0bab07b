import { useState, type FormEvent } from 'react';
import { Link, Navigate, useNavigate } from 'react-router';
import { useAppConfig } from '../../app/app-config';
import { useIdaasClient } from '../../api/react';
import { settleTenantRegexes } from '../../api/use-tenant-regex';
import { useTenantAction } from '../../api/use-tenant-action';
import type { MessageKey } from '../../i18n/messages/zh-CN';
import { useLocale, useT } from '../../i18n/use-t';
import { checkPhone, phoneProblemText, type PhoneProblem } from '../../phone/phone-check';
import type { PhoneValue } from '../../phone/PhoneNumberField';
import { countryCodesNow, useCountryCodes } from '../../phone/use-country-codes';
import { ensurePhoneLib } from '../../phone/use-phone-lib';
import { SessionEndedNotice } from '../../session/SessionEndedNotice';
import { checkCode, codeMessages, codeProblemOf, type CodeProblem } from '../../sms/code-problems';
import { SmsCodeFields } from '../../sms/SmsCodeFields';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { Page } from '../../ui/Page';
import { useLoginOutcome } from '../password-login/use-login-outcome';

/** `/login/sms`: phone number, slider, SMS code, signed in. */
export default function SmsLoginPage() {
  const config = useAppConfig();
  if (!config.methods.enabled.includes('sms')) return <Navigate to="/" replace />;
  return <SmsLoginForm />;
}

function SmsLoginForm() {
  const t = useT();
  const locale = useLocale();
  const config = useAppConfig();
  const client = useIdaasClient();
  const codes = useCountryCodes();
  const navigate = useNavigate();
  const outcome = useLoginOutcome();
  const [phone, setPhone] = useState<PhoneValue>({ countryCode: undefined, number: '' });
  const [code, setCode] = useState('');
  const [phoneProblem, setPhoneProblem] = useState<PhoneProblem>();
  const [codeProblem, setCodeProblem] = useState<CodeProblem>();
  const [notice, setNotice] = useState<MessageKey>();
  const login = useTenantAction((input: { mobile: string; verifyCode: string }) => client.loginBySmsCode(input));
  const busy = login.busy || outcome.leaving;

  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    if (busy) return;
    const areaCodes = await countryCodesNow(codes);
    const lib = await ensurePhoneLib();
    const phoneCheck = await settleTenantRegexes((settledJudge) => checkPhone(areaCodes, phone, lib, settledJudge));
    const codeCheck = checkCode(code);
    setPhoneProblem(phoneCheck.ok ? undefined : phoneCheck.problem);
    setCodeProblem(codeCheck);
    if (!phoneCheck.ok || codeCheck) {
      document.getElementById(phoneCheck.ok ? 'sms-login-code' : 'sms-login-phone')?.focus();
      return;
    }
    setNotice(undefined);
    login.run(
      { mobile: phoneCheck.wire, verifyCode: code },
      {
        onSuccess: (answer) => {
          setNotice(outcome.handle(answer, phoneCheck.wire));
          // The password-expiry steps live on the password page.
          if (answer.status === 'PASSWORD_WARN') void navigate('/login');
        },
        onError: (error) => {
          const problem = codeProblemOf(error);
          if (problem) {
            setCodeProblem(problem);
            document.getElementById('sms-login-code')?.focus();
          }
        },
      },
    );
  };

  const pageError = login.error && !codeProblemOf(login.error) ? login.error : undefined;

  return (
    <Page title={t('smsLogin.title')}>
      <SessionEndedNotice />
      <form className="stack" noValidate onSubmit={(e) => void submit(e)}>
        <SmsCodeFields
          idPrefix="sms-login"
          type="LOGIN_SMS"
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
        {pageError && <ErrorAlert error={pageError} onRetry={() => void submit()} />}
        {notice && <Alert>{t(notice)}</Alert>}
        <Button type="submit" busy={busy} busyLabel={t('smsLogin.submitting')}>
          {t('smsLogin.submit')}
        </Button>
      </form>
      <p className="page-links">
        {config.methods.enabled.includes('password') && <Link to="/login">{t('smsLogin.passwordInstead')}</Link>}
        {config.registration.enabled && <Link to="/register">{t('common.register')}</Link>}
      </p>
    </Page>
  );
}
