import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IdaasError } from '../api/errors';
import { SESSION_STORAGE_KEY, keepTokensIn, useSession, type Session } from './store';

// ---------------------------------------------------------------------------------------------
// A Map-backed Storage whose methods are spies, so writes and removals can be counted.
// ---------------------------------------------------------------------------------------------

function fakeStorage(initial: Record<string, string> = {}) {
  const items = new Map<string, string>(Object.entries(initial));
  const getItem = vi.fn((key: string): string | null => items.get(key) ?? null);
  const setItem = vi.fn((key: string, value: string): void => {
    items.set(key, String(value));
  });
  const removeItem = vi.fn((key: string): void => {
    items.delete(key);
  });
  const storage: Storage = {
    get length() {
      return items.size;
    },
    key: (index: number) => [...items.keys()][index] ?? null,
    clear: () => items.clear(),
    getItem,
    setItem,
    removeItem,
  };
  return { storage, items, getItem, setItem, removeItem };
}

/** A storage where every access throws, like a blocked or full one. */
function throwingStorage(): Storage {
  const fail = () => {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  };
  return {
    get length(): number {
      return fail();
    },
    key: fail,
    clear: fail,
    getItem: fail,
    setItem: fail,
    removeItem: fail,
  };
}

const NOW = 1_700_000_000_000;
const saved: Session = { sessionToken: 'saved-session', idToken: 'saved-id', expire: 7200, receivedAt: NOW - 60_000 };
const tokens = { sessionToken: 'new-session', idToken: 'new-id', expire: 3600 };

let unsubscribe: (() => void) | undefined;

function keep(...args: Parameters<typeof keepTokensIn>): void {
  unsubscribe = keepTokensIn(...args);
}

function storedSession(items: Map<string, string>): unknown {
  const text = items.get(SESSION_STORAGE_KEY);
  return text === undefined ? undefined : JSON.parse(text);
}

beforeEach(() => {
  useSession.setState({ session: undefined, ended: undefined });
  vi.spyOn(Date, 'now').mockReturnValue(NOW);
});

afterEach(() => {
  unsubscribe?.();
  unsubscribe = undefined;
  useSession.setState({ session: undefined, ended: undefined });
  vi.restoreAllMocks();
});

describe('the session store', () => {
  it('signIn keeps the tokens with the time they arrived', () => {
    useSession.getState().signIn(tokens);
    expect(useSession.getState().session).toEqual({ ...tokens, receivedAt: NOW });
  });

  it('signIn copies only the token fields', () => {
    useSession.getState().signIn({ ...tokens, extra: 'not kept' } as typeof tokens);
    expect(Object.keys(useSession.getState().session!).sort()).toEqual(['expire', 'idToken', 'receivedAt', 'sessionToken']);
  });

  it('signOut(ended) clears the session and says why; signIn clears ended', () => {
    const error = new IdaasError({ kind: 'tenant', rawCode: 'IDAAS.SDK.COMMON.1005', serverMessage: 'session_token 已失效' });
    useSession.getState().signIn(tokens);

    useSession.getState().signOut({ reason: 'refresh-failed', error });
    expect(useSession.getState().session).toBeUndefined();
    expect(useSession.getState().ended).toEqual({ reason: 'refresh-failed', error });

    useSession.getState().signIn(tokens);
    expect(useSession.getState().ended).toBeUndefined();
    expect(useSession.getState().session).toMatchObject(tokens);
  });

  it('a plain signOut leaves no reason behind', () => {
    useSession.getState().signOut({ reason: 'expired' });
    useSession.getState().signOut();
    expect(useSession.getState().ended).toBeUndefined();
  });

  it('dismissEnded clears the reason only', () => {
    useSession.getState().signOut({ reason: 'expired' });
    useSession.getState().dismissEnded();
    expect(useSession.getState().ended).toBeUndefined();
    expect(useSession.getState().session).toBeUndefined();
  });
});

