import { useCallback } from 'react';
import { fillPlaceholders, type MessageParams } from './format';
import type { MessageKey } from './messages/zh-CN';
import { useI18n } from './store';

export type Translate = (key: MessageKey, params?: MessageParams) => string;

export function useT(): Translate {
  const messages = useI18n((s) => s.messages);
  // A pack key before its pack arrived (a screen loaded without it) shows the key, never crashes.
  return useCallback((key, params) => fillPlaceholders((messages[key] as string | undefined) ?? key, params), [messages]);
}

export function useLocale() {
  return useI18n((s) => s.locale);
}
