import { useCallback, useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { IdaasError } from '../../api/errors';
import { useIdaasClient } from '../../api/react';
import { useAppConfig, type RuntimeConfig } from '../../app/app-config';
import { methodPaths } from '../../app/App';
import { bridgeOptions } from '../../app/config';
import { adviceFor } from '../../i18n/one-click-codes/advice';
import { useI18n } from '../../i18n/store';
import type { Bridge } from '../../session/bridge';
import type { LoginOutcome } from '../../api/schemas';
import type { MessageKey } from '../../i18n/messages/zh-CN';
import { useSignIn } from '../../session/use-sign-in';
import { loadProvider } from './providers/load-provider';
import type { NumberPreview, OneClickProvider, ProviderSettings } from './providers/types';
import { useSwitchNotice, type SwitchReason } from './switch-notice';

export type Phase =
  | { name: 'checking' }
  /** A "prompt the user" code (600007 no SIM, 600008 mobile data off): say what to fix, offer retry. */
  | { name: 'fix-and-retry'; code: string }
  | { name: 'ready'; preview: NumberPreview }
  | { name: 'logging-in'; preview: NumberPreview }
  /** The tenant call failed in a way worth retrying (network, 5xx): the page stays. */
  | { name: 'tenant-failed'; preview: NumberPreview; error: IdaasError };

async function pageBridge(config: RuntimeConfig): Promise<Bridge> {
  const { installPageBridge } = await import('../../session/bridge');
  return installPageBridge(bridgeOptions(config));
}

function providerSettings(config: RuntimeConfig): ProviderSettings {
  const { oneClick, tenant, overrides } = config;
  return {
    provider: oneClick.provider,
    envTimeoutMs: oneClick.envTimeoutMs,
    prefetchTimeoutMs: oneClick.prefetchTimeoutMs,
    tokenTimeoutMs: oneClick.tokenTimeoutMs,
    ...(oneClick.aliyunWeb ? { aliyunWeb: oneClick.aliyunWeb } : {}),
    tenant: { baseUrl: tenant.baseUrl, clientId: tenant.clientId },
    ...(overrides.oneClickScenario ? { scenario: overrides.oneClickScenario } : {}),
  };
}

/** The first other enabled method: where "other login methods" and the switch-worthy failures lead. */
export function otherMethodPath(config: RuntimeConfig): string | undefined {
  const other = config.methods.enabled.find((m) => m !== 'one-click');
  return other && methodPaths[other];
}

/**
 * The one-click flow (one-click.md, "The flow"): environment check and pre-fetch before the page
 * shows, then token → IDaaS `login/aliyun-mobile-auth` → the session module. Failures follow the
 * seed's recommendation: "prompt the user" codes say what to fix and retry; the others move to
 * the other methods with an explanation. Page events go to the host as they happen.
 */
export function useOneClick() {
  const config = useAppConfig();
  const client = useIdaasClient();
  const navigate = useNavigate();
  const signIn = useSignIn();
  const [leaving, setLeaving] = useState(false);
  const ensureErrors = useI18n((s) => s.ensureErrors);
  const [phase, setPhase] = useState<Phase>({ name: 'checking' });
  const provider = useRef<OneClickProvider | undefined>(undefined);
  const bridge = useRef<Bridge | undefined>(undefined);
  const inFlight = useRef(false);

  const emit = useCallback((event: string, data?: unknown) => bridge.current?.event(event, data), []);

  const moveToOtherMethods = useCallback(
    (notice: { reason: SwitchReason }) => {
      useSwitchNotice.setState(notice);
      const path = otherMethodPath(config);
      if (path) void navigate(path, { replace: true });
    },
    [config, navigate],
  );

  /** A provider failure: reported to the host as an event (the flow goes on here), then handled per its advice. */
  const fail = useCallback(
    (code: string, detail: string | undefined, carrier?: NumberPreview['carrier']) => {
      emit(code, detail === undefined ? undefined : { msg: detail });
      if (adviceFor(code) === 'retry') setPhase({ name: 'fix-and-retry', code });
      else moveToOtherMethods({ reason: { kind: 'code', code, ...(carrier ? { carrier } : {}), ...(detail ? { detail } : {}) } });
    },
    [emit, moveToOtherMethods],
  );

  const prepare = useCallback(
    async (signal: AbortSignal) => {
      let carrierSide: OneClickProvider;
      try {
        bridge.current ??= await pageBridge(config);
        carrierSide = provider.current ??= await loadProvider(providerSettings(config), { bridge: bridge.current });
      } catch {
        // The provider's code could not load (offline, a new deployment).
        if (!signal.aborted) fail('600002', undefined);
        return;
      }
      const env = await carrierSide.checkEnvironment(signal);
      if (signal.aborted) return;
      if (!env.ok) return fail(env.code, env.detail);
      const preview = await carrierSide.prefetch(signal);
      if (signal.aborted) return;
      if (!preview.ok) return fail(preview.code, preview.detail);
      setPhase({ name: 'ready', preview: preview.value });
    },
    [config, fail],
  );

  useEffect(() => {
    useSwitchNotice.setState({ reason: undefined });
    const controller = new AbortController();
    // eslint-disable-next-line react-hooks/set-state-in-effect -- prepare sets state only after awaiting the provider (an external system)
    void prepare(controller.signal);
    return () => controller.abort();
  }, [prepare]);

  const retry = useCallback(() => {
    setPhase({ name: 'checking' });
    void prepare(new AbortController().signal);
  }, [prepare]);

  /** The tenant wants more than the carrier's word: the password-expiry flow, or a message on the other methods' page. */
  const continueElsewhere = useCallback(
    async (answer: Exclude<LoginOutcome, { status: 'SUCCESS' }>) => {
    if (answer.status === 'PASSWORD_WARN' || answer.status === 'PASSWORD_EXPIRED') {
      const { usePasswordFlow } = await import('../password-login/password-flow');
      usePasswordFlow.getState().start({ status: answer.status, stateToken: answer.stateToken, policy: answer.policy, identifier: '' });
      void navigate(answer.status === 'PASSWORD_WARN' ? '/login' : '/password/change', { replace: true });
      return;
    }
    const key: MessageKey = answer.status === 'MFA_AUTH' ? 'login.mfaRequired' : 'login.accessDenied';
    moveToOtherMethods({ reason: { kind: 'message', key } });
    },
    [moveToOtherMethods, navigate],
  );


  /** Login pressed with the box ticked (and the hidden digits, when the carrier asks for them). */
  const login = useCallback(
    async (preview: NumberPreview, hiddenDigits?: string) => {
      if (inFlight.current || !provider.current) return;
      inFlight.current = true;
      setPhase({ name: 'logging-in', preview });
      void ensureErrors();
      try {
        const token = await provider.current.getToken(hiddenDigits === undefined ? {} : { hiddenDigits });
        if (!token.ok) {
          setPhase({ name: 'ready', preview });
          return fail(token.code, token.detail, preview.carrier);
        }
        const answer = await client.loginByCarrierToken({ accessToken: token.value.token });
        if (answer.status === 'SUCCESS') {
          setLeaving(true);
          signIn({ sessionToken: answer.sessionToken, idToken: answer.idToken, expire: answer.expire });
        } else {
          await continueElsewhere(answer);
        }
      } catch (error) {
        const failure = error instanceof IdaasError ? error : new IdaasError({ kind: 'network', detail: String(error) });
        // The carrier token is single use: a retry asks for a new one. A refusal by the tenant is final here.
        if (failure.retryable) setPhase({ name: 'tenant-failed', preview, error: failure });
        else moveToOtherMethods({ reason: { kind: 'tenant', error: failure } });
      } finally {
        inFlight.current = false;
      }
    },
    [client, continueElsewhere, ensureErrors, fail, moveToOtherMethods, signIn],
  );

  return { phase, emit, retry, login, leaving, hasHost: () => bridge.current?.host !== undefined, bridge };
}