describe("keepTokensIn('memory')", () => {
  it('removes a copy a previous configuration left behind', () => {
    const { storage, items, removeItem } = fakeStorage({ [SESSION_STORAGE_KEY]: JSON.stringify(saved), other: 'kept' });

    keep('memory', storage);

    expect(removeItem).toHaveBeenCalledWith(SESSION_STORAGE_KEY);
    expect(items.has(SESSION_STORAGE_KEY)).toBe(false);
    expect(items.get('other')).toBe('kept');
    expect(useSession.getState().session).toBeUndefined();
  });

  it('never writes the tokens', () => {
    const { storage, items, setItem, removeItem } = fakeStorage();
    keep('memory', storage);
    removeItem.mockClear();

    useSession.getState().signIn(tokens);
    useSession.getState().signIn({ ...tokens, sessionToken: 'rotated' });
    useSession.getState().signOut();

    expect(setItem).not.toHaveBeenCalled();
    expect(removeItem).not.toHaveBeenCalled();
    expect(items.size).toBe(0);
    expect(useSession.getState().session).toBeUndefined();
  });
});

describe("keepTokensIn('session')", () => {
  it('restores a valid saved session', () => {
    const { storage, items } = fakeStorage({ [SESSION_STORAGE_KEY]: JSON.stringify(saved) });

    keep('session', storage);

    expect(useSession.getState().session).toEqual(saved);
    expect(storedSession(items)).toEqual(saved);
  });

  it('caps a saved receipt time that lies in the future (a clock set back), so refresh is not postponed', () => {
    const { storage } = fakeStorage({ [SESSION_STORAGE_KEY]: JSON.stringify({ ...saved, receivedAt: NOW + 86_400_000 }) });

    keep('session', storage);

    expect(useSession.getState().session).toEqual({ ...saved, receivedAt: NOW });
  });

  it('restores only the session fields of a saved copy', () => {
    const { storage } = fakeStorage({ [SESSION_STORAGE_KEY]: JSON.stringify({ ...saved, password: 'never' }) });
    keep('session', storage);
    expect(useSession.getState().session).toEqual(saved);
  });

  it('leaves the store and the storage alone when nothing is saved', () => {
    const { storage, items, setItem } = fakeStorage();
    keep('session', storage);
    expect(useSession.getState().session).toBeUndefined();
    expect(setItem).not.toHaveBeenCalled();
    expect(items.size).toBe(0);
  });

  it.each<[string, string]>([
    ['invalid JSON', '{"sessionToken":'],
    ['not JSON at all', 'saved-session'],
    ['JSON null', 'null'],
    ['a JSON string', '"saved-session"'],
    ['a JSON number', '42'],
    ['a JSON array', JSON.stringify([saved])],
    ['an empty object', '{}'],
    ['an empty sessionToken', JSON.stringify({ ...saved, sessionToken: '' })],
    ['an empty idToken', JSON.stringify({ ...saved, idToken: '' })],
    ['a missing idToken', JSON.stringify({ sessionToken: 's', expire: 7200, receivedAt: NOW })],
    ['a numeric sessionToken', JSON.stringify({ ...saved, sessionToken: 1 })],
    ['expire as a string', JSON.stringify({ ...saved, expire: '7200' })],
    ['a negative expire', JSON.stringify({ ...saved, expire: -1 })],
    ['a missing receivedAt', JSON.stringify({ sessionToken: 's', idToken: 'i', expire: 7200 })],
    ['receivedAt as a string', JSON.stringify({ ...saved, receivedAt: String(NOW) })],
    ['receivedAt null', JSON.stringify({ ...saved, receivedAt: null })],
  ])('ignores and removes a saved copy with %s', (_label, text) => {
    const { storage, items, removeItem } = fakeStorage({ [SESSION_STORAGE_KEY]: text });

    expect(() => keep('session', storage)).not.toThrow();

    expect(useSession.getState().session).toBeUndefined();
    expect(removeItem).toHaveBeenCalledWith(SESSION_STORAGE_KEY);
    expect(items.has(SESSION_STORAGE_KEY)).toBe(false);
  });

  it('does not replace a session already in the store with nothing', () => {
    useSession.getState().signIn(tokens);
    const { storage } = fakeStorage({ [SESSION_STORAGE_KEY]: 'broken' });
    keep('session', storage);
    expect(useSession.getState().session).toMatchObject(tokens);
  });

  it('writes the session on signIn and on every rotation', () => {
    const { storage, items, setItem } = fakeStorage();
    keep('session', storage);

    useSession.getState().signIn(tokens);
    expect(setItem).toHaveBeenCalledTimes(1);
    expect(storedSession(items)).toEqual({ ...tokens, receivedAt: NOW });

    vi.mocked(Date.now).mockReturnValue(NOW + 1000);
    useSession.getState().signIn({ sessionToken: 'rotated', idToken: 'rotated-id', expire: 1800 });
    expect(setItem).toHaveBeenCalledTimes(2);
    expect(storedSession(items)).toEqual({ sessionToken: 'rotated', idToken: 'rotated-id', expire: 1800, receivedAt: NOW + 1000 });
  });

  it('removes the copy on signOut', () => {
    const { storage, items, removeItem } = fakeStorage({ [SESSION_STORAGE_KEY]: JSON.stringify(saved) });
    keep('session', storage);
    expect(removeItem).not.toHaveBeenCalled();

    useSession.getState().signOut({ reason: 'expired' });

    expect(removeItem).toHaveBeenCalledWith(SESSION_STORAGE_KEY);
    expect(items.has(SESSION_STORAGE_KEY)).toBe(false);
    expect(useSession.getState().ended).toEqual({ reason: 'expired' });
  });

  it('touches the storage only when the session changes', () => {
    const { storage, setItem, removeItem } = fakeStorage();
    keep('session', storage);
    removeItem.mockClear();

    useSession.getState().signOut({ reason: 'expired' });
    useSession.getState().dismissEnded();

    expect(setItem).not.toHaveBeenCalled();
    expect(removeItem).not.toHaveBeenCalled();
  });

  it('stops writing once unsubscribed', () => {
    const { storage, items, setItem } = fakeStorage();
    keep('session', storage);
    unsubscribe!();

    useSession.getState().signIn(tokens);

    expect(setItem).not.toHaveBeenCalled();
    expect(items.size).toBe(0);
  });

  it('a restored session survives a “reload”: a second start-up reads what the first wrote', () => {
    const { storage } = fakeStorage();
    keep('session', storage);
    useSession.getState().signIn(tokens);
    unsubscribe!();

    useSession.setState({ session: undefined, ended: undefined });
    keep('session', storage);

    expect(useSession.getState().session).toEqual({ ...tokens, receivedAt: NOW });
  });
});

