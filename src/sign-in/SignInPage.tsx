import { lazy, Suspense, type ReactNode } from 'react';
import { retryingImport } from '../platform/chunk-load';
import { Page } from '../ui/Page';
import { useSignInFlow } from './flow';

// Only after one-click sent the user here: not part of any page's first download. A notice that
// cannot load even when retried is left out: the page itself still works.
const SwitchNotice = lazy(() => retryingImport(() => import('./SwitchNotice')).catch(() => ({ default: () => null })));

/** A page of the sign-in flow: ui/Page, with the word on why one-click sent the user here when it did. */
export function SignInPage({ title, children }: { title: string; children: ReactNode }) {
  const switched = useSignInFlow((s) => s.switchReason !== undefined);
  const notice = switched ? (
    <Suspense fallback={null}>
      <SwitchNotice />
    </Suspense>
  ) : undefined;
  return (
    <Page title={title} notice={notice}>
      {children}
    </Page>
  );
}
