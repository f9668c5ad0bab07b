/** `AbortSignal.timeout(ms)`, which came after the support matrix's oldest engines (Chrome 103, Safari 16: docs/support-matrix.md). */
export function timeoutSignal(ms: number): AbortSignal {
  return typeof AbortSignal.timeout === 'function' ? AbortSignal.timeout(ms) : abortAfter(ms);
}

/** A signal aborted with a TimeoutError after `ms`, made of what every engine of the matrix has. */
export function abortAfter(ms: number): AbortSignal {
  const controller = new AbortController();
  setTimeout(() => controller.abort(new DOMException('The operation timed out.', 'TimeoutError')), ms);
  return controller.signal;
}
