/**
 * Regexes the tenant sends (`mobileRegex`, the password policy's `regEx`) are data: they may not
 * compile, and may backtrack badly. Callers bound the input before testing; this compiles once.
 */
const compiled = new Map<string, RegExp | null>();

/** The tenant's regex, or undefined when it is missing or does not compile. */
export function compileTenantRegex(source: string | undefined): RegExp | undefined {
  if (!source) return undefined;
  let regex = compiled.get(source);
  if (regex === undefined) {
    try {
      regex = new RegExp(source);
    } catch {
      regex = null;
    }
    compiled.set(source, regex);
  }
  return regex ?? undefined;
}
