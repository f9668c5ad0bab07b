import { Suspense, useCallback, useEffect, useState } from 'react';
import { Link } from 'react-router';
import { PATHS } from '../../app/paths';
import { useAppConfig } from '../../config/app-config';
import type { PasswordMode } from '../../config/config';
import type { IdaasError } from '../../api/errors';
import { useIdaasClient } from '../../api/react';
import { prefetchTenantRegexes, settleTenantRegexes } from '../../api/use-tenant-regex';
import { useTenantAction } from '../../api/use-tenant-action';
import { whenIdle } from '../../platform/when-idle';
import type { MessageKey } from '../../i18n/messages/zh-CN';
import { withPacks } from '../../i18n/store';
import { useLocale, useT, type Translate } from '../../i18n/use-t';
import type { Locale } from '../../i18n/locales';
import { phoneProblemText } from '../../phone/phone-check';
import type { PhoneValue } from '../../phone/PhoneNumberField';
import { countryCodesNow, useCountryCodes } from '../../phone/use-country-codes';
import { ensurePhoneLib } from '../../phone/use-phone-lib';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { TextField } from '../../ui/Field';
import { MAX_PASSWORD_LENGTH } from '../../api/limits';
import { PasswordField } from '../../ui/PasswordField';
import { SignInPage } from '../../sign-in/SignInPage';
import { Tabs } from '../../ui/Tabs';
import { SessionEndedNotice } from '../../session/SessionEndedNotice';
import type { CountryCodes } from '../../api/schemas';
import { LockCountdown } from './LockCountdown';
import { loginWith, modeLabels, type Credentials } from './modes';
import { signInFlow, usePasswordStep } from '../../sign-in/flow';
import { useForm } from '../../sign-in/use-form';
import { useLoginOutcome } from '../../sign-in/use-login-outcome';
import { validateLogin, type IdentifierProblem, type LoginForm, type PasswordProblem } from './validate-login';
import { retryingLazy } from '../../platform/chunk-load';

interface Lock {
  until: number;
  /** The account the lock is for, as typed (see typedAccount). */
  account: string;
}

/** What the form currently names as the account, so a lock only holds back that account. */
function typedAccount(mode: PasswordMode, form: LoginForm): string {
  if (mode === 'phone') return `phone:${form.phone.countryCode ?? ''}:${form.phone.number.replace(/\D/g, '')}`;
  return `${mode}:${form[mode].trim().toLowerCase()}`;
}

const identifierLabels: Record<PasswordMode, MessageKey> = {
  unified: 'login.field.unified',
  username: 'login.field.username',
  phone: 'common.field.phone',
  email: 'login.field.email',
};

// The area-code picker and phone field: fetched while the page is idle, shown with the phone tab.
const loadPhoneField = () => import('../../phone/PhoneNumberField');
const PhoneNumberField = retryingLazy(async () => ({ default: (await loadPhoneField()).PhoneNumberField }));

// Only after a PASSWORD_WARN answer (online by then): not part of the sign-in page's first download.
// Its strings come in the new-password pack, which /password/change (where it leads) uses too.
const PasswordWarnStep = retryingLazy(async () => ({ default: (await withPacks(import('./PasswordWarnStep'), ['passwordChange'])).PasswordWarnStep }));

export default function LoginPage() {
  const step = usePasswordStep();
  if (step?.name === 'password-warn') {
    return (
      <Suspense fallback={null}>
        <PasswordWarnStep step={step} />
      </Suspense>
    );
  }
  return <PasswordLoginForm />;
}

