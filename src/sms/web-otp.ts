/**
 * WebOTP (Chrome on Android): the browser offers the code from an SMS that ends with
 * `@<this host> #<code>`. Resolves with the code, or undefined where unsupported, refused or aborted.
 */
export async function receiveOtp(signal: AbortSignal): Promise<string | undefined> {
  if (!('OTPCredential' in window) || !navigator.credentials) return undefined;
  try {
    const credential = (await navigator.credentials.get({ otp: { transport: ['sms'] }, signal } as CredentialRequestOptions)) as { code?: unknown } | null;
    return typeof credential?.code === 'string' ? credential.code : undefined;
  } catch {
    return undefined;
  }
}
