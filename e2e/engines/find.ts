import { type Box, describeQuery, type PageQuery, poll, type Query, type TextPattern } from './driver';

/**
 * Runs in the page (both engines serialise it with Function.prototype.toString): the first element
 * matching the query, or null. Self-contained: it may use nothing from this module's scope.
 * The accessible name is approximated the way the app's markup gives it: aria-labelledby,
 * aria-label, the control's labels, an image's alt, else the text.
 */
export function findInPage(query: PageQuery): Element | null {
  const ROLES: Record<string, string> = {
    alert: '[role=alert]',
    button: 'button,[role=button],input[type=submit],input[type=button]',
    checkbox: 'input[type=checkbox],[role=checkbox]',
    dialog: 'dialog,[role=dialog],[role=alertdialog]',
    heading: 'h1,h2,h3,h4,h5,h6,[role=heading]',
    img: 'img[alt]:not([alt=""]),[role=img]',
    link: 'a[href],[role=link]',
    slider: 'input[type=range],[role=slider]',
    status: '[role=status],output',
    tab: '[role=tab]',
    textbox: 'input:not([type]),input[type=text],input[type=tel],input[type=email],input[type=url],textarea,[role=textbox]',
  };
  const normalise = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
  const matches = (actual: string, expected: string | TextPattern, exact: boolean | undefined) =>
    typeof expected === 'string' ? (exact === false ? actual.toLowerCase().includes(expected.toLowerCase()) : actual === normalise(expected)) : new RegExp(expected.source, expected.flags).test(actual);
  const nameOf = (element: Element): string => {
    const labelledBy = element.getAttribute('aria-labelledby');
    if (labelledBy) return normalise(labelledBy.split(/\s+/).map((id) => document.getElementById(id)?.textContent ?? '').join(' '));
    const label = element.getAttribute('aria-label');
    if (label) return normalise(label);
    const labels = (element as HTMLInputElement).labels;
    if (labels && labels.length > 0) return normalise([...labels].map((l) => l.textContent).join(' '));
    if (element instanceof HTMLImageElement) return normalise(element.alt);
    if (element instanceof HTMLInputElement) return normalise(element.type === 'submit' || element.type === 'button' ? element.value : (element.title || element.placeholder));
    return normalise(element.textContent);
  };
  // As Playwright: role and label queries skip what aria-hidden hides; text and CSS ones only need it rendered.
  const inAccessibilityTree = query.role !== undefined || query.label !== undefined;
  const shown = (element: Element): boolean => {
    if (inAccessibilityTree && element.closest('[aria-hidden=true]')) return false;
    const check = (element as Element & { checkVisibility?: (options?: object) => boolean }).checkVisibility;
    if (check) return check.call(element, { visibilityProperty: true });
    return element.getClientRects().length > 0 && getComputedStyle(element).visibility !== 'hidden';
  };
  const levelOf = (element: Element) => Number(element.getAttribute('aria-level') ?? /^H(\d)$/.exec(element.tagName)?.[1] ?? 0);

  let scope: ParentNode = document;
  if (query.within) {
    const container = findInPage(query.within);
    if (!container) return null;
    scope = container;
  }
  const selector = query.css ?? (query.role ? ROLES[query.role] : query.label ? 'input,select,textarea,[role=slider],[role=textbox],[role=combobox]' : '*');
  if (!selector) throw new Error(`unknown role ${query.role}`);
  const candidates = [...scope.querySelectorAll(selector)].filter(shown);
  const found = candidates.filter((element) => {
    if (query.level !== undefined && levelOf(element) !== query.level) return false;
    if (query.name !== undefined && !matches(nameOf(element), query.name, query.exact)) return false;
    if (query.label !== undefined && !matches(nameOf(element), query.label, query.exact)) return false;
    if (query.text !== undefined) {
      if (!matches(normalise(element.textContent), query.text, query.exact)) return false;
      // Without a role or selector: the innermost element with that text.
      if (!query.role && !query.css && [...element.children].some((child) => shown(child) && matches(normalise(child.textContent), query.text!, query.exact))) return false;
    }
    return true;
  });
  return found[0] ?? null;
}

/**
 * A JavaScript expression for the page: `expression` evaluated with `el` bound to the element the
 * query finds (or null). A string, so that it needs nothing from this module once in the page.
 */
export function pageExpression(query: PageQuery, expression: string): string {
  return `(() => { const el = (${findInPage.toString()})(${JSON.stringify(query)}); return ${expression}; })()`;
}

/** Expressions shared by both drivers (`el` is the found element or null). */
export const READ = {
  present: 'el !== null',
  text: "(el?.textContent ?? '').replace(/\\s+/g, ' ').trim()",
  value: "el?.value ?? ''",
  focused: 'el !== null && el === document.activeElement',
  attribute: (name: string) => `el?.getAttribute(${JSON.stringify(name)}) ?? null`,
  /** Scrolled to the middle of the viewport, then its box. */
  box: "el && (el.scrollIntoView({ block: 'center' }), (({ x, y, width, height }) => ({ x, y, width, height }))(el.getBoundingClientRect()))",
} as const;

/**
 * What both drivers do alike: wait for and read one element through a script in the page. Each
 * engine says how a script runs (`read`) and how an element is held (`element`).
 */
export abstract class PageReader {
  protected abstract read<T>(query: Query, expression: string): Promise<T>;
  protected abstract element(query: Query): Promise<unknown>;

  async waitFor(query: Query, { state = 'visible', timeout = 7000 }: { state?: 'visible' | 'hidden'; timeout?: number } = {}): Promise<void> {
    await poll(() => this.read<boolean>(query, READ.present), (present) => present === (state === 'visible'), `${describeQuery(query)} ${state}`, timeout);
  }

  attribute(query: Query, name: string): Promise<string | null> {
    return this.read(query, READ.attribute(name));
  }

  text(query: Query): Promise<string> {
    return this.read(query, READ.text);
  }

  value(query: Query): Promise<string> {
    return this.read(query, READ.value);
  }

  isFocused(query: Query): Promise<boolean> {
    return this.read(query, READ.focused);
  }

  async box(query: Query): Promise<Box> {
    await this.element(query);
    return this.read<Box>(query, READ.box);
  }
}
