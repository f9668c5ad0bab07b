import { create } from 'zustand';
import type { IdaasError } from '../../api/errors';
import type { MessageKey } from '../../i18n/messages/zh-CN';
import type { Carrier } from './providers/types';

/** Why the user was moved from one-click to another method: shown on the page they land on. */
export type SwitchReason = { kind: 'code'; code: string; carrier?: Carrier; detail?: string } | { kind: 'tenant'; error: IdaasError }
  | { kind: 'message'; key: MessageKey };

export const useSwitchNotice = create<{ reason: SwitchReason | undefined }>(() => ({ reason: undefined }));
