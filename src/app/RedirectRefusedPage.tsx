import { useT } from '../i18n/use-t';
import { Page } from '../ui/Page';

/**
 * A sign-in link asked to send the result to an address the operator did not allow: the page
 * refuses before anyone types a password, and says which address, for the operator.
 */
export function RedirectRefusedPage({ uri }: { uri: string }) {
  const t = useT();
  return (
    <Page title={t('redirect.refused.title')}>
      <div className="stack">
        <p>{t('redirect.refused.body')}</p>
        <div className="redirect-refused-detail">
          <p>{t('redirect.refused.detail')}</p>
          <code>{uri}</code>
        </div>
        <a className="btn btn-secondary" href="/login">
          {t('redirect.refused.signInHere')}
        </a>
      </div>
    </Page>
  );
}
