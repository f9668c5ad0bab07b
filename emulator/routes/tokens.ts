import type { ApiArea } from '../context.ts';
import { json } from '../http.ts';
import { refreshSession } from '../sessions.ts';

export const tokensArea: ApiArea = {
  routes: [
    [
      'POST',
      '/api/v2/sdk/sso/session-token/id-token',
      async (call) => {
        const sessionToken = call.requiredHeader('session-token');
        const { tenant } = call;
        const session = tenant.sessions.get(sessionToken);
        const user = session && session.expiresAt > call.now ? tenant.userById(session.userId) : undefined;
        // A rotated-away (stale) or expired session_token is refused the way the tenant words it.
        if (!session || !user) {
          tenant.sessions.delete(sessionToken);
          throw call.error('COMMON.1005', 'session_token');
        }
        return json(await refreshSession(call, sessionToken, session, user));
      },
    ],
  ],
};
