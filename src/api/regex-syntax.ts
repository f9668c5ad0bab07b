const syntaxChecked = new Map<string, boolean>();

/**
 * Whether a tenant regex compiles. Building a RegExp only parses the pattern (linear in its length,
 * which the schemas cap); it is never run on the page's thread (untrusted-regex.ts).
 */
export function tenantRegexCompiles(source: string): boolean {
  let compiles = syntaxChecked.get(source);
  if (compiles === undefined) {
    try {
      new RegExp(source);
      compiles = true;
    } catch {
      compiles = false;
    }
    syntaxChecked.set(source, compiles);
  }
  return compiles;
}
