import { PATHS } from './paths';
import { Link } from 'react-router';
import { useT } from '../i18n/use-t';
// As every other page after a one-click switch: the word on why one-click sent the user on.
import { SignInPage } from '../sign-in/SignInPage';

export default function NotFoundPage() {
  const t = useT();
  return (
    <SignInPage title={t('notFound.title')}>
      <div className="stack">
        <p>{t('notFound.body')}</p>
        <Link className="btn btn-primary" to={PATHS.login}>
          {t('common.backToLogin')}
        </Link>
      </div>
    </SignInPage>
  );
}
