import { create } from 'zustand';
import type { PhoneValue } from '../../phone/PhoneNumberField';

/**
 * The phone number a password was just reset for, for the sign-in page to fill in once. Memory
 * only: a full phone number is never put in history state or storage (docs/quality.md, "Security").
 */
const usePasswordReset = create<{ phone: PhoneValue | undefined }>()(() => ({ phone: undefined }));

export function rememberPasswordReset(phone: PhoneValue): void {
  usePasswordReset.setState({ phone });
}

/** The number of a just-finished reset, handed over once (a reload or a later visit gets nothing). */
export function takePasswordReset(): PhoneValue | undefined {
  const { phone } = usePasswordReset.getState();
  usePasswordReset.setState({ phone: undefined });
  return phone;
}
