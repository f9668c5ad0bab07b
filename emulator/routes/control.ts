import { isOneClickScenario, oneClickScenarioNames, oneClickScenarios } from '../carriers.ts';
import { json, Router, TenantError, type EmulatorResponse } from '../http.ts';
import { behaviourSwitches, isProfileName, PROFILE_NAMES, profiles } from '../profile.ts';
import { isScenarioName, scenarios, type AdvertisedRules, type Fault, type IdTokenDates, type TenantRegistry, type TenantSettings, type Tenant } from '../tenant.ts';
import { SEED_OLD_PASSWORD, SEED_PASSWORD, seedUsers } from '../users.ts';

function badRequest(message: string): TenantError {
  return new TenantError(400, 'EMULATOR.CONTROL', message);
}

function asRecord(body: unknown): Record<string, unknown> {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw badRequest('expected a JSON object');
  return body as Record<string, unknown>;
}

function optionalNumber(body: Record<string, unknown>, key: string, min: number, max: number): number | undefined {
  const value = body[key];
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw badRequest(`${key} must be an integer from ${min} to ${max}`);
  }
  return value;
}

function parseFault(input: unknown): Fault {
  const body = asRecord(input);
  const fault: Fault = { count: optionalNumber(body, 'count', 1, 1000) ?? 1 };
  if (body.path !== undefined) {
    if (typeof body.path !== 'string' || !body.path.startsWith('/api/')) throw badRequest('path must start with /api/');
    fault.path = body.path;
  }
  const latencyMs = optionalNumber(body, 'latencyMs', 0, 120_000);
  if (latencyMs !== undefined) fault.latencyMs = latencyMs;
  const status = optionalNumber(body, 'status', 200, 599);
  if (status !== undefined) fault.status = status;
  if (body.body !== undefined) {
    if (body.body !== 'malformed' && body.body !== 'html' && body.body !== 'empty') throw badRequest('body must be malformed, html or empty');
    fault.body = body.body;
  }
  if (body.drop !== undefined) {
    if (typeof body.drop !== 'boolean') throw badRequest('drop must be a boolean');
    fault.drop = body.drop;
  }
  return fault;
}

function parseRules(input: unknown): AdvertisedRules {
  const body = asRecord(input);
  const rules: AdvertisedRules = {};
  for (const key of Object.keys(body)) if (key !== 'mobileRegex' && key !== 'passwordPolicy') throw badRequest(`unknown rule ${key}`);
  if (body.mobileRegex !== undefined) {
    const byCountry = asRecord(body.mobileRegex);
    if (!Object.values(byCountry).every((pattern) => typeof pattern === 'string')) throw badRequest('mobileRegex maps country codes to strings');
    rules.mobileRegex = byCountry as Record<string, string>;
  }
  if (body.passwordPolicy !== undefined) {
    const policy = asRecord(body.passwordPolicy);
    const minLength = optionalNumber(policy, 'minLength', 1, 128);
    const maxLength = optionalNumber(policy, 'maxLength', 1, 128);
    if (policy.regEx !== undefined && typeof policy.regEx !== 'string') throw badRequest('regEx must be a string');
    rules.passwordPolicy = {
      ...(minLength === undefined ? {} : { minLength }),
      ...(maxLength === undefined ? {} : { maxLength }),
      ...(typeof policy.regEx === 'string' ? { regEx: policy.regEx } : {}),
    };
  }
  return rules;
}

const settingLimits: Record<keyof TenantSettings, [number, number]> = {
  maxAttempts: [1, 100],
  // Up to 99999999999 minutes: the lock a misconfigured tenant was seen to announce.
  lockSeconds: [1, 6_000_000_000_000],
  idTokenTtlSeconds: [1, 864_000],
  sessionTtlSeconds: [1, 8_640_000],
  stateTokenTtlSeconds: [1, 86_400],
};

/**
 * Test control (test mode only): reset state, pick a scenario (and a one-click scenario), change settings, inject faults,
 * read the request log and the SMS outbox, reveal a slider answer. Every `test-…` client id is its
 * own tenant, so parallel tests never meet.
 */
