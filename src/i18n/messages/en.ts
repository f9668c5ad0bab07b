import type { CoreMessages } from './zh-CN';

const messages: CoreMessages = {
  'app.title': 'Sign in',
  'app.failed.title': 'This page stopped working',
  'app.failed.body': 'An error occurred while showing it. Please reload.',
  'app.failed.reload': 'Reload',
  'app.failed.reloadSignsOut': 'Reload (you will need to sign in again)',
  'app.code.title': 'This part of the page could not be downloaded',
  'app.code.server': 'It could not be downloaded from the server, even after several attempts.',
  'app.code.offline': 'This device is offline.',
  'lang.label': 'Language',
  'common.retry': 'Try again',
  'common.close': 'Close',
  'common.backToLogin': 'Back to sign in',

  'common.field.phone': 'Phone number',
  'common.error.emailInvalid': 'Enter a valid email address, such as name@example.com.',
  'common.register': 'Create an account',
  'signIn.mfaRequired': 'This account needs multi-factor authentication, which this page does not support yet. Use another sign-in method or contact your administrator.',
  'signIn.accessDenied': 'Access denied: your account is not allowed to sign in to this application.',

  'password.show': 'Show password',
  'password.hide': 'Hide password',

  'session.ended.refreshFailed': 'Your session has ended. Please sign in again.',
  'session.ended.expired': 'Your session expired and could not be renewed. Please sign in again.',

  'notFound.title': 'Page not found',
  'notFound.body': 'The page you asked for does not exist.',

  'error.network': 'The network connection failed. Check your connection and try again.',
  'error.offline': 'You are offline. Connect to the internet and try again.',
  'error.timeout': 'The server took too long to answer. Please try again.',
  'error.http': 'The service is temporarily unavailable (HTTP {status}). Please try again later.',
  'error.malformed': 'The server sent an answer we could not read. Please try again later.',
  'error.unknownCode': 'The request failed (error code {code}).',
  'error.invalidInput': 'Some of what you entered is not in the right format.',
};

export default messages;
