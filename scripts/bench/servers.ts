import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

/** A free TCP port on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function waitFor(url: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not up yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

export interface Servers {
  /** The production build served with the production headers, its /api/ proxied to the emulator. */
  app: string;
  emulator: string;
  stop(): void;
}

/** Fails when `port` is taken: a server already there would be measured in place of ours. */
function ensureFree(port: number, name: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', () => reject(new Error(`${name}=${port} is taken: stop what listens there, or choose another port`)));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(port)));
  });
}

/** The port in the environment variable `name` (checked free), else a free one. */
async function portFor(name: 'EMULATOR_PORT' | 'PREVIEW_PORT'): Promise<number> {
  const chosen = Number(process.env[name]);
  return Number.isInteger(chosen) && chosen > 0 ? ensureFree(chosen, name) : freePort();
}

/**
 * The emulator (with test control, for the slider's puzzles) and `vite preview` of dist/, on the
 * ports in EMULATOR_PORT and PREVIEW_PORT when set (as for the tests, so that runs side by side
 * keep apart), else on free local ports.
 */
export async function startServers(): Promise<Servers> {
  const [emulatorPort, previewPort] = [await portFor('EMULATOR_PORT'), await portFor('PREVIEW_PORT')];
  const emulator = `http://127.0.0.1:${emulatorPort}`;
  const app = `http://127.0.0.1:${previewPort}`;
  const children: ChildProcess[] = [
    spawn('npx', ['tsx', 'emulator/main.ts', '--test-mode', '--quiet', '--port', String(emulatorPort)], { stdio: 'ignore', detached: true }),
    spawn('npx', ['vite', 'preview', '--port', String(previewPort), '--strictPort'], {
      stdio: 'ignore',
      detached: true,
      env: { ...process.env, IDAAS_TENANT_URL: emulator, PREVIEW_PORT: String(previewPort) },
    }),
  ];
  const stop = () => {
    for (const child of children) {
      try {
        if (child.pid) process.kill(-child.pid, 'SIGTERM');
      } catch {
        // Already gone.
      }
    }
  };
  process.once('exit', stop);
  try {
    await Promise.all([waitFor(`${emulator}/__emulator/scenarios`), waitFor(`${app}/config.json`)]);
  } catch (error) {
    stop();
    throw error;
  }
  return { app, emulator, stop };
}
