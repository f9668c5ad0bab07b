import { useState } from 'react';
import { Link, Navigate } from 'react-router';
import { useAppConfig } from '../../config/app-config';
import type { RegistrationField } from '../../config/config';
import type { IdaasError } from '../../api/errors';
import { useIdaasClient } from '../../api/react';
import type { RegexJudge } from '../../api/untrusted-regex';
import type { RegistrationProfile } from '../../api/register';
import { settleTenantRegexes, useRegexJudge } from '../../api/use-tenant-regex';
import { useTenantAction } from '../../api/use-tenant-action';
import type { MessageKey } from '../../i18n/messages/zh-CN';
import { useLocale, useT, type Translate } from '../../i18n/use-t';
import { checkPhone, phoneProblemText, type PhoneProblem } from '../../phone/phone-check';
import type { PhoneValue } from '../../phone/PhoneNumberField';
import { countryCodesNow, useCountryCodes } from '../../phone/use-country-codes';
import { ensurePhoneLib } from '../../phone/use-phone-lib';
import { checkCode, codeMessages, type CodeProblem } from '../../sms/code-problems';
import { SmsCodeFields } from '../../sms/SmsCodeFields';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { FieldError, TextField } from '../../ui/Field';
import { PasswordField } from '../../ui/PasswordField';
import { SignInPage } from '../../sign-in/SignInPage';
import { checkNewPassword, configuredPolicy, type RuleResult } from '../../password/policy';
import { PasswordRules } from '../../password/PasswordRules';
import { useLoginOutcome } from '../../sign-in/use-login-outcome';
import { newPasswordRoutes, SMS_CODE_ROUTES } from '../../sign-in/error-routes';
import type { ErrorRoutes, ErrorTarget } from '../../sign-in/route-error';
import { useForm, type ProblemValues } from '../../sign-in/use-form';
import { PATHS } from '../../app/paths';
import { fieldSpecs, GENDERS, type RegisterProblem } from './fields';

/** Field ids: the profile fields, the password confirmation, and `ext.<key>` for tenant attributes. */
type FieldId = RegistrationField | 'pwdConfirm' | `ext.${string}`;

/** The form's fields with their problem codes: the phone's own (phone-check.ts) or, as for every field, a message key naming the field. */
type Problems = Record<FieldId, RegisterProblem> & { phone: PhoneProblem | RegisterProblem; code: CodeProblem };
type Field = keyof Problems & string;
type RegisterFinding = RegisterProblem | { code: RegisterProblem; params: ProblemValues } | undefined;

const fieldDomId = (id: Field) => `register-${id.replace('.', '-')}`;
/** Our own words for a problem are message keys; the phone check's codes have no dot. */
const isMessageKey = (code: string): code is RegisterProblem => code.includes('.');

/** What the tenant's refusal of a field's value means to the user: missing, taken (the account identifiers), or not valid. */
function fieldRefusal(error: IdaasError, field: string): RegisterProblem {
  if (error.meaning === 'value-missing') return 'register.error.required';
  return error.meaning === 'value-rejected' && ['phone', 'user_name', 'email'].includes(field) ? 'register.error.taken' : 'register.error.format';
}

/** `/register`: phone, slider, SMS code and the profile the tenant asks for; registered = signed in. */
export default function RegisterPage() {
  const config = useAppConfig();
  if (!config.registration.enabled) return <Navigate to={PATHS.home} replace />;
  return <RegisterForm />;
}

