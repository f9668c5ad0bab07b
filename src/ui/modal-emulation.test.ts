// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { emulateModal } from './modal-emulation';

/** A page with an opener, a header, and the dialog among the page's content, as the app draws them. */
function drawPage() {
  const el = (tag: string, id: string, ...children: (Node | string)[]) => {
    const element = document.createElement(tag);
    element.id = id;
    element.append(...children);
    return element;
  };
  const dialog = el('dialog', 'dialog', el('h2', 'title', 'Choose'), el('button', 'first', 'Close'), el('input', 'search'), el('button', 'last', 'OK')) as HTMLDialogElement;
  dialog.setAttribute('aria-labelledby', 'title');
  document.body.replaceChildren(
    el('header', 'header', el('button', 'opener', 'Open')),
    el('div', 'root', el('main', 'content', el('p', 'page', 'Page'), dialog), el('footer', 'footer', el('button', 'behind', 'Behind'))),
  );
  const get = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
  // An engine without HTMLDialogElement (Safari 15.0–15.3): no close() of its own.
  Object.defineProperty(dialog, 'close', { value: undefined, configurable: true, writable: true });
  // happy-dom lays nothing out: every element counts as displayed.
  for (const element of Array.from(document.querySelectorAll<HTMLElement>('*'))) element.getClientRects = () => [{}] as unknown as DOMRectList;
  return { dialog, opener: get('opener'), first: get('first'), search: get('search'), last: get('last'), behind: get('behind') };
}

const key = (name: string, init: KeyboardEventInit = {}) => {
  const event = new KeyboardEvent('keydown', { key: name, bubbles: true, cancelable: true, ...init });
  (document.activeElement ?? document.body).dispatchEvent(event);
  return event;
};

describe('a modal dialog where showModal is missing', () => {
  let page: ReturnType<typeof drawPage>;
  beforeEach(() => {
    page = drawPage();
    page.opener.focus();
  });
  afterEach(() => {
    if (page.dialog.hasAttribute('open')) page.dialog.close();
  });

  it('shows as a modal dialog with focus in it, the rest of the page hidden from assistive technologies', () => {
    emulateModal(page.dialog);
    expect(page.dialog.hasAttribute('open')).toBe(true);
    expect(page.dialog.getAttribute('role')).toBe('dialog');
    expect(page.dialog.getAttribute('aria-modal')).toBe('true');
    expect(document.activeElement).toBe(page.first);
    for (const id of ['header', 'footer']) expect(document.getElementById(id)!.getAttribute('aria-hidden')).toBe('true');
    expect(page.dialog.closest('[aria-hidden]')).toBeNull();
  });

  it('focuses the element asked for', () => {
    emulateModal(page.dialog, page.search);
    expect(document.activeElement).toBe(page.search);
  });

  it('keeps Tab and Shift+Tab inside', () => {
    emulateModal(page.dialog, page.last);
    expect(key('Tab').defaultPrevented).toBe(true);
    expect(document.activeElement).toBe(page.first);
    expect(key('Tab', { shiftKey: true }).defaultPrevented).toBe(true);
    expect(document.activeElement).toBe(page.last);
    page.search.focus();
    expect(key('Tab').defaultPrevented).toBe(false);
  });

  it('takes focus back from the page behind, and keeps its clicks from reaching it', () => {
    emulateModal(page.dialog);
    page.behind.focus();
    expect(page.dialog.contains(document.activeElement)).toBe(true);
    const clicked = vi.fn();
    page.behind.addEventListener('click', clicked);
    page.behind.click();
    expect(clicked).not.toHaveBeenCalled();
    const inside = vi.fn();
    page.last.addEventListener('click', inside);
    page.last.click();
    expect(inside).toHaveBeenCalledOnce();
  });

  it('Escape fires cancel, then closes: close event, page given back, focus returned', () => {
    const cancel = vi.fn();
    const close = vi.fn();
    page.dialog.addEventListener('cancel', cancel);
    page.dialog.addEventListener('close', close);
    emulateModal(page.dialog);
    key('Escape');
    expect(cancel).toHaveBeenCalledOnce();
    expect(close).toHaveBeenCalledOnce();
    expect(page.dialog.hasAttribute('open')).toBe(false);
    expect(document.querySelectorAll('[aria-hidden]')).toHaveLength(0);
    expect(document.activeElement).toBe(page.opener);
  });

  it('a cancelled Escape leaves it open', () => {
    page.dialog.addEventListener('cancel', (event) => event.preventDefault());
    emulateModal(page.dialog);
    key('Escape');
    expect(page.dialog.hasAttribute('open')).toBe(true);
  });

  it('given back when its component takes it away without closing it', async () => {
    emulateModal(page.dialog);
    page.dialog.remove();
    await new Promise((resolve) => setTimeout(resolve));
    expect(document.querySelectorAll('[aria-hidden]')).toHaveLength(0);
    page.behind.focus();
    expect(document.activeElement).toBe(page.behind);
  });

  it('stacked: only the topmost answers Escape', () => {
    const inner = document.createElement('dialog');
    inner.append(Object.assign(document.createElement('button'), { textContent: 'Inner' }));
    inner.getClientRects = () => [{}] as unknown as DOMRectList;
    page.dialog.append(inner);
    emulateModal(page.dialog);
    emulateModal(inner);
    key('Escape');
    expect(inner.hasAttribute('open')).toBe(false);
    expect(page.dialog.hasAttribute('open')).toBe(true);
    key('Escape');
    expect(page.dialog.hasAttribute('open')).toBe(false);
  });
});
