import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createIdaasClient } from './api/client';
import { currentDevice } from './api/device';
import { App } from './app/App';
import { setAppConfig } from './app/app-config';
import { loadConfig, urlOverrides } from './app/config';
import { ConfigErrorPage } from './app/ConfigErrorPage';
import { apiLanguage, resolveLocale } from './i18n/locales';
import { initI18n, useI18n } from './i18n/store';
import './ui/styles.css';

/** Start-up: config → i18n → router. A bad config renders the operator's error page, never a blank one. */
async function start(): Promise<void> {
  const root = createRoot(document.getElementById('root')!);
  const result = await loadConfig();
  const config = result.ok ? result.config : undefined;
  const overrides = urlOverrides(window.location.search, config);
  await initI18n(resolveLocale(overrides.locale ?? null, config?.locale.default, navigator.languages));

  if (!result.ok) {
    root.render(
      <StrictMode>
        <ConfigErrorPage problems={result.problems} />
      </StrictMode>,
    );
    return;
  }
  setAppConfig({ ...result.config, overrides });
  const client = createIdaasClient({
    baseUrl: result.config.tenant.baseUrl,
    clientId: result.config.tenant.clientId,
    timeoutMs: result.config.tenant.timeoutMs,
    device: currentDevice(),
    language: () => apiLanguage(useI18n.getState().locale),
  });
  root.render(
    <StrictMode>
      <App client={client} />
    </StrictMode>,
  );
}

void start();