function RegisterForm() {
  const t = useT();
  const locale = useLocale();
  const config = useAppConfig();
  const client = useIdaasClient();
  const codes = useCountryCodes();
  const outcome = useLoginOutcome();
  const { fields, extension } = config.registration;
  const policy = configuredPolicy(config.password.policy);
  const order: Field[] = ['phone', 'code', ...fields.map((f) => f.key), 'pwdConfirm', ...extension.map((a) => `ext.${a.key}` as const)];
  const form = useForm<{ phone: PhoneValue; code: string; fields: Partial<Record<FieldId, string>> }, Problems>({
    initial: { phone: { countryCode: undefined, number: '' }, code: '', fields: {} },
    order,
    domId: fieldDomId,
  });
  const { phone, code, fields: values } = form.values;
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
  /** A field's problem in words, naming the field in the current language. */
  const problemText = (id: FieldId) => form.problemText(id, (message, params) => t(message, { label: labelOf(id), max: params?.max ?? '' }));

  const set = (id: FieldId) => (value: string) => {
    form.updateValue('fields', (previous) => ({ ...previous, [id]: value }), { keepProblem: true });
    form.clearProblem(id);
  };

  /** Every field's problem as the page can tell it before sending. */
  const findProblems = (passwordRules: RuleResult[]): Partial<Record<FieldId, RegisterFinding>> => {
    const found: Partial<Record<FieldId, RegisterFinding>> = {};
    for (const { key, required } of fields) {
      const value = (values[key] ?? '').trim();
      const spec = fieldSpecs[key];
      if (value === '') {
        if (required) found[key] = 'register.error.required';
      } else if (key === 'pwd') {
        if (passwordRules.some((r) => !r.met)) found.pwd = 'change.error.policy';
      } else if (value.length > spec.maxLength) {
        found[key] = { code: 'register.error.tooLong', params: { max: spec.maxLength } };
      } else {
        found[key] = spec.check?.(value);
      }
    }
    if (wantsPassword && (values.pwd ?? '') !== '' && values.pwdConfirm !== values.pwd) {
      found.pwdConfirm = values.pwdConfirm ? 'change.error.mismatch' : 'change.error.confirmRequired';
    }
    for (const attribute of extension) {
      const id: FieldId = `ext.${attribute.key}`;
      const value = (values[id] ?? '').trim();
      if (value === '') {
        if (attribute.required) found[id] = 'register.error.required';
      } else if (value.length > attribute.maxLength) found[id] = { code: 'register.error.tooLong', params: { max: attribute.maxLength } };
      else if (attribute.type === 'number' && !/^\d+$/.test(value)) found[id] = 'register.error.number';
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

  /** A value refused, missing or malformed for the field the error names (its first argument: `mobile`, `attr_birthday`, `extension.<key>`): told there. */
  const fieldOfParam = (error: IdaasError): ErrorTarget<Problems> | undefined => {
    const param = error.args[0];
    if (!param) return undefined;
    const field: Field | undefined =
      param === 'mobile'
        ? 'phone'
        : param.startsWith('extension.')
          ? extension.some((a) => `extension.${a.key}` === param)
            ? `ext.${param.slice('extension.'.length)}`
            : undefined
          : fields.some((f) => f.key === param)
            ? (param as RegistrationField)
            : undefined;
    return field === undefined ? undefined : ({ field, problem: fieldRefusal(error, field) } as ErrorTarget<Problems>);
  };
  const routes: ErrorRoutes<Problems> = {
    ...SMS_CODE_ROUTES,
    ...(wantsPassword ? newPasswordRoutes('pwd') : {}),
    'value-missing': fieldOfParam,
    'value-invalid': fieldOfParam,
    'value-rejected': fieldOfParam,
  };

  const submit = form.onSubmit(async () => {
    if (busy) return;
    const areaCodes = await countryCodesNow(codes);
    const lib = await ensurePhoneLib();
    const phoneCheck = await settleTenantRegexes((settledJudge) => checkPhone(areaCodes, phone, lib, settledJudge));
    const found = findProblems(await settleTenantRegexes(rulesFor));
    if (!form.check({ phone: phoneCheck.ok ? undefined : phoneCheck.problem, code: checkCode(code), ...found }) || !phoneCheck.ok) return;
    setNotice(undefined);
    register.run(
      { mobile: phoneCheck.wire, verifyCode: code, profile: profile() },
      { onSuccess: (answer) => setNotice(outcome.handle(answer, phoneCheck.wire)), onError: (error) => form.tellAtField(error, routes) },
    );
  });

  const pageError = form.alertError(register.error, routes);
  const phoneMessage = form.problemText('phone', (problem) =>
    isMessageKey(problem) ? t(problem, { label: t('common.field.phone'), max: '' }) : phoneProblemText(problem, t, locale, codes.data, phone),
  );
  const optional = (label: string, required: boolean) => (required ? label : t('register.optional', { label }));

  return (
    <SignInPage title={t('register.title')}>
      <form className="stack" noValidate onSubmit={(e) => void submit(e)}>
        <p>{t('register.intro')}</p>
        <SmsCodeFields
          idPrefix="register"
          type="REGISTER_SMS"
          phone={phone}
          onPhoneChange={(value, reason) => form.setValue('phone', value, { keepProblem: reason !== 'edit' })}
          phoneError={phoneMessage}
          code={code}
          onCodeChange={(value) => form.setValue('code', value)}
          codeError={form.problemText('code', (problem) => t(codeMessages[problem]))}
        />
        {fields.map(({ key, required }) => {
          const spec = fieldSpecs[key];
          const id = fieldDomId(key);
          const label = optional(labelOf(key), required);
          const error = problemText(key);
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
                  error={problemText('pwdConfirm')}
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
              error={problemText(id)}
              inputMode={attribute.type === 'number' ? 'numeric' : 'text'}
              autoComplete="off"
              maxLength={attribute.maxLength + 16}
            />
          );
        })}
        {pageError && <ErrorAlert error={pageError} onRetry={() => void submit()} />}
        {notice && <Alert>{t(notice)}</Alert>}
        <Button type="submit" busy={busy} busyLabel={t('register.submitting')}>
          {t('register.submit')}
        </Button>
      </form>
      <p className="page-links">
        <Link to={PATHS.login}>{t('register.haveAccount')}</Link>
      </p>
    </SignInPage>
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
