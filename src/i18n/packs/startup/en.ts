import type { StartupMessages } from './zh-CN';

const startup: StartupMessages = {
  'redirect.refused.title': 'Cannot return to that address',
  'redirect.refused.body': 'This sign-in link asks to send you, once signed in, to an address that is not allowed. To protect your account this page will not go there. Open the sign-in page again from the app, or contact the app’s administrator.',
  'redirect.refused.detail': 'The address that is not allowed (operators: see delivery.redirectUris in the configuration):',
  'redirect.refused.signInHere': 'Sign in on this site',
  'redirect.stateTooLong.title': 'Cannot complete this sign-in request',
  'redirect.stateTooLong.body': 'This sign-in link carries an application state (state) too long for this page to hand back safely, so it will not sign you in. Open the sign-in page again from the app, or contact the app’s administrator.',
  'redirect.stateTooLong.detail': 'Operators: the state parameter has {length} characters; at most {max} are allowed.',
  'config.title': 'The sign-in page is misconfigured',
  'config.body': 'The sign-in page configuration has errors, so sign-in is unavailable. An administrator needs to fix:',
  'config.fetchFailed': 'Could not read the configuration file {path}: {reason}',
  'config.notJson': 'The configuration file {path} is not valid JSON.',
  'config.unknownKey': 'unknown setting',
  'config.expected': 'expected {expected}, got {received}',
  'config.invalidValue': 'invalid value: {message}',
  'config.rule.baseUrl': 'must be empty (same origin) or an https:// URL (http://localhost or http://127.0.0.1 for local development)',
  'config.rule.origin': 'must be a full origin, such as https://app.example.com',
  'config.rule.url': 'must be an https:// URL (http://localhost or http://127.0.0.1 for local development)',
  'config.rule.sameOriginPath': 'must be a path on this site, such as /themes/brand.json',
  'config.rule.aliyunWeb': 'the aliyun-web provider needs aliyunWeb.scriptUrl and either accessToken with jwtToken or authTokenUrl',
  'config.rule.unique': 'must not contain duplicates',
  'config.rule.nonEmpty': 'must not be empty',
  'config.rule.defaultEnabled': 'the default method must be one of the enabled methods',
  'config.rule.cspReportUri': 'must be an https:// URL or a path on this site, such as /csp-reports, with no spaces, quotes, ; , or $',
};

export default startup;
