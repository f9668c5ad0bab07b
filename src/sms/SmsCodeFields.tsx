import { useEffect, useRef, useState, type ComponentType } from 'react';
import { IdaasError, unreachable } from '../api/errors';
import { useIdaasClient } from '../api/react';
import { useTenantAction } from '../api/use-tenant-action';
import { settleTenantRegexes, useRegexJudge } from '../api/use-tenant-regex';
import type { SmsType } from '../api/verification';
import { useLocale, useT } from '../i18n/use-t';
import { checkPhone, phoneProblemText, type PhoneProblem } from '../phone/phone-check';
import { PhoneNumberField, type PhoneValue } from '../phone/PhoneNumberField';
import { countryCodesNow, useCountryCodes } from '../phone/use-country-codes';
import { ensurePhoneLib, usePhoneLib } from '../phone/use-phone-lib';
import { Alert } from '../ui/Alert';
import { Button } from '../ui/Button';
import { ErrorAlert } from '../ui/ErrorAlert';
import { TextField } from '../ui/Field';
import { resendKey, startResendCountdown, useResendSeconds } from './resend-countdown';
import { receiveOtp } from './web-otp';

type SliderComponent = ComponentType<import('../captcha/SliderCaptcha').SliderCaptchaProps>;

// The slider and its cipher load when a code is first asked for, not with the page.
const loadSlider = () => import('../captcha/SliderCaptcha').then((module) => module.default as SliderComponent);

export const SMS_CODE_LENGTH = 6;

interface SmsCodeFieldsProps {
  idPrefix: string;
  type: SmsType;
  phone: PhoneValue;
  onPhoneChange: (value: PhoneValue, reason: 'edit' | 'format') => void;
  /** A problem the form found on submit. */
  phoneError?: string | undefined;
  code: string;
  onCodeChange: (code: string) => void;
  codeError?: string | undefined;
}

/** The code field keeps digits only: a pasted "123 456" or "验证码：123456" becomes 123456. */
export function codeDigits(input: string): string {
  return input.replace(/\D/g, '').slice(0, SMS_CODE_LENGTH);
}

/**
 * Phone number, "Get code" and the code, as every SMS flow uses them: Get code checks the number,
 * opens the slider, sends the SMS with the slider's captcha_token, then waits 60 s before another.
 * Closing the slider tells the host app (code 105) and puts focus back on Get code.
 */
