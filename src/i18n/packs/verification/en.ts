import type { VerificationMessages } from './zh-CN';

const verification: VerificationMessages = {
  'captcha.title': 'Security check',
  'captcha.instructions': 'Drag the slider to move the puzzle piece into the gap in the picture. You can also tap the bar where the piece fits, or move it with the arrow keys and press Enter.',
  'captcha.image': 'Puzzle picture with a gap the puzzle piece must be moved into',
  'captcha.handle': 'Puzzle piece position',
  'captcha.valueText': 'Moved {percent}% to the right',
  'captcha.refresh': 'New puzzle',
  'captcha.loading': 'Loading the puzzle…',
  'captcha.checking': 'Checking…',
  'captcha.passed': 'Check passed',
  'captcha.failed': 'Not quite. Here is a new puzzle: try again.',
  'captcha.expired': 'The puzzle expired; here is a new one.',
  'captcha.loadFailed': 'The puzzle could not be loaded.',
  'captcha.closed': 'Security check closed: no code was sent.',

  'sms.code': 'SMS code',
  'sms.getCode': 'Get code',
  'sms.sending': 'Sending…',
  'sms.resendIn': 'Get a new code in {seconds}s',
  'sms.sent': 'Code sent to {mobile}. It is valid for 5 minutes.',
  'sms.error.codeRequired': 'Enter the code from the SMS.',
  'sms.error.codeFormat': 'Enter the 6-digit code.',
  'sms.error.codeWrong': 'That code is not right. Check it and try again, or get a new one.',
  'sms.error.codeExpired': 'That code has expired. Get a new one.',

  'smsLogin.title': 'Sign in with an SMS code',
  'smsLogin.submit': 'Sign in',
  'smsLogin.submitting': 'Signing in…',
  'smsLogin.passwordInstead': 'Sign in with a password',

  'forgot.title': 'Reset your password',
  'forgot.intro': 'Enter the phone number of your account, get a code by SMS, then choose a new password.',
  'forgot.submit': 'Reset password',
  'forgot.submitting': 'Resetting…',
};

export default verification;
