/** `Object.hasOwn`, which engines of the support matrix lack (Chrome 93, Safari 15.4: docs/support-matrix.md). */
export const hasOwn = (object: object, key: PropertyKey): boolean => Object.prototype.hasOwnProperty.call(object, key);
