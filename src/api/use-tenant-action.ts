import { useMutation } from './server-state';
import { useEffect, useRef } from 'react';
import { useI18n } from '../i18n/store';
import { whenIdle } from '../platform/when-idle';
import { asIdaasError, type IdaasError } from './errors';

/**
 * A user-triggered tenant call (login, skip, change…): never retried automatically, never sent
 * twice while one is in flight (a double click sends one request), and its failure is an
 * IdaasError, described from the error catalog that the screen loads once it is drawn.
 */
export function useTenantAction<Input, Output>(call: (input: Input) => Promise<Output>) {
  const ensureErrors = useI18n((s) => s.ensureErrors);
  const inFlight = useRef(false);
  const mutation = useMutation<Output, unknown, Input>({ mutationFn: call, retry: false });
  // A screen that can fail fetches its error messages as soon as it is drawn and idle, long before
  // anything is sent (and not when it is offline); a failure asks again, just in case.
  useEffect(() => whenIdle(() => void ensureErrors()), [ensureErrors]);

  const run = (input: Input, handlers: { onSuccess: (output: Output) => void; onError?: (error: IdaasError) => void }) => {
    if (inFlight.current) return;
    inFlight.current = true;
    mutation.mutate(input, {
      onSuccess: handlers.onSuccess,
      onError: (error) => {
        void ensureErrors();
        handlers.onError?.(asIdaasError(error));
      },
      onSettled: () => {
        inFlight.current = false;
      },
    });
  };

  const error = mutation.error === null ? undefined : asIdaasError(mutation.error);
  return { run, busy: mutation.isPending, error };
}

