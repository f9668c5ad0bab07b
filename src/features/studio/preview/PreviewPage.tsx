import { Suspense, useEffect, useRef, useState } from 'react';
import * as v from 'valibot';
import { setAppConfig, useAppConfig, type RuntimeConfig } from '../../../config/app-config';
import NotFoundPage from '../../../app/NotFoundPage';
import { ROUTE_PAGES } from '../../../app/App';
import type { RoutePath } from '../../../app/route-table';
import { IdaasClientProvider } from '../../../api/react';
import { createIdaasClient } from '../../../api/client';
import { apiLanguage } from '../../../i18n/locales';
import { useI18n } from '../../../i18n/store';
import type { Theme } from '../../../theme/model';
import { useTheme } from '../../../theme/store';
import { parseTheme } from '../../../theme/validate';
import { applyTheme } from '../../../theme/variables';
import { signInFlow } from '../../../sign-in/flow';
import { SCENES, type ColorScheme, type SceneId } from '../scenes';
import { ContrastMarks } from './ContrastMarks';
import { installPreviewTenant } from './preview-tenant';
import { READY, showMessage, type ShowMessage } from './protocol';
import { runSceneScript } from './scene-scripts';
import './preview.css';
import { retryingLazy } from '../../../platform/chunk-load';

const SliderCaptcha = retryingLazy(() => import('../../../captcha/SliderCaptcha'));

/** Every method, mode and page on, carriers emulated in this frame: a preview shows all a theme can reach. */
function previewConfig(config: RuntimeConfig): RuntimeConfig {
  return {
    ...config,
    tenant: { ...config.tenant, baseUrl: '', clientId: 'studio-preview' },
    methods: { default: 'one-click', enabled: ['one-click', 'password', 'sms'] },
    password: { ...config.password, modes: ['unified', 'username', 'phone', 'email'], forgot: true },
    registration: { ...config.registration, enabled: true },
    oneClick: { ...config.oneClick, provider: 'emulator' },
    delivery: { ...config.delivery, bridge: false, openerOrigins: [], redirectUris: [] },
  };
}

/** The theme a state is drawn with: the scene's needs around the designer's document, the dark variant merged in dark. */
function sceneTheme(message: ShowMessage): { shown: Theme; checked: Theme } {
  const scene = SCENES[message.scene];
  const { theme } = parseTheme({ ...scene.themeDefaults, ...message.theme, ...scene.themeForced });
  const { dark, ...light } = theme;
  return { shown: message.scheme === 'dark' && dark ? { ...light, ...dark } : light, checked: theme };
}

function prepareFlow(scene: SceneId): void {
  if (scene === 'password-warn') signInFlow.startPasswordStep({ name: 'password-warn', stateToken: 'studio-preview', policy: undefined, identifier: 'designer' });
  else if (scene === 'password-expired') signInFlow.startPasswordStep({ name: 'password-expired', stateToken: 'studio-preview', policy: { minLength: 8, maxLength: 32 }, identifier: 'designer' });
  else signInFlow.endStep();
}

interface Shown {
  message: ShowMessage;
  theme: Theme;
  /** Each message redraws the state from scratch: what pages read once when they mount follows the theme too. */
  revision: number;
}

let currentScene: SceneId = 'one-click';
let previewClient: ReturnType<typeof createIdaasClient> | undefined;

/** The client of this frame: its fetch answers from the preview tenant, never from a real one. */
function clientForPreview(): ReturnType<typeof createIdaasClient> {
  previewClient ??= createIdaasClient({
    baseUrl: '',
    clientId: 'studio-preview',
    timeoutMs: 5000,
    language: () => apiLanguage(useI18n.getState().locale),
    fetch: installPreviewTenant(() => SCENES[currentScene]),
  });
  return previewClient;
}

/** `/studio/preview`: one page state, drawn inside a studio frame with the theme the studio sends. */
export default function PreviewPage() {
  const enabled = useAppConfig().studio.enabled;
  return enabled ? <Preview /> : <NotFoundPage />;
}

function Preview() {
  // The deployment's config as start-up set it: the frame's own (previewConfig) replaces it once.
  const startupConfig = useRef(useAppConfig());
  const [client] = useState(clientForPreview);
  const [shown, setShown] = useState<Shown>();

  useEffect(() => {
    // Before the studio hears "ready": no scene is drawn with the deployment's config.
    setAppConfig(previewConfig(startupConfig.current));
    let revision = 0;
    const onMessage = (event: MessageEvent) => {
      if (event.origin !== window.location.origin || event.source !== window.parent) return;
      const parsed = v.safeParse(showMessage, event.data);
      if (!parsed.success) return;
      const message = parsed.output;
      const ticket = ++revision;
      const { shown: theme, checked } = sceneTheme(message);
      void useI18n
        .getState()
        .setLocale(message.locale)
        .then(() => {
          if (ticket !== revision) return;
          currentScene = message.scene;
          applyScheme(message.scheme);
          applyTheme(theme);
          useTheme.setState({ theme, problems: [] });
          prepareFlow(message.scene);
          setShown({ message, theme: checked, revision: ticket });
        });
    };
    window.addEventListener('message', onMessage);
    if (window.parent !== window) window.parent.postMessage({ type: READY }, window.location.origin);
    return () => window.removeEventListener('message', onMessage);
  }, []);

  if (!shown) return <div className="route-loading" aria-hidden="true" />;
  const { message } = shown;
  return (
    <IdaasClientProvider client={client}>
      <Suspense fallback={<div className="route-loading" aria-hidden="true" />}>
        <SceneView key={shown.revision} scene={message.scene}>
          <ScenePage route={SCENES[message.scene].route} />
          {message.scene === 'slider' && <SliderCaptcha sender="+86-13800000000" onSolved={() => undefined} onClose={() => undefined} />}
        </SceneView>
      </Suspense>
      <ContrastMarks theme={shown.theme} scheme={message.scheme} revision={shown.revision} />
    </IdaasClientProvider>
  );
}

/** The real page of a state's route, as the app draws it (its packs, TanStack Query where it keeps server state). */
function ScenePage({ route }: { route: RoutePath }) {
  const Page = ROUTE_PAGES[route];
  return <Page />;
}

function SceneView({ scene, children }: { scene: SceneId; children: React.ReactNode }) {
  useEffect(() => {
    const controller = new AbortController();
    runSceneScript(scene, controller.signal);
    return () => controller.abort();
  }, [scene]);
  return <>{children}</>;
}

function applyScheme(scheme: ColorScheme): void {
  document.documentElement.style.colorScheme = scheme;
  document.documentElement.dataset.studioScheme = scheme;
}
