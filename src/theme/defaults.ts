import type { PageTokens } from './model';

/** The neutral theme's page tokens: what applies where a theme says nothing (mirrors ui/styles.css). */
export const DEFAULT_TOKENS = {
  primaryColor: '#0b5cad',
  textColor: '#1f2328',
  mutedColor: '#4f5a66',
  borderColor: '#7b8590',
  linkColor: '#0b5cad',
  errorColor: '#b42318',
  inputBackgroundColor: '#ffffff',
  surfaceColor: '#ffffff',
  backgroundColor: '#f4f6f9',
  navColor: 'transparent',
  navTitleColor: '#1f2328',
  radius: 10,
} as const satisfies PageTokens;

/** Text on the login button unless the theme colours it. */
export const DEFAULT_ON_PRIMARY = '#ffffff';
