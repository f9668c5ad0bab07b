import { useEffect, useRef } from 'react';
import { useT } from '../i18n/use-t';
import { Alert } from '../ui/Alert';
import { FieldError } from '../ui/Field';
import { selectedAreaCode } from './area-codes';
import { AreaCodePicker } from './AreaCodePicker';
import { MAX_PHONE_INPUT } from './regex-guard';
import { useCountryCodes } from './use-country-codes';
import { ensurePhoneLib, usePhoneLib } from './use-phone-lib';
import { nationalDigits } from './validate';

export interface PhoneValue {
  /** ISO country code of the chosen area code; undefined = the tenant's preferred one. */
  countryCode: string | undefined;
  number: string;
}

interface PhoneNumberFieldProps {
  id: string;
  label: string;
  value: PhoneValue;
  /** `edit`: the user changed the number or area code; `format`: only the spacing changed. */
  onChange: (value: PhoneValue, reason: 'edit' | 'format') => void;
  error?: string | undefined;
}

/** Area-code picker + national number, formatted as typed (libphonenumber-js, loaded on first keystroke). */
export function PhoneNumberField({ id, label, value, onChange, error }: PhoneNumberFieldProps) {
  const t = useT();
  const codes = useCountryCodes();
  const lib = usePhoneLib();
  const selected = selectedAreaCode(codes.data, value.countryCode);
  const errorId = error ? `${id}-error` : undefined;

  const input = useRef<HTMLInputElement>(null);

  const formatted = (raw: string): string => {
    const digits = selected ? nationalDigits(raw, selected.areaCode) : undefined;
    if (!lib || !selected || digits === undefined || raw.startsWith('+')) return raw;
    return lib.formatNational(selected.countryCode, digits).slice(0, MAX_PHONE_INPUT);
  };

  // When libphonenumber-js arrives or the area code changes, format what is there. The text is
  // read from the field itself, so an update landing just after a keystroke cannot undo it; while
  // the caret is inside the text (an edit in the middle) nothing moves under it.
  useEffect(() => {
    const field = input.current;
    const current = field?.value ?? value.number;
    if (field && document.activeElement === field && field.selectionStart !== current.length) return;
    const next = formatted(current);
    if (next !== value.number) onChange({ ...value, number: next }, 'format');
  });

  const onNumberInput = (field: HTMLInputElement) => {
    const raw = field.value;
    void ensurePhoneLib();
    // Reformat only while typing at the end, so editing in the middle never makes the caret jump.
    const caretAtEnd = field.selectionStart === raw.length;
    onChange({ ...value, number: (caretAtEnd ? formatted(raw) : raw).slice(0, MAX_PHONE_INPUT) }, 'edit');
  };

  return (
    <div className="field">
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      <div className="field-row phone-row">
        {selected && codes.data ? (
          <AreaCodePicker codes={codes.data} selected={selected} onSelect={(d) => onChange({ ...value, countryCode: d.countryCode }, 'edit')} />
        ) : (
          <span className="area-code-button is-placeholder" aria-hidden="true">
            +…
          </span>
        )}
        <input
          id={id}
          className="field-input"
          type="tel"
          inputMode="tel"
          autoComplete="tel-national"
          maxLength={MAX_PHONE_INPUT}
          value={value.number}
          onChange={(event) => onNumberInput(event.currentTarget)}
          ref={input}
          onFocus={() => void ensurePhoneLib()}
          onBlur={(event) => {
            const next = formatted(event.currentTarget.value);
            if (next !== value.number) onChange({ ...value, number: next }, 'format');
          }}
          aria-invalid={error ? true : undefined}
          aria-describedby={errorId}
        />
      </div>
      {/* Seen as the picker's "+…"; a visible line here would move the form when the codes arrive. */}
      {codes.isPending && (
        <p className="visually-hidden" role="status">
          {t('phone.loading')}
        </p>
      )}
      {codes.isError && (
        <Alert onRetry={() => void codes.refetch()} retryLabel={t('common.retry')}>
          {t('phone.loadFailed')}
        </Alert>
      )}
      <FieldError id={errorId} message={error} />
    </div>
  );
}
