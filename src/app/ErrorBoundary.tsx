import { Component, type ErrorInfo, type ReactNode } from 'react';
import { browserOnline } from '../api/errors';
import { useT } from '../i18n/use-t';
import { useSession } from '../session/store';
import { Button } from '../ui/Button';
// As on every sign-in page, a failure still says why one-click sent the user here (when it did).
import { SignInPage } from '../sign-in/SignInPage';
import { useAppConfig } from '../config/app-config';
import { ChunkLoadError, retryFailedLoads } from '../platform/chunk-load';

type Failure = 'code' | 'render';

/**
 * The last line of defence, instead of a blank page. Code that could not be downloaded (a route's
 * chunk, after retryingLazy's attempts) is tried again in place, keeping the session; a render
 * that throws can only be reloaded.
 */
export class ErrorBoundary extends Component<{ children: ReactNode }, { failure?: Failure | undefined }> {
  override state: { failure?: Failure | undefined } = {};

  static getDerivedStateFromError(error: unknown): { failure: Failure } {
    return { failure: error instanceof ChunkLoadError ? 'code' : 'render' };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.warn('[login pages] screen failed', error, info.componentStack);
  }

  override render(): ReactNode {
    const { failure } = this.state;
    const retry = () => {
      retryFailedLoads();
      this.setState({ failure: undefined });
    };
    if (failure === 'code') return <CodeFailed retry={retry} />;
    return failure ? <ScreenFailed /> : this.props.children;
  }
}

/** "This part of the page could not be downloaded" (offline, or from the server), with "Try again" in place. */
function CodeFailed({ retry }: { retry: () => void }) {
  const t = useT();
  return (
    <SignInPage title={t('app.code.title')}>
      <div className="stack">
        {/* As things stand when the last attempt failed: "Try again" draws this anew if it fails again. */}
        <p>{t(browserOnline() ? 'app.code.server' : 'app.code.offline')}</p>
        <Button onClick={retry}>{t('common.retry')}</Button>
        <ReloadButton variant="secondary" />
      </div>
    </SignInPage>
  );
}

/** A render that threw: only a reload starts the page afresh. */
function ScreenFailed() {
  const t = useT();
  return (
    <SignInPage title={t('app.failed.title')}>
      <div className="stack">
        <p>{t('app.failed.body')}</p>
        <ReloadButton />
      </div>
    </SignInPage>
  );
}

/** A reload starts the app afresh: a session kept only in memory (session.storage `memory`) ends with it, and the button says so. */
function ReloadButton({ variant = 'primary' }: { variant?: 'primary' | 'secondary' }) {
  const t = useT();
  const signedIn = useSession((s) => s.session !== undefined);
  const signsOut = useAppConfig().session.storage === 'memory' && signedIn;
  return (
    <Button variant={variant} onClick={() => window.location.reload()}>
      {t(signsOut ? 'app.failed.reloadSignsOut' : 'app.failed.reload')}
    </Button>
  );
}
