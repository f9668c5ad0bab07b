import { create } from 'zustand';
import type { AppConfig, UrlOverrides } from './config';

export interface RuntimeConfig extends AppConfig {
  overrides: UrlOverrides;
}

const useConfigStore = create<{ config: RuntimeConfig | undefined }>()(() => ({ config: undefined }));

/** Set once at start-up, after validation. */
export function setAppConfig(config: RuntimeConfig): void {
  useConfigStore.setState({ config });
}

export function useAppConfig(): RuntimeConfig {
  const config = useConfigStore((s) => s.config);
  if (!config) throw new Error('useAppConfig before start-up finished');
  return config;
}
