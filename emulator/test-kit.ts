import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect } from 'vitest';
import { createEmulator, type EmulatorOptions } from './server.ts';
import { JSON_CONTENT_TYPE } from '../src/api/transport.ts';
import { profileFromStart } from './profile.ts';

/**
 * Shared by the emulator's test files: real HTTP against a started emulator, every test on its own
 * `test-…` client id (so its own fresh tenant). A test file starts its emulator and sets
 * `testTarget.baseUrl` before its tests run.
 */
export const testTarget = { baseUrl: '' };

/** Starts a test-mode emulator on a free port for this test file (testTarget.baseUrl), and stops it after. */
export function useTestEmulator(options: EmulatorOptions = {}): void {
  let server: Awaited<ReturnType<Awaited<ReturnType<typeof createEmulator>>['listen']>> | undefined;
  beforeAll(async () => {
    server = await (await createEmulator({ testMode: true, ...options })).listen(0, '127.0.0.1');
    testTarget.baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server?.closeAllConnections();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  });
}

/** The emulator's tests of the SDK documents' reading start their tenants on the `seed` profile (docs/tenant-api.md, "Two profiles") (`npm run emulator` starts on `live`). */
export const SEED_PROFILE = profileFromStart('seed');

export const SEED_PASSWORD = 'Idaas@2026';
export const SEED_OLD_PASSWORD = 'Idaas@2025';
export const NEW_PASSWORD = 'Bamboo#2027x';

export const DEVICE_HEADERS: Readonly<Record<string, string>> = {
  'X-device-fingerprint': 'fp-vitest-0001',
  'X-operating-sys-version': 'Linux x86_64',
  'X-agent': 'Mozilla/5.0 (vitest emulator suite)',
};

export const LOGIN = '/api/v2/sdk/login';

/** What the tenant answers, loosely: login results, refresh answers, captcha answers and errors ({} for an empty 200). */
export interface Answer {
  status?: string;
  session_token?: string;
  id_token?: string;
  expire?: number;
  state_token?: string;
  data?: string;
  error_code?: string;
  error_msg?: string;
  token?: string;
  secretKey?: string;
  originalImageBase64?: string;
  jigsawImageBase64?: string;
  repCode?: string;
  captcha_token?: string;
}

export interface CallOptions {
  method?: 'GET' | 'POST' | 'PUT';
  /** Sent as JSON. */
  json?: unknown;
  /** Sent verbatim (for malformed bodies). */
  rawBody?: string;
  /** Extra headers (X-L, X-state-token, session-token, X-Forwarded-*). */
  headers?: Record<string, string>;
  /** Names of default headers (device headers, X-client-id) to leave out. */
  omit?: readonly string[];
  /** Another emulator's base URL. */
  base?: string;
}

/** A fresh client id, hence a fresh seeded tenant (test mode creates `test-…` tenants on demand). */
export function freshClientId(label: string): string {
  return `test-${label}-${randomUUID().slice(0, 8)}`;
}

/** A raw API request with the device headers and Content-Type (and X-client-id unless undefined). */
export function request(clientId: string | undefined, path: string, options: CallOptions = {}): Promise<Response> {
  const headers: Record<string, string> = { ...DEVICE_HEADERS };
  if (clientId !== undefined) headers['X-client-id'] = clientId;
  const body = options.rawBody ?? (options.json === undefined ? undefined : JSON.stringify(options.json));
  // As the SPA sends it: on every request, GETs included (live tenants require it).
  headers['content-type'] = JSON_CONTENT_TYPE;
  Object.assign(headers, options.headers);
  const omitted = new Set((options.omit ?? []).map((name) => name.toLowerCase()));
  const init: RequestInit = {
    method: options.method ?? (body === undefined ? 'GET' : 'POST'),
    headers: Object.fromEntries(Object.entries(headers).filter(([name]) => !omitted.has(name.toLowerCase()))),
  };
  if (body !== undefined) init.body = body;
  return fetch(`${options.base ?? testTarget.baseUrl}${path}`, init);
}

/** An API request whose answer is JSON. */
export async function api(clientId: string | undefined, path: string, options: CallOptions = {}): Promise<{ status: number; body: Answer }> {
  const res = await request(clientId, path, options);
  const text = await res.text();
  return { status: res.status, body: (text === '' ? {} : JSON.parse(text)) as Answer };
}

export type Lang = 'en' | 'zh';

export function langHeaders(lang: Lang | undefined): Record<string, string> {
  return lang === undefined ? {} : { 'X-L': lang };
}

/** One tenant of the emulator, with helpers bound to its client id. */
export class TestTenant {
  readonly clientId: string;

  constructor(label: string) {
    this.clientId = freshClientId(label);
  }

  api(path: string, options: CallOptions = {}): Promise<{ status: number; body: Answer }> {
    return api(this.clientId, path, options);
  }

  request(path: string, options: CallOptions = {}): Promise<Response> {
    return request(this.clientId, path, options);
  }

  /** Username + password (`/login`, `user_name`). */
  login(userName: string, password: string, lang?: Lang): Promise<{ status: number; body: Answer }> {
    return this.api(LOGIN, { json: { user_name: userName, password }, headers: langHeaders(lang) });
  }

  control(method: 'GET' | 'POST' | 'PUT', sub: string, json?: unknown): Promise<Response> {
    const init: RequestInit = { method };
    if (json !== undefined) {
      init.body = JSON.stringify(json);
      init.headers = { 'content-type': 'application/json' };
    }
    return fetch(`${testTarget.baseUrl}/__emulator/tenants/${this.clientId}/${sub}`, init);
  }

  async scenario(name: string): Promise<void> {
    const res = await this.control('PUT', 'scenario', { name });
    expect(res.status).toBe(204);
  }

  /** `{ profile?: 'seed' | 'live', …switches }` (profile.ts); answers the behaviour now in force. */
  async profile(body: Record<string, string | boolean>): Promise<Record<string, unknown>> {
    const res = await this.control('PUT', 'profile', body);
    expect(res.status).toBe(200);
    return ((await res.json()) as { behaviour: Record<string, unknown> }).behaviour;
  }

  async settings(values: Record<string, number | string>): Promise<void> {
    const res = await this.control('PUT', 'settings', values);
    expect(res.status).toBe(200);
  }

  async fault(fault: Record<string, unknown>): Promise<void> {
    const res = await this.control('POST', 'faults', fault);
    expect(res.status).toBe(204);
  }
}

export function expectError(answer: { status: number; body: Answer }, code: string, message?: string, status = 400): void {
  expect(answer.status).toBe(status);
  expect(answer.body.error_code).toBe(code);
  if (message !== undefined) expect(answer.body.error_msg).toBe(message);
}

export function expectSuccess(answer: { status: number; body: Answer }): { session_token: string; id_token: string; expire: number } {
  expect(answer.status).toBe(200);
  expect(answer.body.status).toBe('SUCCESS');
  const { session_token, id_token, expire } = answer.body;
  expect(typeof session_token).toBe('string');
  expect(session_token?.length).toBeGreaterThan(10);
  expect(typeof id_token).toBe('string');
  expect(id_token?.split('.')).toHaveLength(3);
  expect(typeof expire).toBe('number');
  expect(expire).toBeGreaterThan(0);
  return { session_token: session_token!, id_token: id_token!, expire: expire! };
}
