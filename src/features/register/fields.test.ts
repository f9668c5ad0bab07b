import { describe, expect, it } from 'vitest';
import { fieldSpecs, isPastOrToday } from './fields';

describe('registration field rules (seed 002)', () => {
  it('birthdays are real yyyy-MM-dd days, not in the future', () => {
    const today = new Date(2026, 10, 21);
    expect(isPastOrToday('2022-02-17', today)).toBe(true);
    expect(isPastOrToday('2026-11-21', today)).toBe(true);
    expect(isPastOrToday('2026-11-22', today)).toBe(false);
    expect(isPastOrToday('2023-02-29', today)).toBe(false);
    expect(isPastOrToday('2022/02/17', today)).toBe(false);
    expect(isPastOrToday('1800-01-01', today)).toBe(false);
  });

  it('usernames are letters, digits, _ . - (2–64); head images are https URLs; emails look like emails', () => {
    expect(fieldSpecs.user_name.check?.('zhang_san.1')).toBeUndefined();
    expect(fieldSpecs.user_name.check?.('张三')).toBe('register.error.userName');
    expect(fieldSpecs.user_name.check?.('a')).toBe('register.error.userName');
    expect(fieldSpecs.head_img.check?.('https://example.com/a.png')).toBeUndefined();
    expect(fieldSpecs.head_img.check?.('javascript:alert(1)')).toBe('register.error.url');
    expect(fieldSpecs.head_img.check?.('http://example.com/a.png')).toBe('register.error.url');
    expect(fieldSpecs.email.check?.('a@example.com')).toBeUndefined();
    expect(fieldSpecs.email.check?.('not-an-email')).toBe('common.error.emailInvalid');
  });
});
