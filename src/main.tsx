import { StrictMode, type ReactNode } from 'react';
import { createIdaasClient, loadClientCode } from './api/client';
import { App } from './app/App';
import { METHOD_PATHS, PATHS } from './app/paths';
import { preloadRoute, prefetchRouteCode } from './app/routes';
import { setAppConfig } from './config/app-config';
import { bridgeOptions, loadConfig, urlOverrides } from './config/config';
import { retryingImport } from './platform/chunk-load';
import { startupFailed } from './app/startup-failed';
import { appDrawer } from './app/first-screen/takeover';
import { whenIdle } from './platform/when-idle';
import { loadMessages } from './i18n/catalogs';
import { apiLanguage, resolveLocale, type Locale } from './i18n/locales';
import { initI18n, useI18n, withPacks } from './i18n/store';
import { pageBridge } from './session/host-presence';
import { keepTokensIn } from './session/store';
import './ui/styles.css';

/**
 * Start-up: config → i18n → session and host bridge → router. A bad config renders the operator's
 * error page, a refused redirect_uri its own page: never a blank one.
 */
const draw = appDrawer(document.getElementById('root')!);
/** The language start-up is in, known before its messages are: startupFailed's words follow it. */
let locale: Locale = resolveLocale(new URLSearchParams(window.location.search).get('lang'), undefined, navigator.languages);

async function start(): Promise<void> {
  // While config.json is on its way (preloaded by index.html): the first screen's chunk and the
  // likely language's messages, instead of one request after the other.
  prefetchRouteCode(window.location.pathname);
  void loadMessages(locale).catch(() => undefined);
  const result = await loadConfig();
  const config = result.ok ? result.config : undefined;
  const overrides = urlOverrides(window.location.search, config);
  locale = resolveLocale(overrides.locale ?? null, config?.locale.default, navigator.languages);
  await retryingImport(() => initI18n(locale));

  if (!result.ok) {
    const page = retryingImport(() => withPacks(import('./app/ConfigErrorPage'), ['startup'])).then(({ ConfigErrorPage }) => <ConfigErrorPage problems={result.problems} />);
    draw(<StrictMode>{await orScreenFailed(page)}</StrictMode>);
    return;
  }
  const refused = overrides.refusedRedirect;
  if (refused !== undefined) {
    const page = retryingImport(() => withPacks(import('./app/RedirectRefusedPage'), ['startup'])).then(({ RedirectRefusedPage }) => <RedirectRefusedPage refused={refused} />);
    draw(<StrictMode>{await orScreenFailed(page)}</StrictMode>);
    return;
  }
  setAppConfig({ ...result.config, overrides });
  // The first screen's code is awaited so it draws in the first commit (see loadedRoute).
  const firstScreen = preloadRoute(window.location.pathname === PATHS.home ? METHOD_PATHS[overrides.method ?? result.config.methods.default] : window.location.pathname);
  // The theme applies before the first paint (no flash of the default look); a broken one leaves the default.
  const themeSource = overrides.theme === undefined ? result.config.theme.default : result.config.theme.named[overrides.theme];
  const theme = themeSource === undefined ? undefined : await import('./theme/load').catch(() => undefined);
  if (theme && themeSource !== undefined) await theme.loadTheme(themeSource).catch(() => undefined);
  await firstScreen;
  keepTokensIn(result.config.session.storage);
  const client = createIdaasClient({
    baseUrl: result.config.tenant.baseUrl,
    clientId: result.config.tenant.clientId,
    timeoutMs: result.config.tenant.timeoutMs,
    language: () => apiLanguage(useI18n.getState().locale),
  });
  draw(
    <StrictMode>
      <App client={client} />
    </StrictMode>,
  );
  // Fetched while the connection that just served the page is known to work, not when the user acts.
  whenIdle(() => void loadClientCode().catch(() => undefined));
  // The host bridge is not needed to draw the page: it loads next, ready long before a result,
  // where a host can be listening (elsewhere a sign-in installs it to deliver: complete-sign-in.ts).
  void pageBridge(bridgeOptions(result.config)).then(
    (bridge) => bridge && theme?.announceStatusBar(bridge),
    () => undefined,
  );
}

/** A start-up page whose code may not arrive (offline): "the page could not load, reload" instead. */
function orScreenFailed(page: Promise<ReactNode>): Promise<ReactNode> {
  return page.catch(() => startupFailed(locale));
}

// Whatever fails at start-up, the first screen drawn at build time does not stay on, disabled.
start().catch(() => draw(<StrictMode>{startupFailed(locale)}</StrictMode>));