function PasswordLoginForm() {
  const t = useT();
  const locale = useLocale();
  const config = useAppConfig();
  const client = useIdaasClient();
  const codes = useCountryCodes();
  const outcome = useLoginOutcome();
  const modes = config.password.modes;
  const offersPhone = modes.includes('phone');
  useEffect(() => (offersPhone ? whenIdle(() => void loadPhoneField().catch(() => undefined)) : undefined), [offersPhone]);
  // Submit reads the tenant's regexes (a phone number, in phone and unified modes): their code is fetched before it.
  useEffect(() => whenIdle(prefetchTenantRegexes), []);

  // Back from "forgot password": the phone number it was reset for, ready in phone mode.
  const [resetPhone] = useState(signInFlow.takeResetPhone);
  const [mode, setMode] = useState<PasswordMode>(resetPhone && modes.includes('phone') ? 'phone' : (modes[0] ?? 'unified'));
  const identifierId = mode === 'phone' ? 'login-phone' : 'login-identifier';
  const loginForm = useForm<LoginForm, { identifier: IdentifierProblem; password: PasswordProblem }>({
    initial: { unified: '', username: '', email: '', phone: resetPhone ?? { countryCode: undefined, number: '' }, password: '' },
    order: ['identifier', 'password'],
    domId: (field) => (field === 'identifier' ? identifierId : 'login-password'),
  });
  const form = loginForm.values;
  const [notice, setNotice] = useState<MessageKey>();
  const [lock, setLock] = useState<Lock>();
  const [lockEnded, setLockEnded] = useState(false);
  const login = useTenantAction((credentials: Credentials) => loginWith(client, credentials));

  // Every identifier field (one per mode) shares the `identifier` problem.
  const update = <K extends keyof LoginForm>(key: K, value: LoginForm[K], options: { keepProblem?: boolean } = {}) => {
    loginForm.setValue(key, value, { keepProblem: true });
    if (!options.keepProblem) loginForm.clearProblem(key === 'password' ? 'password' : 'identifier');
  };
  const updatePhone = (value: PhoneValue, reason: 'edit' | 'format') => update('phone', value, { keepProblem: reason !== 'edit' });

  const lockedNow = lock !== undefined && !lockEnded && lock.account === typedAccount(mode, form);
  const busy = login.busy || outcome.leaving;
  const endLock = useCallback(() => setLockEnded(true), []);

  const submit = loginForm.onSubmit(async () => {
    if (busy || lockedNow) return;
    const lib = mode === 'phone' ? await ensurePhoneLib() : undefined;
    const areaCodes = mode === 'phone' ? await countryCodesNow(codes) : codes.data;
    const result = await settleTenantRegexes((judge) => validateLogin(mode, form, areaCodes, lib, judge));
    if (!result.ok) {
      loginForm.check({ identifier: result.identifier, password: result.password });
      return;
    }
    loginForm.check({});
    setNotice(undefined);
    const account = typedAccount(mode, form);
    login.run(
      { mode, identifier: result.identifier, password: form.password },
      {
        onSuccess: (answer) => setNotice(outcome.handle(answer, result.identifier)),
        onError: (error) => {
          // The latest answer decides: a lock with a known end, or no lock at all.
          const until = lockEndsAt(error);
          setLock(until === undefined ? undefined : { until, account });
          setLockEnded(false);
        },
      },
    );
  });

  const identifierError = loginForm.problemText('identifier', (problem) => identifierMessage(problem, mode, t, locale, codes.data, form));
  const passwordError = loginForm.problemText('password', (problem) => passwordMessage(problem, t));

  const formBody = (
    <form className="stack" noValidate onSubmit={(e) => void submit(e)}>
      {mode === 'phone' ? (
        <Suspense fallback={<div className="field-placeholder" aria-hidden="true" />}>
          <PhoneNumberField id="login-phone" label={t('common.field.phone')} value={form.phone} onChange={updatePhone} error={identifierError} />
        </Suspense>
      ) : (
        <TextField
          key={mode}
          id="login-identifier"
          label={t(identifierLabels[mode])}
          value={form[mode]}
          onValueChange={(v) => update(mode, v)}
          error={identifierError}
          type={mode === 'email' ? 'email' : 'text'}
          inputMode={mode === 'email' ? 'email' : 'text'}
          autoComplete={mode === 'email' ? 'email' : 'username'}
          autoCapitalize="none"
          autoCorrect="off"
          spellCheck={false}
          maxLength={mode === 'email' ? 254 : 128}
        />
      )}
      <PasswordField
        id="login-password"
        label={t('login.field.password')}
        value={form.password}
        onValueChange={(v) => update('password', v)}
        error={passwordError}
        autoComplete="current-password"
      />
      {lock && login.error ? (
        <div className="stack-tight">
          <Alert>
            <strong>{t('login.locked.title')}</strong> {t('login.locked.body')}
          </Alert>
          {lockEnded ? <Alert tone="success">{t('login.locked.over')}</Alert> : <LockCountdown until={lock.until} onEnd={endLock} />}
        </div>
      ) : (
        login.error && <ErrorAlert error={login.error} onRetry={() => void submit()} />
      )}
      {notice && <Alert>{t(notice)}</Alert>}
      <Button type="submit" busy={busy} busyLabel={t('login.submitting')} disabled={lockedNow}>
        {t('login.submit')}
      </Button>
    </form>
  );

  return (
    <SignInPage title={t('login.title')}>
      <SessionEndedNotice />
      {resetPhone && (
        <div className="page-notice">
          <Alert tone="success">{t('login.passwordReset')}</Alert>
        </div>
      )}
      {modes.length > 1 ? (
        <>
          <Tabs
            label={t('login.modes')}
            idPrefix="login"
            tabs={modes.map((m) => ({ id: m, label: t(modeLabels[m]) }))}
            selected={mode}
            onSelect={(m) => {
              setMode(m);
              loginForm.setProblems({});
            }}
          />
          <div role="tabpanel" id="login-panel" aria-labelledby={`login-tab-${mode}`}>
            {formBody}
          </div>
        </>
      ) : (
        formBody
      )}
      <p className="page-links">
        {config.password.forgot && <Link to={PATHS.forgotPassword}>{t('login.forgot')}</Link>}
        {config.methods.enabled.includes('sms') && <Link to={PATHS.smsLogin}>{t('login.smsInstead')}</Link>}
        {config.registration.enabled && <Link to={PATHS.register}>{t('common.register')}</Link>}
      </p>
    </SignInPage>
  );
}

