/**
 * An engine-neutral driver for the engines' journeys (journeys.spec.ts): what a user does and sees,
 * implemented on puppeteer-core over WebDriver BiDi for Firefox (firefox.ts) and on W3C WebDriver
 * for WebKitGTK (webkit.ts). Elements are found inside the page by the same function in both
 * engines (find.ts), by role and accessible name, label or text, as the Chromium specs find them.
 */
export type EngineName = 'firefox-esr' | 'webkit-gtk';

export type Role =
  | 'alert'
  | 'button'
  | 'checkbox'
  | 'dialog'
  | 'heading'
  | 'img'
  | 'link'
  | 'slider'
  | 'status'
  | 'tab'
  | 'textbox';

/** A pattern as it crosses into the page. */
export interface TextPattern {
  source: string;
  flags: string;
}

/**
 * What to find. Only rendered elements count; by role or label, only those outside aria-hidden (as Playwright).
 * `name`/`text`: exact (whitespace-normalised) for a string unless `exact: false` (substring); a
 * RegExp tests the normalised text.
 */
export interface Query {
  role?: Role;
  name?: string | RegExp;
  /** Heading level. */
  level?: number;
  /** A form control by its label (label element, aria-label, aria-labelledby). */
  label?: string;
  /** The innermost element whose text is this. */
  text?: string | RegExp;
  css?: string;
  exact?: boolean;
  /** Search inside the first match of this query. */
  within?: Query;
}

/** The query as the in-page finder takes it (RegExps as source and flags). */
export interface PageQuery extends Omit<Query, 'name' | 'text' | 'within'> {
  name?: string | TextPattern;
  text?: string | TextPattern;
  within?: PageQuery;
}

export function toPageQuery(query: Query): PageQuery {
  const pattern = (value: string | RegExp | undefined) => (value instanceof RegExp ? { source: value.source, flags: value.flags } : value);
  const { name, text, within, ...rest } = query;
  return {
    ...rest,
    ...(name === undefined ? {} : { name: pattern(name)! }),
    ...(text === undefined ? {} : { text: pattern(text)! }),
    ...(within ? { within: toPageQuery(within) } : {}),
  };
}

export function describeQuery(query: Query): string {
  const parts = Object.entries(query).map(([key, value]) => `${key}=${key === 'within' ? `(${describeQuery(value as Query)})` : String(value)}`);
  return parts.join(' ');
}

export interface Point {
  x: number;
  y: number;
}

export interface Box extends Point {
  width: number;
  height: number;
}

/** Keys the journeys press ('Shift+ArrowRight': with Shift held). */
export type Key = 'Enter' | 'Home' | 'PageUp' | 'ArrowRight' | 'Shift+ArrowRight' | 'Tab' | ' ';

export interface EngineDriver {
  readonly engine: EngineName;
  /** Opens a path of the app's origin. */
  goto(path: string): Promise<void>;
  /** The current URL's path and query. */
  location(): Promise<string>;
  /** Waits until the query matches (or, `hidden`, matches nothing). */
  waitFor(query: Query, options?: { state?: 'visible' | 'hidden'; timeout?: number }): Promise<void>;
  click(query: Query): Promise<void>;
  /** Types into the (empty) field, as a user would, after clicking it. */
  fill(query: Query, text: string): Promise<void>;
  focus(query: Query): Promise<void>;
  /** Keys pressed in order, on whatever has focus. */
  press(keys: readonly Key[]): Promise<void>;
  /** The pointer pressed at `from`, moved to `to` in `steps`, released. */
  drag(from: Point, to: Point, steps?: number): Promise<void>;
  /** null when nothing matches. */
  attribute(query: Query, name: string): Promise<string | null>;
  /** Whitespace-normalised text ('' when nothing matches). */
  text(query: Query): Promise<string>;
  value(query: Query): Promise<string>;
  isFocused(query: Query): Promise<boolean>;
  /** The element scrolled into view, in viewport CSS px. */
  box(query: Query): Promise<Box>;
  /** Runs a function's body in the page: `arg` is its argument; returns its (awaited) result. */
  evaluate<T>(fn: (arg: never) => T | Promise<T>, arg?: unknown): Promise<T>;
  /** A PNG of the viewport. */
  screenshot(path: string): Promise<void>;
  /** Console errors, page errors, failed resources and CSP violations seen by the engine itself (beyond the page watcher's). */
  engineProblems(): string[];
  /** Ends the test's state (cookies, storage, pages). */
  close(): Promise<void>;
}

/** What a browser per worker gives: a fresh driver for each test. */
export interface EngineBrowser {
  readonly version: string;
  newDriver(origin: string, viewport: { width: number; height: number }): Promise<EngineDriver>;
  close(): Promise<void>;
}

export async function poll<T>(read: () => Promise<T>, ok: (value: T) => boolean, what: string, timeout = 7000): Promise<T> {
  const deadline = Date.now() + timeout;
  let last: T = await read();
  while (!ok(last)) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeout} ms waiting for ${what} (last: ${JSON.stringify(last)})`);
    await new Promise((resolve) => setTimeout(resolve, 100));
    last = await read();
  }
  return last;
}
