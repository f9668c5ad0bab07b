import type { Bridge } from '../session/bridge';
import { timeoutSignal } from '../platform/timeout-signal';
import type { ThemeProblem } from './model';
import { useTheme } from './store';
import { parseTheme } from './validate';
import { applyTheme } from './variables';

/** Where a theme comes from: inline in config, or a same-origin JSON file. */
export type ThemeSource = string | Record<string, unknown>;

const THEME_TIMEOUT_MS = 3000;

async function fetchTheme(path: string): Promise<unknown> {
  // A theme that does not come in time is not worth a blank page: the default look applies.
  // eslint-disable-next-line no-restricted-globals -- a static file of this site, not the tenant
  const response = await fetch(path, { credentials: 'same-origin', signal: timeoutSignal(THEME_TIMEOUT_MS) });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return (await response.json()) as unknown;
}

function report(source: string, problems: ThemeProblem[]): void {
  if (problems.length === 0) return;
  // For the operator and the designer (the studio shows the same list): never an error the page stops on.
  console.warn(`[theme] ${source}: ${problems.length} problem(s)\n${problems.map((p) => `  ${p.level} ${p.path}: ${p.message}`).join('\n')}`);
}

/**
 * Loads, validates and applies the theme. A theme that cannot be fetched or read leaves the default
 * theme in place: the page is never blank because of its theme.
 */
export async function loadTheme(source: ThemeSource): Promise<void> {
  const name = typeof source === 'string' ? source : 'inline theme';
  let document: unknown = source;
  if (typeof source === 'string') {
    try {
      document = await fetchTheme(source);
    } catch (error) {
      const problems: ThemeProblem[] = [{ level: 'error', path: '$', message: `could not load ${source}: ${error instanceof Error ? error.message : String(error)}` }];
      useTheme.setState({ theme: {}, problems });
      report(name, problems);
      return;
    }
  }
  const { theme, problems } = parseTheme(document);
  try {
    applyTheme(theme);
  } catch (error) {
    // Never a blank page because of the theme: the default look stays.
    console.warn('[theme] could not be applied', error);
    return;
  }
  useTheme.setState({ theme, problems });
  // The full report ("did you mean", contrast) once the page is drawn: the designer reads it in the console.
  const full = () =>
    void import('./full').then(
      ({ validateTheme }) => report(name, validateTheme(document).problems),
      () => report(name, problems),
    );
  if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(full, { timeout: 3000 });
  else setTimeout(full, 500);
}

/** In a WebView, the status bar is the host's: it hears the theme's colour, style and visibility. */
export function announceStatusBar(bridge: Bridge): void {
  const { theme } = useTheme.getState();
  const color = theme.statusBarColor ?? theme.navColor;
  if (!bridge.host || (color === undefined && theme.prefersStatusBarHidden === undefined && theme.preferredStatusBarStyle === undefined)) return;
  bridge.event('statusBar', { color, style: theme.preferredStatusBarStyle, hidden: theme.prefersStatusBarHidden ?? false });
}
