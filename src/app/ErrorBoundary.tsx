import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useT } from '../i18n/use-t';
import { Button } from '../ui/Button';
import { Page } from '../ui/Page';

/**
 * The last line of defence: a route chunk that cannot load (offline, a redeploy) or a render that
 * throws shows a way on instead of a blank page. Input on the failed screen is lost; a reload is
 * the only honest recovery.
 */
export class ErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.warn('[login pages] screen failed', error, info.componentStack);
  }

  override render(): ReactNode {
    return this.state.failed ? <ScreenFailed /> : this.props.children;
  }
}

/** "The page failed to load", with a reload: also start-up's last resort (main.tsx). */
export function ScreenFailed() {
  const t = useT();
  return (
    <Page title={t('app.failed.title')}>
      <div className="stack">
        <p>{t('app.failed.body')}</p>
        <Button onClick={() => window.location.reload()}>{t('app.failed.reload')}</Button>
      </div>
    </Page>
  );
}
