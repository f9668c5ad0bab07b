import { randomUuid } from '../platform/random-id';

/** The device headers every tenant call carries (docs/tenant-api.md, "Every request"). */
export interface DeviceInfo {
  fingerprint: string;
  operatingSystem: string;
  agent: string;
}

const FINGERPRINT_KEY = 'idaas.device-fingerprint';

/**
 * A random id generated once per browser and kept in localStorage (it identifies the device to the
 * tenant's risk checks; it is not a secret). Where storage is blocked it lives for the page only.
 */
export function deviceFingerprint(storage: Pick<Storage, 'getItem' | 'setItem'> | undefined = safeLocalStorage()): string {
  let existing: string | null | undefined;
  try {
    existing = storage?.getItem(FINGERPRINT_KEY);
  } catch {
    // A corrupted or blocked storage must not keep anyone from signing in.
    existing = undefined;
  }
  if (existing && /^[0-9a-f-]{36}$/.test(existing)) return existing;
  const created = randomUuid();
  try {
    storage?.setItem(FINGERPRINT_KEY, created);
  } catch {
    // Quota or privacy mode: a per-page id is still a valid fingerprint.
  }
  return created;
}

function safeLocalStorage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

/** `iOS 17.4`, `Android 14`, `Windows 10`, `macOS 14.5`, `Linux`, from a user agent string. */
export function operatingSystemFromUserAgent(ua: string): string {
  const ios = /(?:iPhone|iPad|iPod).*? OS (\d+)[_.](\d+)/.exec(ua);
  if (ios) return `iOS ${ios[1]}.${ios[2]}`;
  const android = /Android (\d+(?:\.\d+)*)/.exec(ua);
  if (android) return `Android ${android[1]}`;
  const windows = /Windows NT (\d+\.\d+)/.exec(ua);
  if (windows) return `Windows ${windowsVersions[windows[1]!] ?? windows[1]}`;
  const mac = /Mac OS X (\d+)[_.](\d+)/.exec(ua);
  if (mac) return `macOS ${mac[1]}.${mac[2]}`;
  const harmony = /(?:HarmonyOS|OpenHarmony)[ /]?(\d+(?:\.\d+)?)?/.exec(ua);
  if (harmony) return harmony[1] ? `HarmonyOS ${harmony[1]}` : 'HarmonyOS';
  if (/CrOS/.test(ua)) return 'ChromeOS';
  if (/Linux/.test(ua)) return 'Linux';
  return 'Unknown';
}

const windowsVersions: Record<string, string> = { '10.0': '10', '6.3': '8.1', '6.2': '8', '6.1': '7' };

export function currentDevice(): DeviceInfo {
  const agent = globalThis.navigator?.userAgent ?? 'unknown';
  return { fingerprint: deviceFingerprint(), operatingSystem: operatingSystemFromUserAgent(agent), agent };
}
