import { PATHS } from './paths';
import { Link } from 'react-router';
import { useT } from '../i18n/use-t';
import { Page } from '../ui/Page';

export default function NotFoundPage() {
  const t = useT();
  return (
    <Page title={t('notFound.title')}>
      <div className="stack">
        <p>{t('notFound.body')}</p>
        <Link className="btn btn-primary" to={PATHS.login}>
          {t('common.backToLogin')}
        </Link>
      </div>
    </Page>
  );
}