/** The end of an account lock from its "{0} minutes and {1} seconds", if the tenant gave them. */
function lockEndsAt(error: IdaasError): number | undefined {
  if (error.meaning !== 'locked') return undefined;
  const [minutes, seconds] = error.args.map(Number);
  if (minutes === undefined || seconds === undefined || Number.isNaN(minutes) || Number.isNaN(seconds)) return undefined;
  return Date.now() + (minutes * 60 + seconds) * 1000;
}

const requiredMessages: Record<PasswordMode, MessageKey> = {
  unified: 'login.error.identifierRequired',
  username: 'login.error.usernameRequired',
  email: 'login.error.emailRequired',
  phone: 'phone.error.required',
};

function identifierMessage(
  problem: IdentifierProblem,
  mode: PasswordMode,
  t: Translate,
  locale: Locale,
  codes: CountryCodes | undefined,
  form: LoginForm,
): string {
  switch (problem) {
    case 'required':
      return t(requiredMessages[mode]);
    case 'email-invalid':
      return t('common.error.emailInvalid');
    case 'phone-empty':
      return phoneProblemText('empty', t, locale, codes, form.phone);
    case 'phone-too-long':
      return phoneProblemText('too-long', t, locale, codes, form.phone);
    case 'codes-missing':
      return phoneProblemText('codes-missing', t, locale, codes, form.phone);
    case 'phone-invalid':
      return phoneProblemText('invalid', t, locale, codes, form.phone);
  }
}

function passwordMessage(problem: PasswordProblem, t: Translate): string {
  return problem === 'required' ? t('login.error.passwordRequired') : t('login.error.passwordTooLong', { max: MAX_PASSWORD_LENGTH });
}
