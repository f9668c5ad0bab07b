import { useCallback, useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { asIdaasError, IdaasError } from '../../api/errors';
import { useIdaasClient } from '../../api/react';
import { useAppConfig, type RuntimeConfig } from '../../config/app-config';
import { METHOD_PATHS, PATHS } from '../../app/paths';
import { retryingImport } from '../../platform/chunk-load';
import { bridgeOptions } from '../../config/config';
import { adviceFor } from '../../i18n/one-click-codes/advice';
import { useI18n } from '../../i18n/store';
import type { Bridge } from '../../session/bridge';
import type { LoginOutcome } from '../../api/schemas';
import type { MessageKey } from '../../i18n/messages/zh-CN';
import { pageBridge } from '../../session/host-presence';
import { loadSignIn, signInWhenLoaded } from '../../session/load-sign-in';
import { loadProvider } from './providers/load-provider';
import type { NumberPreview, OneClickProvider, ProviderSettings } from './providers/types';
import { passwordStepOf, signInFlow, STEP_PAGES, type SwitchReason } from '../../sign-in/flow';

export type Phase =
  | { name: 'checking' }
  /** A "prompt the user" code (600007 no SIM, 600008 mobile data off): say what to fix, offer retry. */
  | { name: 'fix-and-retry'; code: string }
  | { name: 'ready'; preview: NumberPreview }
  | { name: 'logging-in'; preview: NumberPreview }
  /** The tenant call failed in a way worth retrying (network, 5xx): the page stays. */
  | { name: 'tenant-failed'; preview: NumberPreview; error: IdaasError };

/** The result delivery that backing out uses: not part of the page's first download (OneClickPage prefetches it with its later parts). */
export const loadDelivery = () => import('../../session/delivery');
/** Fetched when the page is idle (OneClickPage); retried, since a sign-in waits for it. */
export const loadSignInCode = () => retryingImport(loadSignIn);

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
  return other && METHOD_PATHS[other];
}

/**
 * The one-click flow (docs/one-click.md, "The flow"): environment check and pre-fetch before the page
 * shows, then token → IDaaS `login/aliyun-mobile-auth` → the session module. Failures follow the
 * advice (docs/one-click.md, "Result codes"): "prompt the user" codes say what to fix and retry; the others move to
 * the other methods with an explanation. Page events go to the host as they happen.
 */
