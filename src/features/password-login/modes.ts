import type { PasswordMode } from '../../config/config';
import type { IdaasClient } from '../../api/client';
import type { LoginOutcome } from '../../api/schemas';
import type { MessageKey } from '../../i18n/messages/zh-CN';

export interface Credentials {
  mode: PasswordMode;
  /** Username, email, unified identifier, or the mobile in wire form. */
  identifier: string;
  password: string;
}

export const modeLabels: Record<PasswordMode, MessageKey> = {
  unified: 'login.mode.unified',
  username: 'login.mode.username',
  phone: 'login.mode.phone',
  email: 'login.mode.email',
};

/** Each mode is one SDK login method (docs/tenant-api.md, "Endpoints"). */
export function loginWith(client: IdaasClient, { mode, identifier, password }: Credentials): Promise<LoginOutcome> {
  switch (mode) {
    case 'unified':
      return client.loginUnified({ identifier, password });
    case 'username':
      return client.loginByUserName({ userName: identifier, password });
    case 'phone':
      return client.loginByMobile({ mobile: identifier, password });
    case 'email':
      return client.loginByEmail({ email: identifier, password });
  }
}
