import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// The loaders are controlled by the test, so the interleaving of a pack load and a language switch is exact.
const pending: { name: string; locale: string; resolve: (messages: Record<string, string>) => void }[] = [];
vi.mock('./packs', () => ({
  loadPack: (name: string, locale: string) => new Promise((resolve) => pending.push({ name, locale, resolve })),
}));
vi.mock('./catalogs', () => ({
  loadMessages: (locale: string) =>
    locale === 'zh-CN' ? Promise.resolve({ 'app.title': '登录' }) : new Promise((resolve) => pending.push({ name: 'core', locale, resolve })),
  loadErrorCatalog: () => Promise.resolve({}),
}));

const { initI18n, useI18n } = await import('./store');

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(async () => {
  vi.stubGlobal('document', { documentElement: { lang: '' }, title: '' });
  pending.length = 0;
  await initI18n('zh-CN');
});

afterEach(() => vi.unstubAllGlobals());

describe('message packs and language switches', () => {
  it('a pack that arrives while the language switches is loaded again in the new language', async () => {
    const pack = useI18n.getState().ensurePack('verification');
    const switching = useI18n.getState().setLocale('en');
    await flush();
    const take = (name: string, locale: string) => {
      const index = pending.findIndex((p) => p.name === name && p.locale === locale);
      expect(index, `${name} ${locale} requested`).toBeGreaterThanOrEqual(0);
      return pending.splice(index, 1)[0]!;
    };
    // The zh-CN pack lands first, while the switch is still loading the English core catalog…
    take('verification', 'zh-CN').resolve({ 'register.title': '注册' });
    await pack;
    take('core', 'en').resolve({ 'app.title': 'Sign in' });
    await flush();
    // …so the switch asks for the pack in English too, before switching.
    take('core', 'en').resolve({ 'app.title': 'Sign in' });
    take('verification', 'en').resolve({ 'register.title': 'Create an account' });
    await switching;
    const state = useI18n.getState();
    expect(state.locale).toBe('en');
    expect(state.packs).toEqual(['verification']);
    expect(state.messages['register.title']).toBe('Create an account');
  });

  it('a switch brings every loaded pack in the new language', async () => {
    const pack = useI18n.getState().ensurePack('account');
    pending.shift()!.resolve({ 'account.title': '已登录' });
    await pack;
    const switching = useI18n.getState().setLocale('zh-TW');
    await flush();
    pending.find((p) => p.name === 'core')!.resolve({ 'app.title': '登入' });
    pending.find((p) => p.name === 'account')!.resolve({ 'account.title': '已登入' });
    await switching;
    expect(useI18n.getState().messages['account.title']).toBe('已登入');
  });
});
