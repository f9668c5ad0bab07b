import { create } from 'zustand';
import type { Theme, ThemeProblem } from './model';

/** The theme in force (validated) and what was wrong with the document it came from. */
export const useTheme = create<{ theme: Theme; problems: ThemeProblem[] }>(() => ({ theme: {}, problems: [] }));
