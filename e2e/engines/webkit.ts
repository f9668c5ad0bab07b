import { spawn, type ChildProcess } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { createServer, type AddressInfo } from 'node:net';
import WebDriver, { type Client } from 'webdriver';
import { MINIBROWSER, WEBKIT_DRIVER, XVFB } from './available';
import { describeQuery, poll, toPageQuery, type EngineBrowser, type EngineDriver, type Key, type Point, type Query } from './driver';
import { pageExpression, PageReader } from './find';
import { BLANK_PATH } from './proxy';


const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';
type ElementReference = { [ELEMENT]: string };

/** W3C WebDriver key codes. */
const KEY_CODES: Record<string, string> = { Enter: '\uE007', Home: '\uE011', PageUp: '\uE00E', ArrowRight: '\uE014', Shift: '\uE008', Tab: '\uE004', ' ': ' ' };

/** The Chromium projects' locale and time zone (playwright.config.ts): MiniBrowser takes them from its environment. */
const LOCALE = { LANG: 'zh_CN.UTF-8', LANGUAGE: 'zh_CN', TZ: 'Asia/Shanghai' };

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Xvfb on a display it picks itself (-displayfd), so that parallel workers and other runs never collide. */
async function startXvfb(): Promise<{ display: string; process: ChildProcess }> {
  const child = spawn(XVFB, ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], { stdio: ['ignore', 'ignore', 'ignore', 'pipe'] });
  const display = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdio[3]!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('\n')) resolve(`:${out.trim()}`);
    });
    child.once('exit', (code) => reject(new Error(`Xvfb exited (${code}) before naming its display`)));
  });
  return { display, process: child };
}

async function waitForDriver(port: number): Promise<void> {
  await poll(
    () =>
      fetch(`http://127.0.0.1:${port}/status`)
        .then((response) => response.ok)
        .catch(() => false),
    (up) => up,
    'WebKitWebDriver to listen',
    15_000,
  );
}

/**
 * WebKitGTK's MiniBrowser through WebKitWebDriver (W3C WebDriver; 2.50 offers no BiDi:
 * `webSocketUrl: true` fails to match), under an Xvfb of its own. A driver holds one session:
 * the worker keeps it, and each test starts from a page of the app's origin with cookies and storage cleared.
 */
export async function launchWebKit(): Promise<EngineBrowser> {
  const xvfb = await startXvfb();
  const port = await freePort();
  const driverProcess = spawn(WEBKIT_DRIVER, [`--port=${port}`], { stdio: 'ignore', env: { ...process.env, DISPLAY: xvfb.display, ...LOCALE } });
  const stop = () => {
    driverProcess.kill();
    xvfb.process.kill();
  };
  try {
    await waitForDriver(port);
    const client = await WebDriver.newSession({
      hostname: '127.0.0.1',
      port,
      logLevel: 'error',
      connectionRetryCount: 0,
      // Classic WebDriver: the client would otherwise ask for BiDi (webSocketUrl), which 2.50 refuses.
      capabilities: { browserName: 'MiniBrowser', 'wdio:enforceWebDriverClassic': true, 'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] } } as WebdriverIO.Capabilities,
    });
    const version = String(client.capabilities.browserVersion ?? '');
    let sizedFor: string | undefined;
    return {
      version: `WebKitGTK ${version}`,
      async newDriver(origin, viewport) {
        await client.navigateTo(new URL(BLANK_PATH, origin).href);
        await client.deleteAllCookies();
        await client.executeScript('localStorage.clear(); sessionStorage.clear();', []);
        const size = `${viewport.width}x${viewport.height}`;
        if (sizedFor !== size) {
          // The window includes MiniBrowser's toolbar (height only). Its toolbar also keeps the window
          // at least 447 px wide: narrower viewports are not to be had (README, "Other engines").
          await client.setWindowRect(null, null, viewport.width, viewport.height);
          const innerHeight = (await client.executeScript('return innerHeight', [])) as number;
          await client.setWindowRect(null, null, viewport.width, 2 * viewport.height - innerHeight);
          sizedFor = size;
        }
        return new WebKitDriver(client, origin);
      },
      async close() {
        await client.deleteSession().catch(() => undefined);
        stop();
      },
    };
  } catch (error) {
    stop();
    throw error;
  }
}

class WebKitDriver extends PageReader implements EngineDriver {
  readonly engine = 'webkit-gtk';

  constructor(
    private readonly client: Client,
    private readonly origin: string,
  ) {
    super();
  }

  protected read<T>(query: Query, expression: string): Promise<T> {
    return this.client.executeScript(`return ${pageExpression(toPageQuery(query), expression)}`, []) as Promise<T>;
  }

  protected async element(query: Query): Promise<string> {
    const found = await poll(() => this.read<ElementReference | null>(query, 'el'), (element) => element !== null, describeQuery(query));
    return found![ELEMENT];
  }

  async goto(path: string): Promise<void> {
    await this.client.navigateTo(new URL(path, this.origin).href);
  }

  async location(): Promise<string> {
    const url = new URL(await this.client.getUrl());
    return url.pathname + url.search;
  }

  async click(query: Query): Promise<void> {
    await this.client.elementClick(await this.element(query));
  }

  async fill(query: Query, text: string): Promise<void> {
    const id = await this.element(query);
    await this.client.elementClick(id);
    await this.client.elementSendKeys(id, text);
  }

  async focus(query: Query): Promise<void> {
    const id = await this.element(query);
    await this.client.executeScript('arguments[0].focus()', [{ [ELEMENT]: id }]);
  }

  async press(keys: readonly Key[]): Promise<void> {
    const actions = keys.flatMap((key) => {
      const parts = key.length > 1 && key.includes('+') ? key.split('+') : [key];
      const codes = parts.map((part) => KEY_CODES[part] ?? part);
      return [...codes.map((value) => ({ type: 'keyDown', value })), ...codes.reverse().map((value) => ({ type: 'keyUp', value }))];
    });
    await this.client.performActions([{ type: 'key', id: 'keyboard', actions }]);
    await this.client.releaseActions();
  }

  async drag(from: Point, to: Point, steps = 12): Promise<void> {
    const at = (point: Point) => ({ x: Math.round(point.x), y: Math.round(point.y), origin: 'viewport' });
    const moves = Array.from({ length: steps }, (_, index) => {
      const step = (index + 1) / steps;
      return { type: 'pointerMove', duration: 16, ...at({ x: from.x + (to.x - from.x) * step, y: from.y + (to.y - from.y) * step }) };
    });
    await this.client.performActions([
      {
        type: 'pointer',
        id: 'mouse',
        parameters: { pointerType: 'mouse' },
        actions: [{ type: 'pointerMove', duration: 0, ...at(from) }, { type: 'pointerDown', button: 0 }, ...moves, { type: 'pointerUp', button: 0 }],
      },
    ]);
    await this.client.releaseActions();
  }

  async evaluate<T>(fn: (arg: never) => T | Promise<T>, arg?: unknown): Promise<T> {
    return (await this.client.executeScript(`return (${fn.toString()})(arguments[0])`, [arg ?? null])) as T;
  }

  async screenshot(path: string): Promise<void> {
    await writeFile(path, Buffer.from(await this.client.takeScreenshot(), 'base64'));
  }

  /** WebDriver classic has no log events: everything comes from the page watcher (proxy.ts). */
  engineProblems(): string[] {
    return [];
  }

  async close(): Promise<void> {}
}
