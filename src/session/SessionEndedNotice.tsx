import { useI18n } from '../i18n/store';
import { useT } from '../i18n/use-t';
import { errorText } from '../i18n/error-text';
import { Alert } from '../ui/Alert';
import { useSession } from './store';

/** On a sign-in page: why the last session ended when the user did not sign out (refresh refused, expiry). */
export function SessionEndedNotice() {
  const t = useT();
  const ended = useSession((s) => s.ended);
  const { messages, errors, locale } = useI18n();
  if (!ended) return null;
  return (
    <div className="page-notice">
      <Alert tone="info">
        <p>{t(ended.reason === 'expired' ? 'session.ended.expired' : 'session.ended.refreshFailed')}</p>
        {ended.reason === 'refresh-failed' && <p>{errorText(ended.error, messages, errors, locale)}</p>}
      </Alert>
    </div>
  );
}
