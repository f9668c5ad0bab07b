import { lazy } from 'react';
import { useI18n } from '../../i18n/store';

const withPack = <T,>(load: () => Promise<T>) => () => Promise.all([load(), useI18n.getState().ensurePack('studio')]).then(([module]) => module);
const StudioPage = lazy(withPack(() => import('./StudioPage')));
const PreviewPage = lazy(withPack(() => import('./preview/PreviewPage')));

/** `/studio` and `/studio/preview`, each with the studio's messages. */
export default function StudioRoutes({ page }: { page: 'studio' | 'preview' }) {
  return page === 'studio' ? <StudioPage /> : <PreviewPage />;
}
