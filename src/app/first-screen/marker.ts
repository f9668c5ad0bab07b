/**
 * On the root of a page whose first screen was drawn at build time (scripts/first-screen.ts),
 * together with aria-disabled: not yet usable, so that no click is lost to a page without its code.
 */
export const FIRST_SCREEN_ATTRIBUTE = 'data-first-screen';
