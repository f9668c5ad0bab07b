/**
 * Loaded by scripts/first-screen.ts through Vite's module runner, in a simulated browser: starts
 * the app and waits for its first screen (the runner stays up while this module is evaluating).
 */
// By path: the runner resolves it from the project root (and this file stays out of the app's types).
const entry = '/src/main.tsx';
await import(/* @vite-ignore */ entry);

const WAIT_MS = 10_000;
const container = document.getElementById('root')!;
const deadline = Date.now() + WAIT_MS;
// Drawn: something in the root, and no route still loading.
while (!container.firstElementChild || container.querySelector('.route-loading')) {
  if (Date.now() > deadline) throw new Error(`the app drew nothing within ${WAIT_MS / 1000} s`);
  await new Promise((resolve) => setTimeout(resolve, 10));
}

// State React keeps in properties, written as the attributes the HTML parser reads back.
for (const option of container.querySelectorAll('option')) option.toggleAttribute('selected', option.selected);
for (const box of container.querySelectorAll<HTMLInputElement>('input[type=checkbox], input[type=radio]')) box.toggleAttribute('checked', box.checked);

// The first screen's forms never submit: a form with method "dialog" and no <dialog> around it
// goes nowhere (HTML's form submission algorithm), with no script needed. Otherwise Enter in a field
// (implicit submission) or a click on the submit button would navigate to `<route>?` and wipe what
// was typed, before the app is there to handle it. The app's own forms replace these.
for (const form of container.querySelectorAll('form')) form.setAttribute('method', 'dialog');

export const markup = container.innerHTML;
