import { useT } from '../i18n/use-t';
import { Page } from '../ui/Page';
import { MAX_REDIRECT_STATE_LENGTH, type RefusedRedirect } from '../config/config';

/**
 * A sign-in link the page will not serve: it asks to send the result to an address the operator did
 * not allow, or carries a `state` too long to hand back. The page refuses before anyone types a
 * password, and says what is wrong, for the operator.
 */
export function RedirectRefusedPage({ refused }: { refused: RefusedRedirect }) {
  const t = useT();
  const notAllowed = refused.reason === 'not-allowed';
  return (
    <Page title={t(notAllowed ? 'redirect.refused.title' : 'redirect.stateTooLong.title')}>
      <div className="stack">
        <p>{t(notAllowed ? 'redirect.refused.body' : 'redirect.stateTooLong.body')}</p>
        <div className="redirect-refused-detail">
          {notAllowed ? (
            <>
              <p>{t('redirect.refused.detail')}</p>
              <code>{refused.uri}</code>
            </>
          ) : (
            <p>{t('redirect.stateTooLong.detail', { length: refused.length, max: MAX_REDIRECT_STATE_LENGTH })}</p>
          )}
        </div>
        <a className="btn btn-secondary" href="/login">
          {t('redirect.refused.signInHere')}
        </a>
      </div>
    </Page>
  );
}
