import { afterEach, describe, expect, it, vi } from 'vitest';
import { abortReason, throwIfAborted } from './abort-reason';
import { hasOwn } from './has-own';
import { randomUuid } from './random-id';
import { abortAfter, timeoutSignal } from './timeout-signal';

describe('hasOwn (Object.hasOwn)', () => {
  it('is true for own keys only, not for what objects inherit', () => {
    const codes = { '600008': 'retry', [Symbol.for('s')]: 1 };
    expect(hasOwn(codes, '600008')).toBe(true);
    expect(hasOwn(codes, Symbol.for('s'))).toBe(true);
    for (const inherited of ['toString', 'constructor', '__proto__', 'hasOwnProperty']) expect(hasOwn(codes, inherited)).toBe(false);
  });

  it('works on objects without a prototype, and on one with its own hasOwnProperty', () => {
    const bare = Object.assign(Object.create(null) as object, { a: 1 });
    expect(hasOwn(bare, 'a')).toBe(true);
    expect(hasOwn({ hasOwnProperty: () => true }, 'other')).toBe(false);
  });
});

describe('randomUuid (crypto.randomUUID)', () => {
  afterEach(() => vi.restoreAllMocks());

  it('is a version 4 UUID from getRandomValues, different each time', () => {
    const getRandomValues = vi.spyOn(crypto, 'getRandomValues');
    const ids = new Set(Array.from({ length: 200 }, () => randomUuid()));
    expect(ids.size).toBe(200);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(getRandomValues).toHaveBeenCalledTimes(200);
  });

  it('sets the version and variant bits whatever the random bytes', () => {
    vi.spyOn(crypto, 'getRandomValues').mockImplementation((array) => {
      new Uint8Array(array.buffer).fill(0xff);
      return array;
    });
    expect(randomUuid()).toBe('ffffffff-ffff-4fff-bfff-ffffffffffff');
  });
});

describe('abortReason and throwIfAborted (AbortSignal reason, throwIfAborted)', () => {
  it('gives the signal’s reason', () => {
    const controller = new AbortController();
    const reason = new Error('gone');
    controller.abort(reason);
    expect(abortReason(controller.signal)).toBe(reason);
    expect(() => throwIfAborted(controller.signal)).toThrow(reason);
  });

  it('gives an AbortError where the engine keeps no reason', () => {
    const oldSignal = { aborted: true, reason: undefined } as unknown as AbortSignal;
    const reason = abortReason(oldSignal);
    expect(reason).toBeInstanceOf(DOMException);
    expect((reason as DOMException).name).toBe('AbortError');
    expect(() => throwIfAborted(oldSignal)).toThrow(DOMException);
  });

  it('does nothing for a signal not aborted, or none', () => {
    expect(() => throwIfAborted(new AbortController().signal)).not.toThrow();
    expect(() => throwIfAborted(undefined)).not.toThrow();
  });
});

describe('timeoutSignal and abortAfter (AbortSignal.timeout)', () => {
  const native = Object.getOwnPropertyDescriptor(AbortSignal, 'timeout')!;
  afterEach(() => {
    Object.defineProperty(AbortSignal, 'timeout', native);
    vi.useRealTimers();
  });

  it('aborts with a TimeoutError once the time is up, not before', () => {
    vi.useFakeTimers();
    const signal = abortAfter(3000);
    vi.advanceTimersByTime(2999);
    expect(signal.aborted).toBe(false);
    vi.advanceTimersByTime(1);
    expect(signal.aborted).toBe(true);
    expect((signal.reason as DOMException).name).toBe('TimeoutError');
  });

  it('is AbortSignal.timeout where the engine has it, abortAfter where it has not', () => {
    const timeout = vi.fn(() => new AbortController().signal);
    Object.defineProperty(AbortSignal, 'timeout', { value: timeout, configurable: true, writable: true });
    timeoutSignal(50);
    expect(timeout).toHaveBeenCalledWith(50);

    Reflect.deleteProperty(AbortSignal, 'timeout');
    vi.useFakeTimers();
    const signal = timeoutSignal(50);
    vi.advanceTimersByTime(50);
    expect((signal.reason as DOMException).name).toBe('TimeoutError');
  });
});
