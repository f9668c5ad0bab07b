import type { ApiArea, ApiCall } from '../context.ts';
import type { EmulatorResponse } from '../http.ts';
import { loginResult } from '../sessions.ts';
import { normaliseMobile, type FailureCounter } from '../tenant.ts';
import { passwordMatches, registeredUser, UNKNOWN_USER_HASH, type TenantUser } from '../users.ts';
import { checkSmsCode, requiredMobile } from './sms.ts';

type Lookup = 'userName' | 'mobile' | 'any';

function findUser(call: ApiCall, identifier: string, lookup: Lookup): TenantUser | undefined {
  const { tenant } = call;
  if (lookup === 'userName') return tenant.userByName(identifier);
  if (lookup === 'mobile') return tenant.userByMobile(identifier);
  return tenant.userByName(identifier) ?? tenant.userByEmail(identifier) ?? tenant.userByMobile(identifier);
}

/** Minutes and seconds left, as LOGIN.1003 words them. */
function remaining(untilMs: number, nowMs: number): [number, number] {
  const seconds = Math.max(1, Math.ceil((untilMs - nowMs) / 1000));
  return [Math.floor(seconds / 60), seconds % 60];
}

/**
 * Password check with lockout: N failures lock the account (LOGIN.1003 with the time left);
 * before that, LOGIN.1005 says how many attempts remain. Unknown identifiers are counted the same
 * way, so the answers never reveal whether an account exists.
 */
async function passwordLogin(call: ApiCall, identifierField: string, lookup: Lookup): Promise<EmulatorResponse> {
  const identifier = call.requiredString(identifierField);
  const password = call.requiredString('password');
  const { tenant } = call;
  const user = findUser(call, identifier.trim(), lookup);
  // Unknown identifiers are counted under the same normal form as real accounts (every spelling of
  // a phone number is one counter), so the counting itself reveals nothing.
  const counter: FailureCounter = user ?? counterFor(tenant.unknownIdentifiers, normaliseMobile(identifier) ?? identifier.trim().toLowerCase());
  const now = call.now;

  if (counter.lockedUntil !== undefined) {
    if (counter.lockedUntil > now) throw call.error('LOGIN.1003', ...remaining(counter.lockedUntil, now));
    delete counter.lockedUntil;
    counter.failures = 0;
  }
  // The hash is computed for unknown users too, so response time does not tell them apart.
  const matches = passwordMatches(password, user?.password ?? UNKNOWN_USER_HASH);
  if (user && matches) {
    counter.failures = 0;
    return loginResult(call, user);
  }
  counter.failures += 1;
  const { maxAttempts, lockSeconds } = tenant.settings;
  if (counter.failures >= maxAttempts) {
    counter.failures = 0;
    counter.lockedUntil = now + lockSeconds * 1000;
    throw call.error('LOGIN.1003', ...remaining(counter.lockedUntil, now));
  }
  throw call.error('LOGIN.1005', maxAttempts - counter.failures);
}

function counterFor(map: Map<string, FailureCounter>, key: string): FailureCounter {
  let counter = map.get(key);
  if (!counter) {
    counter = { failures: 0 };
    map.set(key, counter);
  }
  return counter;
}

/**
 * Mobile + SMS code (LOGIN_SMS). A wrong code, no code and no account all answer SMS.1005 (codes
 * are never sent to numbers without an account), so nothing is enumerable; the code is used up on
 * success. With automatic registration (smsAutoRegister) codes go to any number, and one without
 * an account becomes a new user on the spot (docs/tenant-api.md, "SMS login").
 */
function smsLogin(call: ApiCall): Promise<EmulatorResponse> {
  const { tenant } = call;
  const mobile = requiredMobile(call);
  const useCode = checkSmsCode(call, mobile, 'LOGIN_SMS', call.requiredString('verify_code'));
  let user = tenant.userByMobile(mobile);
  if (!user && tenant.behaviour.smsAutoRegister) {
    user = registeredUser({ userName: tenant.freeUserName(mobile), name: '', mobile, profile: {}, extension: {} }, call.now);
    tenant.users.push(user);
  }
  if (!user) throw call.error('SMS.1005');
  useCode();
  return loginResult(call, user);
}

export const loginArea: ApiArea = {
  routes: [
    ['POST', '/api/v2/sdk/login', (call) => passwordLogin(call, 'user_name', 'userName')],
    ['POST', '/api/v2/sdk/login/auth', (call) => passwordLogin(call, 'user_name', 'any')],
    ['POST', '/api/v2/sdk/login/mobile-pwd', (call) => passwordLogin(call, 'mobile', 'mobile')],
    ['POST', '/api/v2/sdk/login/mobile-verify-code', smsLogin],
  ],
};
