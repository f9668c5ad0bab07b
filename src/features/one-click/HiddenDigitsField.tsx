import type { Ref } from 'react';
import { useT } from '../../i18n/use-t';
import '../../ui/forms.css';

interface HiddenDigitsFieldProps {
  ref: Ref<HTMLInputElement>;
  maskedNumber: string;
  value: string;
  invalid: boolean;
  onChange: (digits: string) => void;
}

/** The 4 hidden middle digits, when the carrier (Alibaba's H5 SDK) asks the user to complete the number. */
export default function HiddenDigitsField({ ref, maskedNumber, value, invalid, onChange }: HiddenDigitsFieldProps) {
  const t = useT();
  return (
    <div className="oc-digits field">
      <label htmlFor="oc-digits" className="field-label">
        {t('oneClick.digits.label')}
      </label>
      <p id="oc-digits-hint" className="field-hint">
        {t('oneClick.digits.hint', { number: maskedNumber })}
      </p>
      <input
        ref={ref}
        id="oc-digits"
        className="field-input"
        inputMode="numeric"
        autoComplete="off"
        maxLength={4}
        value={value}
        onChange={(event) => onChange(event.target.value.replace(/\D/g, '').slice(0, 4))}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? 'oc-digits-hint oc-digits-error' : 'oc-digits-hint'}
      />
      {invalid && (
        <p id="oc-digits-error" className="field-error">
          {t('oneClick.digits.invalid')}
        </p>
      )}
    </div>
  );
}