describe('a storage that throws', () => {
  it.each(['memory', 'session'] as const)("does not break keepTokensIn('%s'), signIn or signOut", (kind) => {
    expect(() => keep(kind, throwingStorage())).not.toThrow();
    expect(unsubscribe).toBeTypeOf('function');

    useSession.getState().signIn(tokens);
    expect(useSession.getState().session).toEqual({ ...tokens, receivedAt: NOW });

    useSession.getState().signOut({ reason: 'expired' });
    expect(useSession.getState().session).toBeUndefined();
    expect(useSession.getState().ended).toEqual({ reason: 'expired' });
  });

  it('keeps the session in memory when only writing fails (full storage)', () => {
    const { storage, setItem, removeItem } = fakeStorage();
    setItem.mockImplementation(() => {
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    });
    keep('session', storage);

    expect(() => useSession.getState().signIn(tokens)).not.toThrow();
    expect(setItem).toHaveBeenCalledTimes(1);
    expect(useSession.getState().session).toEqual({ ...tokens, receivedAt: NOW });

    removeItem.mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    expect(() => useSession.getState().signOut()).not.toThrow();
    expect(useSession.getState().session).toBeUndefined();
  });

  it('treats a missing storage as memory-only', () => {
    useSession.getState().signIn(tokens);
    expect(() => keep('session', undefined)).not.toThrow();
    expect(useSession.getState().session).toMatchObject(tokens);
  });
});
