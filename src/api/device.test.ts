import { afterEach, describe, expect, it, vi } from 'vitest';
import { deviceFingerprint, operatingSystemFromUserAgent } from './device';

describe('X-operating-sys-version from the user agent', () => {
  it.each([
    [
      'iPhone, iOS 17.4 (Safari)',
      'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1',
      'iOS 17.4',
    ],
    [
      'iPhone, iOS 17.4.1 (WeChat in-app browser)',
      'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.47(0x18002f2c) NetType/WIFI Language/zh_CN',
      'iOS 17.4',
    ],
    [
      'iPad, iPadOS 16.6 (Chrome)',
      'Mozilla/5.0 (iPad; CPU OS 16_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/120.0.6099.119 Mobile/15E148 Safari/604.1',
      'iOS 16.6',
    ],
    [
      'Android 14 (Chrome on a Pixel)',
      'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.82 Mobile Safari/537.36',
      'Android 14',
    ],
    [
      'Android 10 (Huawei browser, reported as Android rather than Linux)',
      'Mozilla/5.0 (Linux; Android 10; HarmonyOS; NOH-AN00; HMSCore 6.13.0.302) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/99.0.4844.88 HuaweiBrowser/14.0.5.302 Mobile Safari/537.36',
      'Android 10',
    ],
    [
      'Windows 10/11 (Edge)',
      'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36 Edg/124.0.0.0',
      'Windows 10',
    ],
    ['Windows 7 (Firefox)', 'Mozilla/5.0 (Windows NT 6.1; Win64; x64; rv:115.0) Gecko/20100101 Firefox/115.0', 'Windows 7'],
    [
      'macOS (Chrome, frozen at 10_15_7)',
      'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36',
      'macOS 10.15',
    ],
    ['macOS (Firefox, dotted version)', 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14.4; rv:125.0) Gecko/20100101 Firefox/125.0', 'macOS 14.4'],
    ['Linux desktop (Firefox)', 'Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0', 'Linux'],
    ['Ubuntu (Firefox)', 'Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0', 'Linux'],
    [
      'ChromeOS (reported as ChromeOS, not Linux)',
      'Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36',
      'ChromeOS',
    ],
    [
      'HarmonyOS NEXT (ArkWeb, no Android or Linux in the string)',
      'Mozilla/5.0 (Phone; OpenHarmony 5.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/114.0.0.0 Safari/537.36 ArkWeb/4.1.6.1 Mobile',
      'HarmonyOS 5.0',
    ],
    ['something unknown', 'curl/8.5.0', 'Unknown'],
    ['an empty user agent', '', 'Unknown'],
  ])('%s → %s', (_label, ua, expected) => {
    expect(operatingSystemFromUserAgent(ua)).toBe(expected);
  });
});

const FINGERPRINT_KEY = 'idaas.device-fingerprint';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** A Map-backed stand-in for localStorage. */
function memoryStorage(initial: Record<string, string> = {}) {
  const map = new Map(Object.entries(initial));
  return {
    map,
    getItem: (key: string): string | null => map.get(key) ?? null,
    setItem: (key: string, value: string): void => {
      map.set(key, value);
    },
  };
}

describe('X-device-fingerprint', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('is a random UUID, kept in storage', () => {
    const storage = memoryStorage();
    const id = deviceFingerprint(storage);
    expect(id).toMatch(UUID);
    expect(storage.map.get(FINGERPRINT_KEY)).toBe(id);
  });

  it('stays the same across calls (page loads) with the same storage', () => {
    const storage = memoryStorage();
    const first = deviceFingerprint(storage);
    expect(deviceFingerprint(storage)).toBe(first);
    expect(deviceFingerprint(memoryStorage({ [FINGERPRINT_KEY]: first }))).toBe(first);
  });

  it('differs between browsers (separate storages)', () => {
    expect(deviceFingerprint(memoryStorage())).not.toBe(deviceFingerprint(memoryStorage()));
  });

  it.each([
    ['garbage', 'not-a-uuid'],
    ['an empty string', ''],
    ['markup', '<script>alert(1)</script>'],
    ['an over-long value', `${'a'.repeat(36)}-extra`],
  ])('is regenerated and re-stored when the stored value is %s', (_label, stored) => {
    const storage = memoryStorage({ [FINGERPRINT_KEY]: stored });
    const id = deviceFingerprint(storage);
    expect(id).toMatch(UUID);
    expect(id).not.toBe(stored);
    expect(storage.map.get(FINGERPRINT_KEY)).toBe(id);
  });

  it('still returns an id when storage refuses to save (quota, privacy mode)', () => {
    const storage = {
      getItem: (): string | null => null,
      setItem: (): void => {
        throw new DOMException('QuotaExceededError', 'QuotaExceededError');
      },
    };
    expect(deviceFingerprint(storage)).toMatch(UUID);
  });

  it('still returns an id where the browser has no localStorage', () => {
    vi.stubGlobal('localStorage', undefined);
    expect(deviceFingerprint()).toMatch(UUID);
  });

  it('still returns an id when merely touching localStorage throws (storage blocked)', () => {
    const original = Object.getOwnPropertyDescriptor(globalThis, 'localStorage');
    Object.defineProperty(globalThis, 'localStorage', {
      configurable: true,
      get: () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
    try {
      expect(deviceFingerprint()).toMatch(UUID);
    } finally {
      if (original) Object.defineProperty(globalThis, 'localStorage', original);
      else Reflect.deleteProperty(globalThis, 'localStorage');
    }
  });

  // A getItem that throws (Firefox with a corrupted profile store, NS_ERROR_FILE_CORRUPTED; some
  // locked-down webviews) must not reach start-up: that would be a blank page.
  it('a storage whose getItem throws still yields an id', () => {
    const storage = {
      getItem: (): string | null => {
        throw new DOMException('NS_ERROR_FILE_CORRUPTED', 'UnknownError');
      },
      setItem: (): void => undefined,
    };
    expect(deviceFingerprint(storage)).toMatch(UUID);
  });
});