export function controlRouter(tenants: TenantRegistry): Router {
  const tenantOf = (params: Record<string, string>): Tenant => {
    const tenant = tenants.get(params.clientId ?? '');
    if (!tenant) throw new TenantError(404, 'EMULATOR.CONTROL', 'unknown client id (test tenants are named test-…)');
    return tenant;
  };
  const ok = (): EmulatorResponse => ({ status: 204 });
  return new Router()
    .add('GET', '/__emulator/scenarios', () => json(scenarios))
    // The emulated carriers' scenarios (`?oneclick=`, or a tenant's default below), name → description.
    .add('GET', '/__emulator/one-click-scenarios', () => json(oneClickScenarios))
    .add('GET', '/__emulator/users', () => json({ password: SEED_PASSWORD, previousPassword: SEED_OLD_PASSWORD, users: seedUsers }))
    .add('POST', '/__emulator/reset', () => {
      tenants.reset();
      return ok();
    })
    // Drops the tenant: users, sessions, puzzles, captcha tokens, SMS codes, outbox and throttles start again.
    .add('POST', '/__emulator/tenants/:clientId/reset', (_req, params) => {
      tenantOf(params);
      tenants.reset(params.clientId);
      return ok();
    })
    .add('PUT', '/__emulator/tenants/:clientId/scenario', (req, params) => {
      const name = asRecord(req.body).name;
      if (!isScenarioName(name)) throw badRequest(`name must be one of ${Object.keys(scenarios).join(', ')}`);
      tenantOf(params).scenario = name;
      return ok();
    })
    // The tenant's default one-click scenario, used when the carrier request names none; null goes back to `cmcc`.
    .add('PUT', '/__emulator/tenants/:clientId/one-click', (req, params) => {
      const { scenario } = asRecord(req.body);
      if (scenario !== null && !isOneClickScenario(scenario)) {
        throw badRequest(`scenario must be null or one of ${oneClickScenarioNames.join(', ')}`);
      }
      tenantOf(params).oneClick.scenario = scenario ?? undefined;
      return ok();
    })
    .add('PUT', '/__emulator/tenants/:clientId/settings', (req, params) => {
      const tenant = tenantOf(params);
      const body = asRecord(req.body);
      for (const key of Object.keys(body)) {
        if (!Object.hasOwn(settingLimits, key)) throw badRequest(`unknown setting ${key}`);
        const [min, max] = settingLimits[key as keyof TenantSettings];
        tenant.settings[key as keyof TenantSettings] = optionalNumber(body, key, min, max) ?? tenant.settings[key as keyof TenantSettings];
      }
      return json(tenant.settings);
    })
    // The tenant's profile (seed | live) and switches over it: {"profile":"live","captchaKey":"unused"}.
    // Without "profile" the switches apply over the current behaviour.
    .add('PUT', '/__emulator/tenants/:clientId/profile', (req, params) => {
      const tenant = tenantOf(params);
      const { profile, ...switches } = asRecord(req.body);
      if (profile !== undefined && !isProfileName(profile)) throw badRequest(`profile must be one of ${PROFILE_NAMES.join(', ')}`);
      try {
        const base = profile === undefined ? tenant.behaviour : profiles[profile];
        tenant.profile = { name: profile ?? tenant.profile.name, behaviour: { ...base, ...behaviourSwitches(switches) } };
      } catch (error) {
        throw badRequest(error instanceof Error ? error.message : String(error));
      }
      return json(tenant.profile);
    })
    // Date claims of the id_tokens issued from now on ({"exp":1e13}); {} goes back to real ones.
    .add('PUT', '/__emulator/tenants/:clientId/id-token-dates', (req, params) => {
      const body = asRecord(req.body);
      const dates: IdTokenDates = {};
      for (const key of Object.keys(body)) {
        const value = body[key];
        if (key !== 'exp' && key !== 'iat' && key !== 'nbf') throw badRequest(`unknown claim ${key} (exp, iat or nbf)`);
        if (typeof value !== 'number' || !Number.isFinite(value)) throw badRequest(`${key} must be a finite number`);
        dates[key] = value;
      }
      tenantOf(params).idTokenDates = dates;
      return json(dates);
    })
    .add('GET', '/__emulator/tenants/:clientId/profile', (_req, params) => json(tenantOf(params).profile))
    // What the tenant tells of its rules, in place of the emulator's own (policy.ts, data/country-codes.ts): {"mobileRegex":{"CN":"…"},"passwordPolicy":{"regEx":"…","maxLength":20}}.
    .add('PUT', '/__emulator/tenants/:clientId/rules', (req, params) => {
      tenantOf(params).rules = parseRules(req.body);
      return ok();
    })
    .add('POST', '/__emulator/tenants/:clientId/faults', (req, params) => {
      tenantOf(params).faults.push(parseFault(req.body));
      return ok();
    })
    .add('POST', '/__emulator/tenants/:clientId/clock', (req, params) => {
      const tenant = tenantOf(params);
      const advanceSeconds = optionalNumber(asRecord(req.body), 'advanceSeconds', 0, 10 * 365 * 86_400);
      if (advanceSeconds === undefined) throw badRequest('advanceSeconds is required');
      tenant.clockOffsetMs += advanceSeconds * 1000;
      return json({ now: new Date(tenant.now()).toISOString() });
    })
    .add('GET', '/__emulator/tenants/:clientId/requests', (_req, params) => json(tenantOf(params).requestLog))
    // The SMS the tenant "sent" (no gateway): [{ mobile, type, code, sentAt }], newest last.
    .add('GET', '/__emulator/tenants/:clientId/outbox', (_req, params) => json(tenantOf(params).verification.outbox))
    // The answer { x } of a live (unused, unexpired) slider puzzle, so end-to-end tests can solve it; 404 otherwise.
    .add('GET', '/__emulator/tenants/:clientId/captcha/:token', (_req, params) => {
      const tenant = tenantOf(params);
      const puzzle = tenant.verification.puzzles.get(params.token ?? '');
      if (!puzzle || puzzle.expiresAt <= tenant.now()) throw new TenantError(404, 'EMULATOR.CONTROL', 'no live puzzle with that token');
      return json({ x: puzzle.answerX });
    });
}
