import { useState, type FormEvent } from 'react';
import { Link, Navigate } from 'react-router';
import { useAppConfig } from '../../app/app-config';
import type { RegistrationField } from '../../app/config';
import type { IdaasError } from '../../api/errors';
import { useIdaasClient } from '../../api/react';
import type { RegexJudge } from '../../api/untrusted-regex';
import type { RegistrationProfile } from '../../api/register';
import { settleTenantRegexes, useRegexJudge } from '../../api/use-tenant-regex';
import { useTenantAction } from '../../api/use-tenant-action';
import { errorText } from '../../i18n/error-text';
import type { MessageKey } from '../../i18n/messages/zh-CN';
import { useI18n } from '../../i18n/store';
import { useLocale, useT, type Translate } from '../../i18n/use-t';
import { checkPhone, phoneProblemText, type PhoneProblem } from '../../phone/phone-check';
import type { PhoneValue } from '../../phone/PhoneNumberField';
import { countryCodesNow, useCountryCodes } from '../../phone/use-country-codes';
import { ensurePhoneLib } from '../../phone/use-phone-lib';
import { checkCode, codeMessages, codeProblemOf } from '../../sms/code-problems';
import { SmsCodeFields } from '../../sms/SmsCodeFields';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { FieldError, TextField } from '../../ui/Field';
import { PasswordField } from '../../ui/PasswordField';
import { Page } from '../../ui/Page';
import { checkNewPassword, configuredPolicy, isPasswordRefusal, type RuleResult } from '../password-change/policy';
import { PasswordRules } from '../password-change/PasswordRules';
import { useLoginOutcome } from '../password-login/use-login-outcome';
import { fieldSpecs, GENDERS } from './fields';

/**
 * A problem to show at a field: a message of ours, naming the field (`label`, worked out when shown,
 * so a language switch renames it too), or the tenant's answer.
 */
type Problem = { message: MessageKey; label?: FieldId | 'phone'; max?: number } | { error: IdaasError };

/** Field ids: the profile fields, the password confirmation, and `ext.<key>` for tenant attributes. */
type FieldId = RegistrationField | 'pwdConfirm' | `ext.${string}`;

const fieldDomId = (id: FieldId) => `register-${id.replace('.', '-')}`;

/** What the tenant's refusal of a field's value means to the user: missing, taken (the account identifiers), or not valid. */
function fieldRefusal(error: IdaasError, field: FieldId | 'phone'): MessageKey {
  if (error.meaning === 'value-missing') return 'register.error.required';
  return error.meaning === 'value-rejected' && ['phone', 'user_name', 'email'].includes(field) ? 'register.error.taken' : 'register.error.format';
}

/** `/register`: phone, slider, SMS code and the profile the tenant asks for; registered = signed in. */
export default function RegisterPage() {
  const config = useAppConfig();
  if (!config.registration.enabled) return <Navigate to="/" replace />;
  return <RegisterForm />;
}

