import type { ReactNode } from 'react';

interface AlertProps {
  tone?: 'error' | 'info' | 'success';
  children: ReactNode;
  /** Offered for failures worth retrying unchanged (network, timeout, 5xx). */
  onRetry?: (() => void) | undefined;
  retryLabel?: string;
  id?: string;
  /** False inside a live region that already announces it. */
  announce?: boolean;
}

/** A message that screen readers announce when it appears (errors assertively, the rest politely). */
export function Alert({ tone = 'error', children, onRetry, retryLabel, id, announce = true }: AlertProps) {
  return (
    <div id={id} className={`alert alert-${tone}`} role={announce ? (tone === 'error' ? 'alert' : 'status') : undefined}>
      <div className="alert-body">{children}</div>
      {onRetry && (
        <button type="button" className="btn btn-secondary alert-retry" onClick={onRetry}>
          {retryLabel}
        </button>
      )}
    </div>
  );
}
