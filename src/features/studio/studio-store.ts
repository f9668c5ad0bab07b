import { create } from 'zustand';
import { ANDROID_ALIASES } from '../../theme/aliases';
import type { ThemeProblem } from '../../theme/model';
import { parseTheme } from '../../theme/validate';
import { themeTextFromHash } from './share';

/** The theme as the designer edits it: a JSON object (TXCustomModel names; Android aliases accepted). */
export type ThemeDocument = Record<string, unknown>;

/** Local storage holds the theme being edited, nothing else (never a token). */
export const STORAGE_KEY = 'idaas-studio:theme';
const MAX_HISTORY = 200;

/** What became of a theme carried by the page's link (`/studio#theme=…`), if there was one. */
export type SharedLink = { loaded: true } | { loaded: false; reason: string } | undefined;

interface StudioState {
  /** The last valid document: what the previews show and the exports are made of. */
  document: ThemeDocument;
  past: ThemeDocument[];
  future: ThemeDocument[];
  /** The field being typed in: its keystrokes are one step of undo until it is left. */
  lastEdit: string | undefined;
  sharedLink: SharedLink;
  /** Replaces the document; successive edits with the same `key` (typing in one field) are one undo step. */
  commit(document: ThemeDocument, key?: string): void;
  /** The field being typed in was left: the next edit is a step of its own. */
  endEdit(): void;
  undo(): void;
  redo(): void;
}

function readStored(): ThemeDocument {
  try {
    const text = window.localStorage.getItem(STORAGE_KEY);
    const value: unknown = text === null ? {} : JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value) && !hasErrors(value as ThemeDocument) ? (value as ThemeDocument) : {};
  } catch {
    return {};
  }
}

function store(document: ThemeDocument): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, JSON.stringify(document));
  } catch {
    // Storage full or refused (private mode): the work stays for this visit.
  }
}

export function errorsOf(document: ThemeDocument): ThemeProblem[] {
  return parseTheme(document).problems.filter((p) => p.level === 'error');
}

function hasErrors(document: ThemeDocument): boolean {
  return errorsOf(document).length > 0;
}

/** A theme document from JSON text, or why it cannot be one (not JSON, not an object, or the theme's errors). */
export function parseDocument(text: string): ThemeDocument | string {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'a theme is a JSON object';
  const errors = errorsOf(value as ThemeDocument);
  return errors.length > 0 ? errors.map((p) => `${p.path}: ${p.message}`).join('; ') : (value as ThemeDocument);
}

/** The work at start: a shared link's theme over the stored one (which one undo brings back), else the stored one. */
function initialState(): Pick<StudioState, 'document' | 'past' | 'sharedLink'> {
  const stored = readStored();
  const text = themeTextFromHash(window.location.hash);
  if (text === undefined) return { document: stored, past: [], sharedLink: undefined };
  window.history.replaceState(window.history.state, '', window.location.pathname + window.location.search);
  const shared = parseDocument(text);
  if (typeof shared === 'string') return { document: stored, past: [], sharedLink: { loaded: false, reason: shared } };
  store(shared);
  return { document: shared, past: [stored], sharedLink: { loaded: true } };
}

export const useStudio = create<StudioState>()((set, get) => ({
  ...initialState(),
  future: [],
  lastEdit: undefined,
  commit(document, key) {
    const { document: current, past, lastEdit } = get();
    if (JSON.stringify(document) === JSON.stringify(current)) return;
    const coalesce = key !== undefined && lastEdit === key && past.length > 0;
    set({
      document,
      past: coalesce ? past : [...past, current].slice(-MAX_HISTORY),
      future: [],
      lastEdit: key,
    });
    store(document);
  },
  endEdit() {
    set({ lastEdit: undefined });
  },
  undo() {
    const { past, document, future } = get();
    const previous = past.at(-1);
    if (previous === undefined) return;
    set({ document: previous, past: past.slice(0, -1), future: [document, ...future], lastEdit: undefined });
    store(previous);
  },
  redo() {
    const { past, document, future } = get();
    const next = future[0];
    if (next === undefined) return;
    set({ document: next, past: [...past, document], future: future.slice(1), lastEdit: undefined });
    store(next);
  },
}));

/** The Android setters that write `name` (they are replaced when the studio sets it by its TXCustomModel name). */
const aliasesOf = (name: string) => Object.entries(ANDROID_ALIASES).filter(([, alias]) => alias.to === name).map(([setter]) => setter);

/** The document with `name` set to `value` (removed when undefined), its Android aliases dropped. */
export function withProperty(document: ThemeDocument, name: string, value: unknown): ThemeDocument {
  const replaced = new Set([name, ...aliasesOf(name)]);
  const next = Object.fromEntries(Object.entries(document).filter(([key]) => !replaced.has(key)));
  return value === undefined ? next : { ...next, [name]: value };
}

/**
 * Sets one property if the theme accepts the value (`typing`: a keystroke in a text field, one undo
 * step with the field's other keystrokes): returns the validator's message for it
 * otherwise (the document, and so the previews, keep the last valid theme).
 */
export function editProperty(name: string, value: unknown, typing = false): string | undefined {
  const next = withProperty(useStudio.getState().document, name, value);
  const mine = errorsOf(next).filter((p) => p.path === `$.${name}` || p.path.startsWith(`$.${name}.`) || p.path.startsWith(`$.${name}[`));
  if (mine.length > 0) return mine.map((p) => p.message).join('; ');
  useStudio.getState().commit(next, typing ? name : undefined);
  return undefined;
}
