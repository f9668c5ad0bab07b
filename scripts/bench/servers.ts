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

/** The emulator (with test control, for the slider's puzzles) and `vite preview` of dist/, on free local ports. */
export async function startServers(): Promise<Servers> {
  const [emulatorPort, previewPort] = [await freePort(), await freePort()];
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
