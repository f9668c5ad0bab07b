import { loginApi } from './login';
import { passwordApi } from './password';
import { registerApi } from './register';
import { tenantApi } from './tenant';
import { createTransport, type TransportOptions } from './transport';
import { verificationApi } from './verification';

/** The typed IDaaS client: every endpoint of idaas-api.md, and the only code that talks to the tenant. */
export function createIdaasClient(options: TransportOptions) {
  const transport = createTransport(options);
  return {
    ...loginApi(transport),
    ...passwordApi(transport),
    ...verificationApi(transport),
    ...registerApi(transport),
    ...tenantApi(transport),
  };
}

export type IdaasClient = ReturnType<typeof createIdaasClient>;
