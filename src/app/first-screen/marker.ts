/**
 * On the root of a page whose first screen was drawn at build time (scripts/first-screen.ts),
 * together with aria-disabled: not yet usable, so that no click is lost to a page without its code.
 */
export const FIRST_SCREEN_ATTRIBUTE = 'data-first-screen';

/** The boot script's file in dist/assets, by its content hash: written by the build (scripts/first-screen.ts), counted by the size check. */
export const bootScriptName = (hash: string) => `first-screen-${hash}.js`;
export const BOOT_SCRIPT_NAME = /^first-screen-[\w-]+\.js$/;

/**
 * On a first screen's form someone submitted (Enter in a field, a click on its button) and has not
 * typed in since: set by the boot script (boot.js, which names it literally), honoured by the app
 * when it takes over (takeover.tsx).
 */
export const SUBMIT_REQUESTED_ATTRIBUTE = 'data-submit-requested';
