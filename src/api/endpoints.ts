import { currentDevice, type DeviceInfo } from './device';
import { loginApi } from './login';
import { passwordApi } from './password';
import { registerApi } from './register';
import { tenantApi } from './tenant';
import { createTransport, type TransportOptions } from './transport';
import { verificationApi } from './verification';

/** How to reach the tenant; the device headers are this browser's unless given. */
export type EndpointOptions = Omit<TransportOptions, 'device'> & { device?: DeviceInfo };

/** Every endpoint the client implements (docs/tenant-api.md, "Endpoints") over one transport: what the IDaaS client (client.ts) loads with its first call. */
export function createEndpoints({ device = currentDevice(), ...options }: EndpointOptions) {
  const transport = createTransport({ ...options, device });
  return {
    ...loginApi(transport),
    ...passwordApi(transport),
    ...verificationApi(transport),
    ...registerApi(transport),
    ...tenantApi(transport),
  };
}

export type IdaasEndpoints = ReturnType<typeof createEndpoints>;
