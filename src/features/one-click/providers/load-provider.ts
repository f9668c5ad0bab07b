import type { Bridge } from '../../../session/bridge';
import { CODES, type OneClickProvider, type ProviderResult, type ProviderSettings } from './types';

export interface LoadProviderOptions {
  /** The host bridge for the `native` provider; the page's bridge (`getPageBridge()`) when not given. */
  bridge?: Bridge | undefined;
}

/**
 * The configured provider, its module downloaded only now. Never rejects: a module that cannot be
 * downloaded (offline, a new deployment) gives a provider whose every call fails with 600002, so
 * the page offers the other methods.
 */
export async function loadProvider(settings: ProviderSettings, options: LoadProviderOptions = {}): Promise<OneClickProvider> {
  try {
    switch (settings.provider) {
      case 'native': {
        const { createNativeProvider } = await import('./native');
        // The bridge module loads after the first paint (main.tsx): not part of the page's first download.
        const bridge = options.bridge ?? (await import('../../../session/bridge')).getPageBridge();
        return createNativeProvider(settings, bridge);
      }
      case 'aliyun-web': {
        const { createAliyunWebProvider } = await import('./aliyun-web');
        return createAliyunWebProvider(settings);
      }
      case 'emulator': {
        const { createEmulatorProvider } = await import('./emulator');
        return createEmulatorProvider(settings);
      }
      default:
        return unavailable(settings.provider, 'unknown provider');
    }
  } catch (error) {
    return unavailable(settings.provider, error instanceof Error ? error.message : 'module failed to load');
  }
}

function unavailable(name: OneClickProvider['name'], detail: string): OneClickProvider {
  const failure = async (): Promise<ProviderResult<never>> => ({ ok: false, code: CODES.pageFailed, detail: `${name} provider unavailable: ${detail}`.slice(0, 200) });
  return { name, checkEnvironment: failure, prefetch: failure, getToken: failure };
}