export function useOneClick() {
  const config = useAppConfig();
  const client = useIdaasClient();
  const navigate = useNavigate();
  const [leaving, setLeaving] = useState(false);
  const ensureErrors = useI18n((s) => s.ensureErrors);
  const [phase, setPhase] = useState<Phase>({ name: 'checking' });
  // A promise, so that a second mount (React's development double run) shares the one provider.
  const provider = useRef<Promise<OneClickProvider> | undefined>(undefined);
  const bridge = useRef<Bridge | undefined>(undefined);
  /** Aborted when the page goes away or the user leaves it: nothing that was under way acts after that. */
  const life = useRef(new AbortController());
  /** Set once the page is done (left, moved on, signed in): at most one outcome reaches the host. */
  const done = useRef(false);
  const inFlight = useRef(false);

  const emit = useCallback((event: string, data?: unknown) => bridge.current?.event(event, data), []);

  /** To the other methods with the reason shown there; false when there is no other method to go to. */
  const moveToOtherMethods = useCallback(
    (reason: SwitchReason): boolean => {
      const path = otherMethodPath(config);
      if (!path) return false;
      done.current = true;
      signInFlow.switchedFromOneClick(reason);
      void navigate(path, { replace: true });
      return true;
    },
    [config, navigate],
  );

  /** A provider failure: reported to the host as an event (the flow goes on here), then handled per its advice. */
  const fail = useCallback(
    (code: string, detail: string | undefined, carrier?: NumberPreview['carrier']) => {
      if (life.current.signal.aborted || done.current) return;
      emit(code, detail === undefined ? undefined : { msg: detail });
      const moved = adviceFor(code) !== 'retry' && moveToOtherMethods({ kind: 'code', code, ...(carrier ? { carrier } : {}), ...(detail ? { detail } : {}) });
      // Said here, with a retry, when the user can fix it or when there is nowhere else to go.
      if (!moved) setPhase({ name: 'fix-and-retry', code });
    },
    [emit, moveToOtherMethods],
  );

  const prepare = useCallback(async () => {
    const { signal } = life.current;
    let carrierSide: OneClickProvider;
    try {
      // Only the native provider needs the host before it can start; the others only send it events.
      const host = pageBridge(bridgeOptions(config)).then((b) => (bridge.current = b));
      if (config.oneClick.provider === 'native') await host;
      else void host.catch(() => undefined);
      provider.current ??= loadProvider(providerSettings(config), { bridge: bridge.current });
      carrierSide = await provider.current;
    } catch {
      // The provider's code could not load (offline, a new deployment).
      return fail('600002', undefined);
    }
    const env = await carrierSide.checkEnvironment(signal);
    if (signal.aborted) return;
    if (!env.ok) return fail(env.code, env.detail);
    const preview = await carrierSide.prefetch(signal);
    if (signal.aborted) return;
    if (!preview.ok) return fail(preview.code, preview.detail);
    setPhase({ name: 'ready', preview: preview.value });
    // The SDKs' "authorization page shown".
    emit('600001');
  }, [config, emit, fail]);

  useEffect(() => {
    const controller = new AbortController();
    life.current = controller;
    done.current = false;
    signInFlow.switchedFromOneClick(undefined);
    // eslint-disable-next-line react-hooks/set-state-in-effect -- prepare sets state only after awaiting the provider (an external system)
    void prepare();
    return () => controller.abort();
  }, [prepare]);

  const retry = useCallback(() => {
    setPhase({ name: 'checking' });
    void prepare();
  }, [prepare]);

  /** The tenant wants more than the carrier's word: the password-expiry flow, or a message on the other methods' page. */
  const continueElsewhere = useCallback(
    async (answer: Exclude<LoginOutcome, { status: 'SUCCESS' }>, preview: NumberPreview) => {
      if (answer.status === 'PASSWORD_WARN' || answer.status === 'PASSWORD_EXPIRED') {
        done.current = true;
        const step = passwordStepOf(answer, '');
        signInFlow.startPasswordStep(step);
        void navigate(STEP_PAGES[step.name][0]!, { replace: true });
        return;
      }
      const key: MessageKey = answer.status === 'MFA_AUTH' ? 'signIn.mfaRequired' : 'signIn.accessDenied';
      if (!moveToOtherMethods({ kind: 'message', key })) {
        setPhase({ name: 'tenant-failed', preview, error: new IdaasError({ kind: 'tenant', detail: answer.status }) });
      }
    },
    [moveToOtherMethods, navigate],
  );

  /** Login pressed with the box ticked (and the hidden digits, when the carrier asks for them). */
  const login = useCallback(
    async (preview: NumberPreview, hiddenDigits?: string) => {
      if (inFlight.current || done.current || !provider.current) return;
      const { signal } = life.current;
      inFlight.current = true;
      setPhase({ name: 'logging-in', preview });
      void ensureErrors();
      try {
        const carrierSide = await provider.current;
        const token = await carrierSide.getToken(hiddenDigits === undefined ? { signal } : { hiddenDigits, signal });
        if (signal.aborted || done.current) return;
        if (!token.ok) {
          setPhase({ name: 'ready', preview });
          return fail(token.code, token.detail, preview.carrier);
        }
        const answer = await client.loginByCarrierToken({ accessToken: token.value.token }, { signal });
        if (signal.aborted || done.current) return;
        if (answer.status === 'SUCCESS') {
          done.current = true;
          setLeaving(true);
          signInFlow.switchedFromOneClick(undefined);
          await signInWhenLoaded({ sessionToken: answer.sessionToken, idToken: answer.idToken, expire: answer.expire }, { config, navigate }, loadSignInCode);
        } else {
          await continueElsewhere(answer, preview);
        }
      } catch (error) {
        if (signal.aborted || done.current) return;
        const failure = asIdaasError(error);
        // The carrier token is single use: a retry asks for a new one. A refusal by the tenant is final here.
        if (failure.retryable || !moveToOtherMethods({ kind: 'tenant', error: failure })) setPhase({ name: 'tenant-failed', preview, error: failure });
      } finally {
        inFlight.current = false;
      }
    },
    [client, config, continueElsewhere, ensureErrors, fail, moveToOtherMethods, navigate],
  );

  /**
   * The user leaves (back `700000`, other methods `700001`): the event now, then, after `animate`
   * (the exit animation), the result to whoever asked. Once only; nothing under way acts after it.
   */
  const leave = useCallback(
    (code: '700000' | '700001', animate: (then: () => void) => void = (then) => then()) => {
      if (done.current) return;
      done.current = true;
      life.current.abort();
      emit(code);
      animate(() => {
        const other = otherMethodPath(config);
        if (code === '700001') {
          // The user stays to sign in another way: a host hears of it, a redirect does not happen.
          if (bridge.current?.host) bridge.current.event('result', { code });
          void navigate(other ?? PATHS.home, { replace: true });
          return;
        }
        const goBack = () => {
          if (window.history.length > 1) void navigate(-1);
          else void navigate(other ?? PATHS.home, { replace: true });
        };
        // If the delivery code cannot load (offline), the user still goes back.
        void loadDelivery().then(({ deliverResult }) => {
          const handoff = deliverResult(
            { code },
            {
              bridge: bridge.current,
              redirectUri: config.overrides.redirectUri,
              redirectState: config.overrides.redirectState,
              leaveFor: (url) => window.location.replace(url),
            },
          );
          if (!handoff) goBack();
        }, goBack);
      });
    },
    [config, emit, navigate],
  );

  return { phase, emit, retry, login, leave, leaving };
}