function RegisterForm() {
  const t = useT();
  const locale = useLocale();
  const config = useAppConfig();
  const client = useIdaasClient();
  const codes = useCountryCodes();
  const outcome = useLoginOutcome();
  const { messages, errors } = useI18n();
  const { fields, extension } = config.registration;
  const policy = configuredPolicy(config.password.policy);
  const [phone, setPhone] = useState<PhoneValue>({ countryCode: undefined, number: '' });
  const [code, setCode] = useState('');
  const [values, setValues] = useState<Partial<Record<FieldId, string>>>({});
  const [phoneProblem, setPhoneProblem] = useState<PhoneProblem | Problem>();
  const [codeProblem, setCodeProblem] = useState<MessageKey>();
  const [problems, setProblems] = useState<Partial<Record<FieldId, Problem>>>({});
  const [notice, setNotice] = useState<MessageKey>();
  const register = useTenantAction((input: { mobile: string; verifyCode: string; profile: RegistrationProfile }) => client.registerByMobile(input));
  const busy = register.busy || outcome.leaving;
  const wantsPassword = fields.some((f) => f.key === 'pwd');
  const judge = useRegexJudge();
  const rulesFor = (regexJudge: RegexJudge) => checkNewPassword(values.pwd ?? '', policy, { identifier: values.user_name, oldPassword: '' }, regexJudge);
  const passwordRules = rulesFor(judge);

  const labelOf = (id: FieldId): string => {
    if (id === 'pwdConfirm') return t('register.field.pwdConfirm');
    if (id.startsWith('ext.')) return extension.find((a) => `ext.${a.key}` === id)?.label[locale] ?? id;
    return t(fieldSpecs[id as RegistrationField].label);
  };
  const problemText = (problem: Problem | undefined): string | undefined => {
    if (!problem) return undefined;
    if ('error' in problem) return errorText(problem.error, messages, errors, locale);
    const label = problem.label === undefined ? '' : problem.label === 'phone' ? t('common.field.phone') : labelOf(problem.label);
    return t(problem.message, { label, max: problem.max ?? '' });
  };

  const set = (id: FieldId) => (value: string) => {
    setValues((v) => ({ ...v, [id]: value }));
    setProblems((p) => ({ ...p, [id]: undefined }));
  };

  /** Every field's problem as the page can tell it before sending. */
  const findProblems = (passwordRules: RuleResult[]): Partial<Record<FieldId, Problem>> => {
    const found: Partial<Record<FieldId, Problem>> = {};
    for (const { key, required } of fields) {
      const value = (values[key] ?? '').trim();
      const spec = fieldSpecs[key];
      if (value === '') {
        if (required) found[key] = { message: 'register.error.required', label: key };
      } else if (key === 'pwd') {
        if (passwordRules.some((r) => !r.met)) found.pwd = { message: 'change.error.policy' };
      } else if (value.length > spec.maxLength) {
        found[key] = { message: 'register.error.tooLong', label: key, max: spec.maxLength };
      } else {
        const message = spec.check?.(value);
        if (message) found[key] = { message, label: key };
      }
    }
    if (wantsPassword && (values.pwd ?? '') !== '' && values.pwdConfirm !== values.pwd) {
      found.pwdConfirm = { message: values.pwdConfirm ? 'change.error.mismatch' : 'change.error.confirmRequired' };
    }
    for (const attribute of extension) {
      const id: FieldId = `ext.${attribute.key}`;
      const value = (values[id] ?? '').trim();
      if (value === '') {
        if (attribute.required) found[id] = { message: 'register.error.required', label: id };
      } else if (value.length > attribute.maxLength) found[id] = { message: 'register.error.tooLong', label: id, max: attribute.maxLength };
      else if (attribute.type === 'number' && !/^\d+$/.test(value)) found[id] = { message: 'register.error.number', label: id };
    }
    return found;
  };

  const profile = (): RegistrationProfile => {
    const result: Record<string, unknown> = {};
    for (const { key } of fields) {
      // Passwords go byte-exact; everything else trimmed.
      const value = key === 'pwd' ? (values.pwd ?? '') : (values[key] ?? '').trim();
      if (value !== '') result[key] = value;
    }
    const ext = Object.fromEntries(extension.map((a) => [a.key, (values[`ext.${a.key}`] ?? '').trim()]).filter(([, v]) => v !== ''));
    if (Object.keys(ext).length > 0) result.extension = ext;
    return result as RegistrationProfile;
  };

  /** A refusal the tenant ties to a field (`COMMON.1006 mobile`, `COMMON.1002 attr_birthday`, PWD.*): told there. */
  const fieldOfError = (error: IdaasError): FieldId | 'phone' | undefined => {
    if (isPasswordRefusal(error)) return wantsPassword ? 'pwd' : undefined;
    const param = error.args[0];
    if (!param || (error.meaning !== 'value-missing' && error.meaning !== 'value-invalid' && error.meaning !== 'value-rejected')) return undefined;
    if (param === 'mobile') return 'phone';
    if (param.startsWith('extension.')) return extension.some((a) => `extension.${a.key}` === param) ? `ext.${param.slice('extension.'.length)}` : undefined;
    return fields.some((f) => f.key === param) ? (param as RegistrationField) : undefined;
  };

  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    if (busy) return;
    const areaCodes = await countryCodesNow(codes);
    const lib = await ensurePhoneLib();
    const phoneCheck = await settleTenantRegexes((settledJudge) => checkPhone(areaCodes, phone, lib, settledJudge));
    const codeCheck = checkCode(code);
    const found = findProblems(await settleTenantRegexes(rulesFor));
    setPhoneProblem(phoneCheck.ok ? undefined : phoneCheck.problem);
    setCodeProblem(codeCheck && codeMessages[codeCheck]);
    setProblems(found);
    const order: string[] = [...(phoneCheck.ok ? [] : ['register-phone']), ...(codeCheck ? ['register-code'] : [])];
    for (const id of [...fields.map((f) => f.key), 'pwdConfirm', ...extension.map((a) => `ext.${a.key}`)] as FieldId[]) if (found[id]) order.push(fieldDomId(id));
    if (!phoneCheck.ok || order.length > 0) {
      if (order[0]) document.getElementById(order[0])?.focus();
      return;
    }
    setNotice(undefined);
    register.run(
      { mobile: phoneCheck.wire, verifyCode: code, profile: profile() },
      {
        onSuccess: (answer) => setNotice(outcome.handle(answer, phoneCheck.wire)),
        onError: (error) => {
          const codeProblem = codeProblemOf(error);
          if (codeProblem) {
            setCodeProblem(codeMessages[codeProblem]);
            document.getElementById('register-code')?.focus();
            return;
          }
          const field = fieldOfError(error);
          if (!field) return;
          const problem: Problem =
            field === 'pwd'
              ? { error }
              : { message: fieldRefusal(error, field), label: field };
          if (field === 'phone') setPhoneProblem(problem);
          else setProblems((p) => ({ ...p, [field]: problem }));
          document.getElementById(field === 'phone' ? 'register-phone' : fieldDomId(field))?.focus();
        },
      },
    );
  };

  const shownAtField = register.error && (codeProblemOf(register.error) || fieldOfError(register.error));
  const phoneMessage =
    phoneProblem === undefined ? undefined : typeof phoneProblem === 'string' ? phoneProblemText(phoneProblem, t, locale, codes.data, phone) : problemText(phoneProblem);
  const optional = (label: string, required: boolean) => (required ? label : t('register.optional', { label }));

  return (
    <Page title={t('register.title')}>
      <form className="stack" noValidate onSubmit={(e) => void submit(e)}>
        <p>{t('register.intro')}</p>
        <SmsCodeFields
          idPrefix="register"
          type="REGISTER_SMS"
          phone={phone}
          onPhoneChange={(value, reason) => {
            setPhone(value);
            if (reason === 'edit') setPhoneProblem(undefined);
          }}
          phoneError={phoneMessage}
          code={code}
          onCodeChange={(value) => {
            setCode(value);
            setCodeProblem(undefined);
          }}
          codeError={codeProblem && t(codeProblem)}
        />
        {fields.map(({ key, required }) => {
          const spec = fieldSpecs[key];
          const id = fieldDomId(key);
          const label = optional(labelOf(key), required);
          const error = problemText(problems[key]);
          if (spec.kind === 'password') {
            return (
              <div key={key} className="stack">
                <PasswordField
                  id={id}
                  label={label}
                  autoComplete="new-password"
                  value={values.pwd ?? ''}
                  onValueChange={set('pwd')}
                  error={error}
                  describedBy="register-rules"
                />
                <PasswordRules id="register-rules" results={passwordRules} policy={policy} />
                <PasswordField
                  id={fieldDomId('pwdConfirm')}
                  label={labelOf('pwdConfirm')}
                  autoComplete="new-password"
                  value={values.pwdConfirm ?? ''}
                  onValueChange={set('pwdConfirm')}
                  error={problemText(problems.pwdConfirm)}
                />
              </div>
            );
          }
          if (spec.kind === 'gender') return <GenderField key={key} id={id} label={label} value={values.attr_gender ?? ''} onChange={set('attr_gender')} error={error} t={t} />;
          return (
            <TextField
              key={key}
              id={id}
              label={label}
              value={values[key] ?? ''}
              onValueChange={set(key)}
              error={error}
              type={spec.kind === 'text' ? 'text' : spec.kind}
              autoComplete={spec.autoComplete}
              maxLength={spec.maxLength + 16}
              {...(spec.kind === 'email' || key === 'user_name' ? { autoCapitalize: 'none', autoCorrect: 'off', spellCheck: false } : {})}
            />
          );
        })}
        {extension.map((attribute) => {
          const id: FieldId = `ext.${attribute.key}`;
          return (
            <TextField
              key={id}
              id={fieldDomId(id)}
              label={optional(attribute.label[locale], attribute.required)}
              value={values[id] ?? ''}
              onValueChange={set(id)}
              error={problemText(problems[id])}
              inputMode={attribute.type === 'number' ? 'numeric' : 'text'}
              autoComplete="off"
              maxLength={attribute.maxLength + 16}
            />
          );
        })}
        {register.error && !shownAtField && <ErrorAlert error={register.error} onRetry={() => void submit()} />}
        {notice && <Alert>{t(notice)}</Alert>}
        <Button type="submit" busy={busy} busyLabel={t('register.submitting')}>
          {t('register.submit')}
        </Button>
      </form>
      <p className="page-links">
        <Link to="/login">{t('register.haveAccount')}</Link>
      </p>
    </Page>
  );
}

function GenderField({ id, label, value, onChange, error, t }: { id: string; label: string; value: string; onChange: (value: string) => void; error: string | undefined; t: Translate }) {
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className="field">
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      <div className="field-row">
        <select id={id} className="field-input field-select" value={value} onChange={(e) => onChange(e.currentTarget.value)} aria-invalid={error ? true : undefined} aria-describedby={errorId} autoComplete="sex">
          <option value="">{t('register.gender.none')}</option>
          {GENDERS.map((gender) => (
            <option key={gender} value={gender}>
              {t(`register.gender.${gender}`)}
            </option>
          ))}
        </select>
      </div>
      <FieldError id={errorId} message={error} />
    </div>
  );
}
