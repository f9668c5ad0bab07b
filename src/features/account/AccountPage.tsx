import './account.css';
import { PATHS } from '../../app/paths';
import { Fragment, useEffect, useState } from 'react';
import { Navigate, useNavigate } from 'react-router';
import { useAppConfig } from '../../config/app-config';
import type { IdaasError } from '../../api/errors';
import { useIdaasClient } from '../../api/react';
import { useI18n } from '../../i18n/store';
import { useLocale, useT } from '../../i18n/use-t';
import { refreshSession, sessionEndsAt } from '../../session/refresh';
import { useSession, type Session } from '../../session/store';
import { expectedIssuer, tokenCheckMessages, type TokenCheck } from '../../session/token-check';
import { idTokenFacts, userInfoFromIdToken } from '../../session/user-info';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { SignInPage } from '../../sign-in/SignInPage';
import { signInFlow } from '../../sign-in/flow';

/** The signed-in page when no host app takes the result: who you are, the token, verify, refresh, sign out. */
export default function AccountPage() {
  const session = useSession((s) => s.session);
  // Signed in: a password-expiry flow that led here is over.
  useEffect(() => signInFlow.endStep(), []);
  // Signed out, or the session ended (the sign-in page says why).
  if (!session) return <Navigate to={PATHS.home} replace />;
  return <SignedIn session={session} />;
}

type Notice = { kind: 'verified'; idToken: string; check: TokenCheck } | { kind: 'verify-unavailable' } | { kind: 'refreshed' } | { kind: 'refresh-failed'; error: IdaasError };

function SignedIn({ session }: { session: Session }) {
  const t = useT();
  const locale = useLocale();
  const navigate = useNavigate();
  const client = useIdaasClient();
  const config = useAppConfig();
  const ensureErrors = useI18n((s) => s.ensureErrors);
  const [notice, setNotice] = useState<Notice>();
  const [busy, setBusy] = useState<'verify' | 'refresh'>();
  useEffect(() => void ensureErrors(), [ensureErrors]);

  const user = userInfoFromIdToken(session.idToken);
  const token = idTokenFacts(session.idToken);
  const when = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'medium' });
  // Claims come from the tenant: a date outside what Intl can show (exp 10^13 s) must not take the page down.
  const timeText = (at: Date | number | undefined): string | undefined => {
    if (at === undefined) return undefined;
    const ms = typeof at === 'number' ? at : at.getTime();
    if (ms === Number.POSITIVE_INFINITY) return t('account.noEnd');
    try {
      return when.format(ms);
    } catch {
      return t('account.unreadableTime');
    }
  };
  const displayName = user.name ?? user.userName ?? user.email ?? user.mobile ?? '';

  const verify = async () => {
    setBusy('verify');
    try {
      // jose's verification is loaded when first asked for, not with the page.
      const { tenantKeys, verifyIdToken } = await import('../../session/verify-id-token');
      const expected = { issuer: expectedIssuer(config.tenant, window.location.origin), audience: config.tenant.clientId };
      // The JWKS URL is relative when the API is on this origin (base URL '').
      const jwksUrl = new URL(await client.jwksUrl(), window.location.href).href;
      const check = await verifyIdToken(session.idToken, expected, tenantKeys(jwksUrl));
      setNotice({ kind: 'verified', idToken: session.idToken, check: { code: check.code, reason: check.reason } });
    } catch {
      setNotice({ kind: 'verify-unavailable' });
    } finally {
      setBusy(undefined);
    }
  };

  const refresh = async () => {
    setBusy('refresh');
    const result = await refreshSession(client);
    setBusy(undefined);
    if (result.ok) setNotice({ kind: 'refreshed' });
    else if ('error' in result && !result.signedOut) setNotice({ kind: 'refresh-failed', error: result.error });
    // A refusal ended the session: this page gives way to the sign-in page, which says why.
  };

  const signOut = () => {
    useSession.getState().signOut();
    void navigate(PATHS.home, { replace: true });
  };

  const profile: [string, string | undefined][] = [
    [t('account.name'), user.name],
    [t('account.userName'), user.userName],
    [t('account.mobile'), user.mobile],
    [t('account.email'), user.email],
  ];
  const tokenFacts: [string, string | undefined][] = [
    [t('account.issuedAt'), timeText(token.issuedAt)],
    [t('account.expiresAt'), timeText(token.expiresAt)],
    [t('account.tokenId'), token.tokenId],
  ];
  const sessionFacts: [string, string | undefined][] = [[t('account.sessionEndsAt'), timeText(sessionEndsAt(session))]];

  return (
    <SignInPage title={t('account.title')}>
      <div className="stack">
        <p className="account-welcome">{t('account.welcome', { name: displayName })}</p>
        <section className="stack-tight" aria-labelledby="account-profile">
          <h2 id="account-profile" className="section-title">
            {t('account.profile')}
          </h2>
          <Facts facts={profile} fallback={t('account.notProvided')} />
        </section>
        <section className="stack-tight" aria-labelledby="account-token">
          <h2 id="account-token" className="section-title">
            {t('account.token')}
          </h2>
          <Facts facts={tokenFacts} fallback={t('account.notProvided')} />
        </section>
        <section className="stack-tight" aria-labelledby="account-session">
          <h2 id="account-session" className="section-title">
            {t('account.session')}
          </h2>
          <Facts facts={sessionFacts} fallback={t('account.notProvided')} />
          <p className="account-note">{t('account.sessionNote')}</p>
        </section>
        <div aria-live="polite" className="account-notice">
          {notice?.kind === 'verified' && notice.idToken === session.idToken && (
            <Alert tone={notice.check.code === '0' ? 'success' : 'error'}>
              {t('account.verifyResult', { code: notice.check.code, meaning: t(tokenCheckMessages[notice.check.reason]) })}
            </Alert>
          )}
          {notice?.kind === 'verify-unavailable' && <Alert>{t('error.network')}</Alert>}
          {notice?.kind === 'refreshed' && (
            <Alert tone="success">{t('account.refreshed', { time: timeText(token.expiresAt) ?? '' })}</Alert>
          )}
          {notice?.kind === 'refresh-failed' && <ErrorAlert error={notice.error} onRetry={() => void refresh()} />}
        </div>
        <div className="button-row">
          <Button variant="secondary" busy={busy === 'verify'} disabled={busy === 'refresh'} onClick={() => void verify()}>
            {t('account.verify')}
          </Button>
          <Button variant="secondary" busy={busy === 'refresh'} disabled={busy === 'verify'} onClick={() => void refresh()}>
            {t('account.refresh')}
          </Button>
        </div>
        <Button variant="primary" onClick={signOut}>
          {t('account.signOut')}
        </Button>
      </div>
    </SignInPage>
  );
}

function Facts({ facts, fallback }: { facts: [string, string | undefined][]; fallback: string }) {
  return (
    <dl className="account-facts">
      {facts.map(([label, value]) => (
        <Fragment key={label}>
          <dt>{label}</dt>
          <dd className={value ? undefined : 'muted'}>{value ?? fallback}</dd>
        </Fragment>
      ))}
    </dl>
  );
}
