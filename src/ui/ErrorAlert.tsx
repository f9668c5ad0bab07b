import type { IdaasError } from '../api/errors';
import { errorText } from '../i18n/error-text';
import { useI18n } from '../i18n/store';
import { Alert } from './Alert';

/** A failed tenant call in the user's language, with "try again" when retrying can help. */
export function ErrorAlert({ error, onRetry }: { error: IdaasError; onRetry?: (() => void) | undefined }) {
  const { messages, errors, locale } = useI18n();
  return (
    <Alert onRetry={error.retryable ? onRetry : undefined} retryLabel={messages['common.retry']}>
      {errorText(error, messages, errors, locale)}
    </Alert>
  );
}
