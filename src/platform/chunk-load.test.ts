import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ChunkLoadError, retryingImport } from './chunk-load';

describe('retryingImport', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('tries again after each pause and resolves with the first load that succeeds', async () => {
    const load = vi.fn<() => Promise<string>>().mockRejectedValueOnce(new TypeError('Failed to fetch')).mockRejectedValueOnce(new TypeError('Failed to fetch')).mockResolvedValue('module');
    const result = retryingImport(load, [500, 1500]);
    await vi.advanceTimersByTimeAsync(499);
    expect(load).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(load).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(1499);
    expect(load).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(1);
    await expect(result).resolves.toBe('module');
    expect(load).toHaveBeenCalledTimes(3);
  });

  it('gives up after the last pause with a ChunkLoadError carrying the last failure', async () => {
    const last = new TypeError('Failed to fetch dynamically imported module');
    const load = vi.fn<() => Promise<string>>().mockRejectedValueOnce(new TypeError('first')).mockRejectedValueOnce(last);
    const result = retryingImport(load, [500]);
    const settled = expect(result).rejects.toSatisfy((error: unknown) => error instanceof ChunkLoadError && error.cause === last);
    await vi.advanceTimersByTimeAsync(500);
    await settled;
    expect(load).toHaveBeenCalledTimes(2);
  });
});
