import './forms.css';
import type { InputHTMLAttributes, ReactNode } from 'react';

export interface FieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'value' | 'id'> {
  id: string;
  label: string;
  value: string;
  onValueChange: (value: string) => void;
  error?: string | undefined;
  /** Ids of more descriptions (e.g. a password-rules list). */
  describedBy?: string | undefined;
  hint?: string | undefined;
  /** Rendered inside the input's row, after the input (e.g. a show-password button). */
  trailing?: ReactNode;
}

/** A labelled input whose error is announced and tied to it (aria-invalid + aria-describedby). */
export function TextField({ id, label, value, onValueChange, error, describedBy, hint, trailing, className, ...input }: FieldProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const description = [hintId, describedBy, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={['field', className].filter(Boolean).join(' ')}>
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <p className="field-hint" id={hintId}>
          {hint}
        </p>
      )}
      <div className="field-row">
        <input
          id={id}
          className="field-input"
          value={value}
          onChange={(event) => onValueChange(event.currentTarget.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={description}
          {...input}
        />
        {trailing}
      </div>
      <FieldError id={errorId} message={error} />
    </div>
  );
}

export function FieldError({ id, message }: { id: string | undefined; message: string | undefined }) {
  if (!message || !id) return null;
  return (
    <p className="field-error" id={id}>
      {message}
    </p>
  );
}
