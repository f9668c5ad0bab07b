import type { EndpointOptions, IdaasEndpoints } from './endpoints';
import { unreachable } from './errors';

/** The typed IDaaS client: the endpoints of docs/tenant-api.md it implements, and the only code that talks to the tenant. */
export type IdaasClient = {
  readonly [Name in keyof IdaasEndpoints]: (...args: Parameters<IdaasEndpoints[Name]>) => Promise<Awaited<ReturnType<IdaasEndpoints[Name]>>>;
};

const ENDPOINT_NAMES = [
  'loginUnified',
  'loginByUserName',
  'loginByMobile',
  'loginByEmail',
  'loginBySmsCode',
  'loginByCarrierToken',
  'skipPasswordUpdate',
  'updatePassword',
  'resetPasswordByMobile',
  'getCaptcha',
  'verifyCaptcha',
  'sendSms',
  'registerByMobile',
  'getCountryCodes',
  'refreshIdToken',
  'getJwks',
  'jwksUrl',
] as const satisfies readonly (keyof IdaasEndpoints)[];
// A compile error here names an endpoint missing from ENDPOINT_NAMES.
const everyEndpointListed: Exclude<keyof IdaasEndpoints, (typeof ENDPOINT_NAMES)[number]> extends never ? true : never = true;
void everyEndpointListed;

/** The client's code: what a page fetches once it is idle (main.tsx), so that a call made later finds it loaded. */
export const loadClientCode = () => import('./endpoints');

/**
 * The client's code (transport, answer schemas, endpoints) is not part of a first visit: it loads
 * when the page is idle (loadClientCode) or with the first call, whichever comes first. A failed
 * load is the failure the transport gives when the tenant cannot be reached, and the next call
 * tries again (browsers that still remember a failed module fetch fail it again at once).
 */
export function createIdaasClient(options: EndpointOptions, loadCode: typeof loadClientCode = loadClientCode): IdaasClient {
  let endpoints: Promise<IdaasEndpoints> | undefined;
  const load = () => {
    endpoints ??= loadCode()
      .catch((cause: unknown) => {
        throw unreachable(cause, options.isOnline);
      })
      .then(({ createEndpoints }) => createEndpoints(options));
    // Nothing failed is kept: the next call starts again.
    endpoints.catch(() => (endpoints = undefined));
    return endpoints;
  };
  const call =
    <Name extends keyof IdaasEndpoints>(name: Name) =>
    async (...args: Parameters<IdaasEndpoints[Name]>) => {
      const endpoint = (await load())[name] as (...args: Parameters<IdaasEndpoints[Name]>) => ReturnType<IdaasEndpoints[Name]>;
      return endpoint(...args);
    };
  return Object.fromEntries(ENDPOINT_NAMES.map((name) => [name, call(name)])) as unknown as IdaasClient;
}
