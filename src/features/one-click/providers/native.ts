import { BridgeError, type Bridge } from '../../../session/bridge';
import { environmentFrom, previewFrom, tokenFrom } from './carrier-answers';
import { describeError, fail, failureWith, guarded, isResultCode, type Failure } from './result';
import { CODES, type OneClickProvider, type ProviderResult, type ProviderSettings } from './types';

/**
 * The app embedding this page (Alibaba's ATAuthSDK / PhoneNumberAuthHelper) gets the token; the
 * page asks over the bridge (README, "The bridge protocol"; docs/one-click.md, "Providers"):
 *
 *   checkEnvAvailable   {"type":2,"timeout":ms} → {"resultCode":"600024"}
 *   accelerateLoginPage {"timeout":ms}          → {"resultCode":"600000","carrier":"CMCC","maskedNumber":"138****1234"}
 *   getLoginToken       {"timeout":ms}          → {"resultCode":"600000","token":"…"}
 *
 * Any other code is that failure (`{"resultCode":"600008","msg":"…"}`). Without a bridge (or a
 * host on it) every call fails with 600002, so the page offers the other methods.
 */
export function createNativeProvider(settings: ProviderSettings, bridge: Bridge | undefined): OneClickProvider {
  const ask = <T>(method: string, params: Record<string, unknown>, timeoutMs: number, interpret: (answer: unknown) => ProviderResult<T>, signal: AbortSignal | undefined) =>
    guarded(signal, async (): Promise<ProviderResult<T>> => {
      if (!bridge) return fail(CODES.pageFailed, `${method}: no bridge`);
      try {
        return interpret(await bridge.request(method, params, timeoutMs));
      } catch (error) {
        return bridgeFailure(method, error);
      }
    });

  return {
    name: 'native',
    checkEnvironment: (signal) => ask('checkEnvAvailable', { type: 2, timeout: settings.envTimeoutMs }, settings.envTimeoutMs, environmentFrom, signal),
    prefetch: (signal) => ask('accelerateLoginPage', { timeout: settings.prefetchTimeoutMs }, settings.prefetchTimeoutMs, previewFrom, signal),
    // The host's SDK knows the whole number: there are never hidden digits to send.
    getToken: ({ signal }) => ask('getLoginToken', { timeout: settings.tokenTimeoutMs }, settings.tokenTimeoutMs, tokenFrom, signal),
  };
}

function bridgeFailure(method: string, error: unknown): Failure {
  if (!(error instanceof BridgeError)) return fail(CODES.unknown, `${method}: ${describeError(error)}`);
  switch (error.failure) {
    case 'no-host':
      return fail(CODES.pageFailed, `${method}: no host`);
    case 'timeout':
      return fail(CODES.timeout, `${method}: no answer in time`);
    case 'closed':
      return fail(CODES.unknown, `${method}: bridge closed`);
    case 'host-error': {
      const code = error.hostCode;
      if (code !== undefined && isResultCode(code)) return failureWith(code, `${method}: host error`);
      return fail(CODES.unknown, `${method}: host error${code === undefined ? '' : ` ${code.slice(0, 64)}`}`);
    }
  }
}
