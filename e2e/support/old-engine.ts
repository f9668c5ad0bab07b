/**
 * The `old-engine` project (playwright.config.ts): Chromium without the web APIs that came after
 * the support matrix's oldest engines (docs/support-matrix.md), deleted before any page script
 * runs. What the app calls must be guarded or replaced (src/platform/, src/ui/modal-emulation.ts).
 */

/** `Owner.path.to.member` names, each deleted in the page: what the matrix's oldest engines lack. */
export const NEWER_THAN_MATRIX = [
  // Chrome 92–100 / Safari 15.4
  'Object.hasOwn',
  'Crypto.prototype.randomUUID',
  'structuredClone',
  'Array.prototype.at',
  'String.prototype.at',
  'Array.prototype.findLast',
  'Array.prototype.findLastIndex',
  'AbortSignal.prototype.reason',
  'AbortSignal.prototype.throwIfAborted',
  'BroadcastChannel',
  // Safari 15.0–15.3 have no HTMLDialogElement: a <dialog> there has none of its methods.
  'HTMLDialogElement.prototype.showModal',
  'HTMLDialogElement.prototype.show',
  'HTMLDialogElement.prototype.close',
  'HTMLDialogElement.prototype.requestClose',
  // Chrome 102–105 / Safari 15.5–17
  'HTMLElement.prototype.inert',
  'AbortSignal.timeout',
  'AbortSignal.any',
  'Response.json',
  'Element.prototype.checkVisibility',
  'HTMLInputElement.prototype.showPicker',
  // Safari 16–17.4
  'HTMLFormElement.prototype.requestSubmit',
  'Navigator.prototype.userActivation',
  'Array.prototype.toSorted',
  'Array.prototype.toReversed',
  'Array.prototype.toSpliced',
  'Array.prototype.with',
  'Array.fromAsync',
  'Object.groupBy',
  'Map.groupBy',
  'Promise.withResolvers',
  'URL.canParse',
  'URL.parse',
  'String.prototype.isWellFormed',
  'String.prototype.toWellFormed',
  'CompressionStream',
  'DecompressionStream',
  'HTMLElement.prototype.popover',
  'HTMLElement.prototype.showPopover',
  'HTMLElement.prototype.hidePopover',
  'HTMLElement.prototype.togglePopover',
  'Document.prototype.startViewTransition',
  // Not in Safari (or only lately), nor in Firefox ESR 115
  'requestIdleCallback',
  'cancelIdleCallback',
  'navigation',
  'scheduler',
  'Navigator.prototype.userAgentData',
  'Iterator',
  'Promise.try',
  'Uint8Array.fromBase64',
  'Uint8Array.fromHex',
  'Uint8Array.prototype.toBase64',
  'Uint8Array.prototype.toHex',
  'Set.prototype.union',
  'Set.prototype.intersection',
  'Set.prototype.difference',
  'Set.prototype.symmetricDifference',
  'Set.prototype.isSubsetOf',
  'Set.prototype.isSupersetOf',
  'Set.prototype.isDisjointFrom',
] as const;

/** The init script (serialised into the page): deletes each of `names` that the browser has. */
export function deleteNewerApis(names: readonly string[]): void {
  for (const name of names) {
    const path = name.split('.');
    const member = path.pop()!;
    let owner: unknown = globalThis;
    for (const step of path) owner = owner === undefined || owner === null ? undefined : (owner as Record<string, unknown>)[step];
    if (owner !== undefined && owner !== null) Reflect.deleteProperty(owner, member);
  }
}
