import { contrastWarnings } from './contrast';
import { closestName } from './suggest';
import { parseTheme, type ThemeResult } from './validate';

/**
 * The whole theme check (docs/theme.md, "Validation"): parseTheme's errors and unknown keys with a "did
 * you mean", plus text colours below WCAG AA contrast. For the console report after the page is
 * drawn, the tests and the studio.
 */
export function validateTheme(input: unknown): ThemeResult {
  const result = parseTheme(input, closestName);
  return { theme: result.theme, problems: [...result.problems, ...contrastWarnings(result.theme)] };
}
