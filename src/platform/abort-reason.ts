/*
 * AbortSignal's `reason` and `throwIfAborted` came after the support matrix's oldest engines
 * (Chrome 98/100, Safari 15.4: docs/support-matrix.md).
 */

/** Why `signal` was aborted: its reason, or the AbortError an engine without reasons means. */
export const abortReason = (signal: AbortSignal): unknown => signal.reason ?? new DOMException('The operation was aborted.', 'AbortError');

/** `signal?.throwIfAborted()`. */
export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw abortReason(signal);
}
