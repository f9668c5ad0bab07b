// The only module that imports libphonenumber-js: it is loaded lazily (phone/validate.ts), when a
// phone number is first typed, so the login page does not pay for it up front.
import { AsYouType, isValidPhoneNumber, type CountryCode } from 'libphonenumber-js/min';

export function formatNational(countryCode: string, digits: string): string {
  try {
    return new AsYouType(countryCode as CountryCode).input(digits);
  } catch {
    return digits;
  }
}

export function isValidNational(countryCode: string, digits: string): boolean {
  try {
    return isValidPhoneNumber(digits, countryCode as CountryCode);
  } catch {
    return false;
  }
}
