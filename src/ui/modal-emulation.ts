/*
 * A modal dialog where `showModal` does not exist (Safari 15.0–15.3 have no HTMLDialogElement at
 * all; showModal came in 15.4: docs/support-matrix.md), downloaded only there. The dialog is shown
 * and announced as modal, the rest of the page hidden from assistive technologies and out of reach
 * (clicks and focus kept inside, Tab cycles within); Escape fires `cancel`, then closes it unless
 * cancelled; `close()` (given where missing) fires `close`; focus returns where it was. The top
 * layer's look (fixed, over a mask) is the stylesheet's, for `dialog[data-modal]`.
 */

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';
const POINTER_EVENTS = ['pointerdown', 'mousedown', 'click'];

/** Open emulated modals, the topmost last: only it answers keys and keeps focus. */
const stack: HTMLDialogElement[] = [];

export function emulateModal(dialog: HTMLDialogElement, focus?: HTMLElement | null): void {
  if (!dialog.isConnected || stack.includes(dialog)) return;
  const opener = document.activeElement;
  const hidden: Element[] = [];
  for (let node: Element = dialog; node.parentElement && node !== document.body; node = node.parentElement) {
    for (const sibling of Array.from(node.parentElement.children)) {
      if (sibling === node || sibling.hasAttribute('aria-hidden') || sibling instanceof HTMLScriptElement) continue;
      sibling.setAttribute('aria-hidden', 'true');
      hidden.push(sibling);
    }
  }
  // Safari 15.0–15.3: a <dialog> is an unknown element, without close().
  if (typeof dialog.close !== 'function') {
    dialog.close = () => {
      if (!dialog.hasAttribute('open')) return;
      dialog.removeAttribute('open');
      dialog.dispatchEvent(new Event('close'));
    };
  }
  dialog.setAttribute('open', '');
  dialog.setAttribute('role', 'dialog');
  dialog.setAttribute('aria-modal', 'true');
  dialog.setAttribute('data-modal', '');
  stack.push(dialog);

  const isTop = () => stack[stack.length - 1] === dialog;
  const focusables = () => Array.from(dialog.querySelectorAll<HTMLElement>(FOCUSABLE)).filter((element) => element.getClientRects().length > 0);
  const focusInside = () => {
    const first = focusables()[0];
    if (first) first.focus();
    else {
      dialog.tabIndex = -1;
      dialog.focus();
    }
  };
  const onKey = (event: KeyboardEvent) => {
    if (!isTop()) return;
    if (event.key === 'Escape') {
      event.preventDefault();
      if (dialog.dispatchEvent(new Event('cancel', { cancelable: true }))) dialog.close();
    } else if (event.key === 'Tab') {
      const all = focusables();
      const first = all[0];
      const last = all[all.length - 1];
      const wrapTo = !dialog.contains(document.activeElement) ? first : event.shiftKey ? (document.activeElement === first ? last : undefined) : document.activeElement === last ? first : undefined;
      if (all.length === 0 || wrapTo) {
        event.preventDefault();
        wrapTo?.focus();
      }
    }
  };
  const onFocus = (event: FocusEvent) => {
    if (isTop() && event.target instanceof Node && !dialog.contains(event.target)) focusInside();
  };
  const onPointer = (event: Event) => {
    if (isTop() && event.target instanceof Node && !dialog.contains(event.target)) {
      event.preventDefault();
      event.stopPropagation();
    }
  };
  // Taken away without being closed (its component unmounted): the page is given back all the same.
  const removal = new MutationObserver(() => !dialog.isConnected && release());
  removal.observe(document.body, { childList: true, subtree: true });
  document.addEventListener('keydown', onKey, true);
  document.addEventListener('focusin', onFocus, true);
  for (const type of POINTER_EVENTS) document.addEventListener(type, onPointer, true);
  dialog.addEventListener('close', release);

  if (focus) focus.focus();
  else focusInside();

  function release() {
    const index = stack.indexOf(dialog);
    if (index < 0) return;
    stack.splice(index, 1);
    removal.disconnect();
    document.removeEventListener('keydown', onKey, true);
    document.removeEventListener('focusin', onFocus, true);
    for (const type of POINTER_EVENTS) document.removeEventListener(type, onPointer, true);
    dialog.removeEventListener('close', release);
    for (const element of hidden) element.removeAttribute('aria-hidden');
    dialog.removeAttribute('data-modal');
    const focused = document.activeElement;
    if (opener instanceof HTMLElement && opener.isConnected && (!focused || focused === document.body || dialog.contains(focused))) opener.focus();
  }
}
