import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Bridge } from '../../../session/bridge';
import { loadProvider } from './load-provider';
import type { ProviderSettings } from './types';

function settings(provider: ProviderSettings['provider']): ProviderSettings {
  return {
    provider,
    envTimeoutMs: 1000,
    prefetchTimeoutMs: 2000,
    tokenTimeoutMs: 4000,
    tenant: { baseUrl: '', clientId: 'client-1' },
    aliyunWeb: { scriptUrl: 'https://cdn.example.com/sdk.js', globalName: 'PhoneServerCustomization', accessToken: 'a', jwtToken: 'j' },
  };
}

function fakeBridge(result: unknown): Bridge {
  return { host: undefined, request: vi.fn(() => Promise.resolve(result)), event: vi.fn(), receive: vi.fn(), dispose: vi.fn() };
}

afterEach(() => {
  vi.doUnmock('./emulator');
  vi.resetModules();
});

describe('loadProvider', () => {
  it.each(['native', 'aliyun-web', 'emulator'] as const)('gives the %s provider', async (name) => {
    const provider = await loadProvider(settings(name));
    expect(provider.name).toBe(name);
  });

  it('hands the native provider the bridge it is given', async () => {
    const bridge = fakeBridge({ resultCode: '600024' });
    const provider = await loadProvider(settings('native'), { bridge });
    await expect(provider.checkEnvironment()).resolves.toEqual({ ok: true, value: undefined });
    expect(bridge.request).toHaveBeenCalledWith('checkEnvAvailable', { type: 2, timeout: 1000 }, 1000);
  });

  it('without a bridge (none given, none installed) the native provider fails with 600002', async () => {
    const provider = await loadProvider(settings('native'));
    await expect(provider.checkEnvironment()).resolves.toMatchObject({ ok: false, code: '600002' });
  });

  it('a module that cannot be downloaded gives a provider failing with 600002', async () => {
    vi.doMock('./emulator', () => {
      throw new Error('Failed to fetch dynamically imported module');
    });
    const { loadProvider: load } = await import('./load-provider');
    const provider = await load(settings('emulator'));
    expect(provider.name).toBe('emulator');
    for (const result of [await provider.checkEnvironment(), await provider.prefetch(), await provider.getToken({})]) {
      expect(result).toMatchObject({ ok: false, code: '600002', detail: expect.stringContaining('emulator provider unavailable') });
    }
  });
});
