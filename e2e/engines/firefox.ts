import puppeteer, { type Browser, type ElementHandle, type KeyInput, type Page } from 'puppeteer-core';
import { FIREFOX_ESR } from './available';
import { describeQuery, poll, toPageQuery, type EngineBrowser, type EngineDriver, type Key, type Point, type Query } from './driver';
import { pageExpression, PageReader } from './find';

/**
 * Firefox ESR through puppeteer-core over WebDriver BiDi, with no geckodriver. (Playwright's own
 * BiDi Firefox needs commands ESR 153 lacks, such as emulation.setMediaFeaturesOverride.) One
 * Firefox per worker; each test gets its own user context (cookies, storage) and page.
 */
export async function launchFirefox(): Promise<EngineBrowser> {
  const browser: Browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_ESR,
    headless: true,
    // The Chromium projects' locale and time zone (playwright.config.ts).
    extraPrefsFirefox: { 'intl.accept_languages': 'zh-CN' },
    env: { ...process.env, TZ: 'Asia/Shanghai' },
  });
  const version = await browser.version();
  return {
    version,
    async newDriver(origin, viewport) {
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      await page.setViewport(viewport);
      const driver = new FirefoxDriver(page, origin);
      driver.onClose = () => context.close();
      return driver;
    },
    close: () => browser.close(),
  };
}

class FirefoxDriver extends PageReader implements EngineDriver {
  readonly engine = 'firefox-esr';
  onClose: () => Promise<void> = async () => {};
  private readonly problems: string[] = [];

  constructor(
    private readonly page: Page,
    private readonly origin: string,
  ) {
    super();
    // What Firefox itself reports over BiDi (log.entryAdded), beside the page watcher's own reports.
    page.on('console', (message) => {
      if (message.type() === 'error') this.problems.push(`firefox console error: ${message.text()}`);
    });
    page.on('pageerror', (error) => this.problems.push(`firefox page error: ${error instanceof Error ? error.message : String(error)}`));
  }

  protected async element(query: Query): Promise<ElementHandle<Element>> {
    const script = pageExpression(toPageQuery(query), 'el');
    let found: ElementHandle<Element> | null = null;
    await poll(
      async () => {
        const handle = await this.page.evaluateHandle(script);
        found = handle.asElement() as ElementHandle<Element> | null;
        if (!found) await handle.dispose();
        return found !== null;
      },
      (ok) => ok,
      describeQuery(query),
    );
    return found!;
  }

  async goto(path: string): Promise<void> {
    await this.page.goto(new URL(path, this.origin).href);
  }

  async location(): Promise<string> {
    const url = new URL(this.page.url());
    return url.pathname + url.search;
  }

  async click(query: Query): Promise<void> {
    await (await this.element(query)).click();
  }

  async fill(query: Query, text: string): Promise<void> {
    const field = await this.element(query);
    await field.click();
    await field.type(text);
  }

  async focus(query: Query): Promise<void> {
    await (await this.element(query)).focus();
  }

  async press(keys: readonly Key[]): Promise<void> {
    for (const key of keys) {
      const [modifier, main] = key.includes('+') ? key.split('+') : [undefined, key];
      if (modifier) await this.page.keyboard.down(modifier as KeyInput);
      await this.page.keyboard.press(main as KeyInput);
      if (modifier) await this.page.keyboard.up(modifier as KeyInput);
    }
  }

  async drag(from: Point, to: Point, steps = 12): Promise<void> {
    await this.page.mouse.move(from.x, from.y);
    await this.page.mouse.down();
    await this.page.mouse.move(to.x, to.y, { steps });
    await this.page.mouse.up();
  }

  protected read<T>(query: Query, expression: string): Promise<T> {
    return this.page.evaluate(pageExpression(toPageQuery(query), expression)) as Promise<T>;
  }

  async evaluate<T>(fn: (arg: never) => T | Promise<T>, arg?: unknown): Promise<T> {
    return (await this.page.evaluate(fn as (arg: unknown) => T, arg)) as T;
  }

  async screenshot(path: string): Promise<void> {
    await this.page.screenshot({ path: path as `${string}.png`, type: 'png' });
  }

  engineProblems(): string[] {
    return [...this.problems];
  }

  close(): Promise<void> {
    return this.onClose();
  }
}
