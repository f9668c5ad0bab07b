/**
 * The first screen of a sign-in route is in its HTML page, drawn at build time by the app itself
 * (scripts/first-screen.ts): people see the page before its code has arrived. The app then draws
 * off-screen, in small slices (a transition: no long task while the page is already on display),
 * and takes the first screen's place in the commit, before the next paint, carrying across what
 * was typed, chosen or ticked meanwhile and where the caret was; a form submitted meanwhile (and
 * not typed in since: boot.js) is submitted in the app, where its handler acts on it.
 */
import { startTransition, useLayoutEffect, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { FIRST_SCREEN_ATTRIBUTE, SUBMIT_REQUESTED_ATTRIBUTE } from './marker';

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
const CONTROLS_WITH_IDS = 'input[id], select[id], textarea[id]';

interface Carried {
  id: string;
  value?: string;
  checked?: boolean;
}

interface FirstScreenState {
  carried: Carried[];
  focusedId: string | undefined;
  caret: [number, number] | undefined;
  /** A control of the form submitted on the first screen: the app's form holding it is submitted. */
  submittedControlId: string | undefined;
}

/** Draws the app into `container`: directly, or (when it holds a first screen) off-screen and then in its place. */
export function appDrawer(container: HTMLElement): (app: ReactNode) => void {
  if (!container.hasAttribute(FIRST_SCREEN_ATTRIBUTE)) {
    const root = createRoot(container);
    return (app) => root.render(app);
  }
  const target = document.createElement('div');
  const root = createRoot(target);
  return (app) =>
    startTransition(() =>
      root.render(
        <Handover from={container} to={target}>
          {app}
        </Handover>,
      ),
    );
}

function Handover({ from, to, children }: { from: HTMLElement; to: HTMLElement; children: ReactNode }) {
  // After the whole app has mounted (a parent's layout effect runs after its children's), before paint.
  useLayoutEffect(() => takePlace(from, to), [from, to]);
  return children;
}

function takePlace(firstScreen: HTMLElement, app: HTMLElement): void {
  if (!firstScreen.isConnected) return; // Done already (StrictMode runs effects twice in development).
  const state = readState(firstScreen);
  app.id = firstScreen.id;
  firstScreen.replaceWith(app);
  applyState(state);
}

/** What someone changed on the first screen (by id: the app draws the same ids). */
function readState(container: HTMLElement): FirstScreenState {
  const carried: Carried[] = [];
  for (const control of container.querySelectorAll<Control>(CONTROLS_WITH_IDS)) {
    if (control instanceof HTMLInputElement && (control.type === 'checkbox' || control.type === 'radio')) {
      if (control.checked !== control.defaultChecked) carried.push({ id: control.id, checked: control.checked });
    } else if (control instanceof HTMLSelectElement) {
      const initial = [...control.options].find((option) => option.defaultSelected) ?? control.options[0];
      if (initial && control.value !== initial.value) carried.push({ id: control.id, value: control.value });
    } else if (control.value !== control.defaultValue) {
      carried.push({ id: control.id, value: control.value });
    }
  }
  const focused = document.activeElement instanceof HTMLElement && container.contains(document.activeElement) ? document.activeElement : undefined;
  const caret = focused instanceof HTMLInputElement || focused instanceof HTMLTextAreaElement ? selectionOf(focused) : undefined;
  const submittedControlId = container.querySelector(`form[${SUBMIT_REQUESTED_ATTRIBUTE}]`)?.querySelector(CONTROLS_WITH_IDS)?.id;
  return { carried, focusedId: focused?.id || undefined, caret, submittedControlId };
}

function applyState({ carried, focusedId, caret, submittedControlId }: FirstScreenState): void {
  for (const { id, value, checked } of carried) {
    const control = document.getElementById(id);
    if (checked !== undefined) {
      if (control instanceof HTMLInputElement && control.checked !== checked) control.click();
    } else if (value !== undefined && (control instanceof HTMLInputElement || control instanceof HTMLSelectElement || control instanceof HTMLTextAreaElement)) {
      typeInto(control, value);
    }
  }
  restoreFocus(focusedId, caret);
  if (submittedControlId) submitWhenSettled(submittedControlId);
}

function restoreFocus(focusedId: string | undefined, caret: [number, number] | undefined): void {
  const focused = focusedId ? document.getElementById(focusedId) : null;
  if (!focused) return;
  focused.focus();
  if (caret && (focused instanceof HTMLInputElement || focused instanceof HTMLTextAreaElement)) {
    try {
      focused.setSelectionRange(...caret);
    } catch {
      // Not every input type has a selection.
    }
  }
}

/**
 * Submits the app's form holding the control `controlId`, as asked on the first screen. In a task
 * of its own: the values carried across are React state once this commit is over (their input
 * events update it), and the form's submit handler reads them from there.
 */
function submitWhenSettled(controlId: string): void {
  setTimeout(() => {
    const control = document.getElementById(controlId);
    const form = control instanceof HTMLInputElement || control instanceof HTMLSelectElement || control instanceof HTMLTextAreaElement ? control.form : null;
    // What requestSubmit (Safari 16: docs/support-matrix.md) does for the app's forms, which validate
    // themselves (noValidate): the submit event React's onSubmit hears. Never a navigation.
    form?.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
  });
}

/** Sets a value the way typing does, so that React's change handler sees it. */
function typeInto(control: Control, value: string): void {
  Object.getOwnPropertyDescriptor(Object.getPrototypeOf(control) as object, 'value')?.set?.call(control, value);
  control.dispatchEvent(new Event(control instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
}

function selectionOf(control: HTMLInputElement | HTMLTextAreaElement): [number, number] | undefined {
  try {
    return control.selectionStart === null || control.selectionEnd === null ? undefined : [control.selectionStart, control.selectionEnd];
  } catch {
    return undefined; // Types without a selection.
  }
}
