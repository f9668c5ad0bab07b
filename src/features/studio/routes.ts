/** The studio's two pages, each its own chunk, loaded through this small one (src/app/routes.ts). */
export const loadStudioPage = () => import('./StudioPage');
export const loadPreviewPage = () => import('./preview/PreviewPage');