export function SmsCodeFields({ idPrefix, type, phone, onPhoneChange, phoneError, code, onCodeChange, codeError }: SmsCodeFieldsProps) {
  const t = useT();
  const locale = useLocale();
  const client = useIdaasClient();
  const codes = useCountryCodes();
  const lib = usePhoneLib();
  const getCodeButton = useRef<HTMLButtonElement>(null);
  const [captchaFor, setCaptchaFor] = useState<string>();
  const [ownProblem, setOwnProblem] = useState<PhoneProblem>();
  const [sentTo, setSentTo] = useState<string>();
  const [closedNotice, setClosedNotice] = useState(false);
  const [Slider, setSlider] = useState<SliderComponent>();
  const [sliderLoad, setSliderLoad] = useState<'loading' | IdaasError>();
  // The number as it is now, for a Get code that waited for the area codes or the slider's code.
  const latestPhone = useRef(phone);
  useEffect(() => {
    latestPhone.current = phone;
  }, [phone]);
  const otpAbort = useRef<AbortController | undefined>(undefined);
  const send = useTenantAction((input: { mobile: string; captchaToken: string }) => client.sendSms({ mobile: input.mobile, type, captchaToken: input.captchaToken }));

  const judge = useRegexJudge();
  const check = checkPhone(codes.data, phone, lib, judge);
  const seconds = useResendSeconds(check.ok ? resendKey(type, check.wire) : undefined);
  const codeId = `${idPrefix}-code`;

  useEffect(() => () => otpAbort.current?.abort(), []);

  const getCode = async () => {
    setClosedNotice(false);
    // Pressed before the area codes (or libphonenumber-js) have arrived: wait for them, and try a
    // failed area-code load again, rather than call the number unusable ("area codes failed").
    const areaCodes = await countryCodesNow(codes);
    const phoneLib = lib ?? (await ensurePhoneLib());
    const current = await settleTenantRegexes((settledJudge) => checkPhone(areaCodes, latestPhone.current, phoneLib, settledJudge));
    if (!current.ok) {
      setOwnProblem(current.problem);
      document.getElementById(`${idPrefix}-phone`)?.focus();
      return;
    }
    if (!Slider) {
      // Failing to load the slider (offline, a new deployment) is said here; the form stays as typed.
      setSliderLoad('loading');
      try {
        const component = await loadSlider();
        setSlider(() => component);
        setSliderLoad(undefined);
      } catch (cause) {
        setSliderLoad(unreachable(cause));
        return;
      }
    }
    const sender = await settleTenantRegexes((settledJudge) => checkPhone(areaCodes, latestPhone.current, phoneLib, settledJudge));
    if (sender.ok) setCaptchaFor(sender.wire);
  };

  const onSolved = (mobile: string, captchaToken: string) => {
    setCaptchaFor(undefined);
    // Focus leaves the closing dialog for the button it came from, then moves on to the code.
    getCodeButton.current?.focus();
    send.run(
      { mobile, captchaToken },
      {
        onSuccess: () => {
          startResendCountdown(resendKey(type, mobile));
          setSentTo(mobile);
          document.getElementById(codeId)?.focus();
          otpAbort.current?.abort();
          otpAbort.current = new AbortController();
          void receiveOtp(otpAbort.current.signal).then((otp) => {
            if (otp) onCodeChange(codeDigits(otp));
          });
        },
        onError: (error) => {
          // The tenant refuses a second code within its minute (docs/tenant-api.md): wait that long here too.
          if (error.meaning === 'send-failed') startResendCountdown(resendKey(type, mobile));
          getCodeButton.current?.focus();
        },
      },
    );
  };

  const onCaptchaClosed = () => {
    setCaptchaFor(undefined);
    setClosedNotice(true);
    getCodeButton.current?.focus();
    // The SDKs report a closed slider as code 105; a host app listening gets the same.
    void import('../session/bridge').then(
      ({ getPageBridge }) => getPageBridge()?.event('result', { code: '105' }),
      () => undefined,
    );
  };

  const phoneMessage = ownProblem ? phoneProblemText(ownProblem, t, locale, codes.data, phone) : phoneError;

  return (
    <div className="stack">
      <PhoneNumberField
        id={`${idPrefix}-phone`}
        label={t('common.field.phone')}
        value={phone}
        onChange={(value, reason) => {
          if (reason === 'edit') setOwnProblem(undefined);
          onPhoneChange(value, reason);
        }}
        error={phoneMessage}
      />
      <TextField
        id={codeId}
        label={t('sms.code')}
        value={code}
        onValueChange={(value) => onCodeChange(codeDigits(value))}
        onPaste={(event) => {
          // A pasted whole code replaces what the field holds (an older code, a half-typed one):
          // inserted at the caret, the old digits would come first and the new ones be cut off.
          const digits = event.clipboardData.getData('text').replace(/\D/g, '');
          if (digits.length !== SMS_CODE_LENGTH) return;
          event.preventDefault();
          onCodeChange(digits);
        }}
        error={codeError}
        autoComplete="one-time-code"
        inputMode="numeric"
        enterKeyHint="done"
        trailing={
          <Button
            ref={getCodeButton}
            variant="secondary"
            className="sms-get-code"
            busy={send.busy || sliderLoad === 'loading'}
            busyLabel={t('sms.sending')}
            disabled={seconds > 0}
            onClick={() => void getCode()}
          >
            {seconds > 0 ? t('sms.resendIn', { seconds }) : t('sms.getCode')}
          </Button>
        }
      />
      {/* One polite live region for what happened to the code; the alerts in it do not announce twice. */}
      <div role="status" className="sms-notices">
        {sentTo && !send.error && (
          <Alert tone="info" announce={false}>
            {t('sms.sent', { mobile: sentTo })}
          </Alert>
        )}
        {send.error?.meaning === 'send-failed' && !send.busy && seconds > 0 && (
          <Alert tone="info" announce={false}>
            {t('sms.waitBeforeResend')}
          </Alert>
        )}
        {closedNotice && (
          <Alert tone="info" announce={false}>
            {t('captcha.closed')}
          </Alert>
        )}
      </div>
      {send.error && !send.busy && <ErrorAlert error={send.error} onRetry={() => void getCode()} />}
      {sliderLoad instanceof IdaasError && <ErrorAlert error={sliderLoad} onRetry={() => void getCode()} />}
      {captchaFor && Slider && <Slider sender={captchaFor} onSolved={(token) => onSolved(captchaFor, token)} onClose={onCaptchaClosed} />}
    </div>
  );
}
