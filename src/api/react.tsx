import { createContext, useContext, type ReactNode } from 'react';
import type { IdaasClient } from './client';

const IdaasClientContext = createContext<IdaasClient | undefined>(undefined);

export function IdaasClientProvider({ client, children }: { client: IdaasClient; children: ReactNode }) {
  return <IdaasClientContext.Provider value={client}>{children}</IdaasClientContext.Provider>;
}

export function useIdaasClient(): IdaasClient {
  const client = useContext(IdaasClientContext);
  if (!client) throw new Error('useIdaasClient outside IdaasClientProvider');
  return client;
}
