import { create } from 'zustand';
import { ANDROID_ALIASES } from '../../theme/aliases';
import type { ThemeProblem } from '../../theme/model';
import { parseTheme } from '../../theme/validate';
import { readJson } from './export/json';
import { themeTextFromHash } from './share';

/** The theme as the designer edits it: a JSON object (TXCustomModel names; Android aliases accepted). */
export type ThemeDocument = Record<string, unknown>;

/** Local storage holds the theme being edited, nothing else (never a token). */
const STORAGE_KEY = 'idaas-studio:theme';
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
    const read = text === null ? undefined : readDocument(text);
    return read?.ok ? read.document : {};
  } catch {
    // Storage refused (private mode, a sandbox): the work starts empty.
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

function errorsOf(document: unknown): ThemeProblem[] {
  return parseTheme(document).problems.filter((p) => p.level === 'error');
}

export interface DocumentProblem {
  path: string;
  message: string;
  /** The line of the text where it is: a syntax error's own, else where its top-level key stands. */
  line: number | undefined;
}

export type DocumentReading = { ok: true; document: ThemeDocument } | { ok: false; problems: DocumentProblem[] };

/** The property a JSON path is about: `$.navTitle.text.en` → navTitle. */
export function topLevelKey(path: string): string | undefined {
  return /^\$\.([^.[]+)/.exec(path)?.[1];
}

function lineOfKey(text: string, key: string | undefined): number | undefined {
  if (key === undefined) return undefined;
  const index = text.search(new RegExp(`"${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"\\s*:`));
  return index < 0 ? undefined : text.slice(0, index).split('\n').length;
}

/**
 * A theme document from JSON text (the JSON view, an imported file, a shared link), or its problems:
 * a syntax error, or the theme's errors at their paths.
 */
export function readDocument(text: string): DocumentReading {
  const read = readJson(text);
  if (!read.ok) return { ok: false, problems: [{ path: '$', message: read.message, line: read.line }] };
  const errors = errorsOf(read.value);
  if (errors.length > 0) return { ok: false, problems: errors.map((p) => ({ path: p.path, message: p.message, line: lineOfKey(text, topLevelKey(p.path)) })) };
  // parseTheme accepts nothing but an object without errors.
  return { ok: true, document: read.value as ThemeDocument };
}

/** Problems as one line of text (a status message). */
export function describeProblems(problems: readonly DocumentProblem[]): string {
  return problems.map((p) => `${p.path}${p.line === undefined ? '' : ` (${p.line})`}: ${p.message}`).join('; ');
}

/** The work at start: a shared link's theme over the stored one (which one undo brings back), else the stored one. */
function initialState(): Pick<StudioState, 'document' | 'past' | 'sharedLink'> {
  const stored = readStored();
  const text = themeTextFromHash(window.location.hash);
  if (text === undefined) return { document: stored, past: [], sharedLink: undefined };
  window.history.replaceState(window.history.state, '', window.location.pathname + window.location.search);
  const shared = readDocument(text);
  if (!shared.ok) return { document: stored, past: [], sharedLink: { loaded: false, reason: describeProblems(shared.problems) } };
  store(shared.document);
  return { document: shared.document, past: [stored], sharedLink: { loaded: true } };
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
    const previous = past[past.length - 1];
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
function withProperty(document: ThemeDocument, name: string, value: unknown): ThemeDocument {
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
