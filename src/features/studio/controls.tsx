import { useEffect, useId, useRef, useState, type ChangeEvent, type ReactNode } from 'react';
import { LOCALES, localeNames, type Locale } from '../../i18n/locales';
import { useT } from '../../i18n/use-t';
import type { PackMessageKey } from '../../i18n/packs';
import { parseColor } from '../../theme/colors';
import type { Agreement, AttributedText, Frame, LocalText, PageTokens, Theme } from '../../theme/model';
import { PAGE_TOKENS, type Kind, type PropertyName } from '../../theme/properties';
import { STATE_NAMES } from './export/common';
import { editProperty, useStudio } from './studio-store';

/** An edit (`typing`: a keystroke); the validator's message when the theme refuses the value (nothing changes then). */
type Commit = (value: unknown) => string | undefined;

/** Set while a text field hands its keystroke to the commit chain: the edit joins the field's undo step. */
let typing = false;
function asTyping<T>(run: () => T): T {
  typing = true;
  try {
    return run();
  } finally {
    typing = false;
  }
}

/** Uploaded images travel in the theme as data URLs: kept small (the validator allows 512 kB). */
const MAX_UPLOAD_BYTES = 256 * 1024;

/**
 * A text input that keeps what is being typed (even when not yet a valid value) and shows the
 * reason it is refused once the field is left; it follows outside changes (undo) while not focused.
 */
function DraftInput({ label, value, onCommit, type = 'text', inputMode, hint }: { label: string; value: string; onCommit: (text: string) => string | undefined; type?: 'text' | 'number' | 'url'; inputMode?: 'decimal' | 'text' | 'url' | undefined; hint?: string | undefined }) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [draft, setDraft] = useState(value);
  const [error, setError] = useState<string>();
  const pending = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (document.activeElement === input.current) return;
    setDraft(value);
    setError(undefined);
    pending.current = undefined;
  }, [value]);
  const change = (event: ChangeEvent<HTMLInputElement>) => {
    const text = event.currentTarget.value;
    setDraft(text);
    pending.current = asTyping(() => onCommit(text));
    if (!pending.current) setError(undefined);
  };
  const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className="sp-field">
      <label htmlFor={id}>{label}</label>
      <input
        ref={input}
        id={id}
        className="field-input"
        type={type === 'number' ? 'text' : type}
        inputMode={type === 'number' ? 'decimal' : inputMode}
        value={draft}
        onChange={change}
        onBlur={() => {
          setError(pending.current);
          useStudio.getState().endEdit();
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter') setError(pending.current);
        }}
        aria-invalid={error ? true : undefined}
        aria-describedby={described}
        autoComplete="off"
        spellCheck={false}
      />
      {hint && (
        <p className="sp-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}

const toText = (value: unknown): string => (value === undefined ? '' : String(value));
const emptyToUndefined = (text: string): string | undefined => (text.trim() === '' ? undefined : text);

function useNumber(): (text: string) => number | string | undefined {
  const t = useT();
  return (text) => {
    if (text.trim() === '') return undefined;
    const n = Number(text);
    return Number.isFinite(n) ? n : t('studio.error.number');
  };
}

/** Parses a number field; a text that is not a number is its error. */
function numberCommit(parse: (text: string) => number | string | undefined, commit: (value: number | undefined) => string | undefined) {
  return (text: string) => {
    const value = parse(text);
    return typeof value === 'string' ? value : commit(value);
  };
}

function hex(color: string | undefined): string {
  const rgba = color === undefined ? undefined : parseColor(color);
  if (!rgba) return '#000000';
  return `#${[rgba.r, rgba.g, rgba.b].map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
}

function ColorInput({ label, value, onCommit }: { label: string; value: string | undefined; onCommit: Commit }) {
  const t = useT();
  const pickerId = useId();
  return (
    <div className="sp-color">
      <DraftInput label={label} value={toText(value)} onCommit={(text) => onCommit(emptyToUndefined(text.trim()))} hint={t('studio.hint.color')} />
      <label className="sp-swatch" htmlFor={pickerId}>
        <span className="visually-hidden">{t('studio.field.pick', { name: label })}</span>
        <input id={pickerId} type="color" value={hex(value)} onChange={(e) => void onCommit(e.currentTarget.value.toUpperCase())} />
      </label>
    </div>
  );
}

function localValue(text: LocalText | undefined, locale: Locale): string {
  if (text === undefined) return '';
  return typeof text === 'string' ? text : (text[locale] ?? '');
}

/** Per-locale text: one field per language; a plain string shows in all three until one is changed. */
function LocalTextInputs({ name, value, onCommit }: { name: string; value: LocalText | undefined; onCommit: (value: LocalText | undefined) => string | undefined }) {
  const t = useT();
  const set = (locale: Locale, text: string): string | undefined => {
    const current: Partial<Record<Locale, string>> = typeof value === 'string' ? Object.fromEntries(LOCALES.map((l) => [l, value])) : { ...value };
    const next = Object.fromEntries(Object.entries({ ...current, [locale]: text }).filter(([, v]) => v !== '' && v !== undefined));
    return onCommit(Object.keys(next).length === 0 ? undefined : next);
  };
  return (
    <>
      {LOCALES.map((locale) => (
        <DraftInput key={locale} label={t('studio.field.text', { name, locale: localeNames[locale] })} value={localValue(value, locale)} onCommit={(text) => set(locale, text)} />
      ))}
    </>
  );
}

function compact<T extends object>(value: T): T | undefined {
  const entries = Object.entries(value).filter(([, v]) => v !== undefined);
  return entries.length === 0 ? undefined : (Object.fromEntries(entries) as T);
}

function AttributedInputs({ name, value, onCommit }: { name: string; value: AttributedText | undefined; onCommit: Commit }) {
  const t = useT();
  const number = useNumber();
  const set = (patch: { [K in keyof AttributedText]?: AttributedText[K] | undefined }) => onCommit(compact({ ...value, ...patch }));
  return (
    <>
      <LocalTextInputs name={name} value={value?.text} onCommit={(text) => set({ text })} />
      <ColorInput label={t('studio.field.color', { name })} value={value?.color} onCommit={(color) => set({ color: color as string | undefined })} />
      <DraftInput label={t('studio.field.fontSize', { name })} type="number" value={toText(value?.fontSize)} onCommit={numberCommit(number, (fontSize) => set({ fontSize }))} />
      <DraftInput label={t('studio.field.fontWeight', { name })} type="number" value={toText(value?.fontWeight)} onCommit={numberCommit(number, (fontWeight) => set({ fontWeight }))} />
    </>
  );
}

/**
 * An agreement's name (every language) and URL. The theme takes it whole, as `[name, url]`
 * (TXCustomModel's privacyOne): what is typed first waits here for the other half.
 */
function AgreementInputs({ name, value, onCommit }: { name: string; value: Agreement | undefined; onCommit: Commit }) {
  const t = useT();
  const [typed, setTyped] = useState<Agreement>({ name: value?.name ?? '', url: value?.url ?? '' });
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    // A new value from elsewhere (undo, the JSON editor, an import) replaces what was typed.
    setShown(value);
    setTyped({ name: value?.name ?? '', url: value?.url ?? '' });
  }
  const set = (patch: Partial<Agreement>) => {
    const next = { ...typed, ...patch };
    setTyped(next);
    return onCommit(next.name === '' && next.url === '' ? undefined : [next.name, next.url]);
  };
  return (
    <>
      <LocalTextInputs name={t('studio.field.agreementName', { name })} value={typed.name} onCommit={(text) => set({ name: text ?? '' })} />
      <DraftInput label={t('studio.field.url', { name })} type="url" inputMode="url" value={typed.url} onCommit={(text) => set({ url: text.trim() })} />
    </>
  );
}

const FRAME_FIELDS = ['x', 'y', 'width', 'height', 'dx', 'dy'] as const;
const FRAME_LABELS: Record<(typeof FRAME_FIELDS)[number], PackMessageKey> = {
  x: 'studio.frame.x',
  y: 'studio.frame.y',
  width: 'studio.frame.width',
  height: 'studio.frame.height',
  dx: 'studio.frame.dx',
  dy: 'studio.frame.dy',
};

function FrameInputs({ name, value, only, onCommit }: { name: string; value: Frame | undefined; only: readonly (typeof FRAME_FIELDS)[number][] | undefined; onCommit: Commit }) {
  const t = useT();
  const number = useNumber();
  return (
    <div className="sp-grid">
      {(only ?? FRAME_FIELDS).map((field) => (
        <DraftInput
          key={field}
          label={t(FRAME_LABELS[field], { name })}
          type="number"
          value={toText(value?.[field])}
          onCommit={numberCommit(number, (n) => onCommit(compact({ ...value, [field]: n })))}
        />
      ))}
    </div>
  );
}

function NumberList({ name, labels, value, onCommit }: { name: string; labels: PackMessageKey[]; value: readonly number[] | undefined; onCommit: Commit }) {
  const t = useT();
  const number = useNumber();
  return (
    <div className="sp-grid">
      {labels.map((label, i) => (
        <DraftInput
          key={label}
          label={t(label, { name })}
          type="number"
          value={toText(value?.[i])}
          onCommit={numberCommit(number, (n) => {
            const next = labels.map((_, j) => (j === i ? n : value?.[j]));
            return onCommit(next.every((x) => x === undefined) ? undefined : next.map((x) => x ?? 0));
          })}
        />
      ))}
    </div>
  );
}

function ImageInput({ label, value, onCommit, colorsAllowed = false }: { label: string; value: string | undefined; onCommit: Commit; colorsAllowed?: boolean }) {
  const t = useT();
  const fileId = useId();
  const [uploadError, setUploadError] = useState<string>();
  const upload = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.currentTarget.files?.[0];
    event.currentTarget.value = '';
    if (!file) return;
    if (file.size > MAX_UPLOAD_BYTES) return setUploadError(t('studio.error.upload', { max: MAX_UPLOAD_BYTES / 1024 }));
    const reader = new FileReader();
    reader.onload = () => setUploadError(typeof reader.result === 'string' ? onCommit(reader.result) : t('studio.error.uploadRead'));
    reader.onerror = () => setUploadError(t('studio.error.uploadRead'));
    reader.readAsDataURL(file);
  };
  const isImage = value !== undefined && !parseColor(value);
  return (
    <div className="sp-image">
      <DraftInput
        label={label}
        type="url"
        inputMode="url"
        value={value?.startsWith('data:') ? t('studio.field.uploaded') : toText(value)}
        onCommit={(text) => (text === t('studio.field.uploaded') ? undefined : onCommit(emptyToUndefined(text.trim())))}
        hint={colorsAllowed ? t('studio.hint.imageOrColor') : t('studio.hint.image')}
      />
      <div className="sp-upload">
        {isImage && <img className="sp-thumb" src={value} alt="" />}
        <label className="btn btn-secondary sp-upload-button" htmlFor={fileId}>
          {t('studio.field.upload', { name: label })}
        </label>
        <input id={fileId} className="visually-hidden" type="file" accept="image/png,image/jpeg,image/gif,image/webp,image/svg+xml" onChange={upload} />
      </div>
      {uploadError && (
        <p className="field-error" role="alert">
          {uploadError}
        </p>
      )}
    </div>
  );
}

function SelectInput({ label, value, options, onCommit }: { label: string; value: string | undefined; options: readonly { value: string; label: string }[]; onCommit: Commit }) {
  const t = useT();
  const id = useId();
  const [error, setError] = useState<string>();
  return (
    <div className="sp-field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value ?? ''} onChange={(e) => setError(onCommit(e.currentTarget.value === '' ? undefined : e.currentTarget.value))}>
        <option value="">{t('studio.default')}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {error && <p className="field-error">{error}</p>}
    </div>
  );
}

function listCommit<T>(value: readonly T[] | undefined, index: number, length: number, onCommit: Commit): Commit {
  return (item) => {
    const next = Array.from({ length }, (_, i) => (i === index ? (item as T | undefined) : value?.[i]));
    while (next.length > 0 && next[next.length - 1] === undefined) next.pop();
    return onCommit(next.length === 0 ? undefined : next.map((x) => x ?? ''));
  };
}

const DARK_TOKENS = (Object.keys(PAGE_TOKENS) as (keyof PageTokens)[]).filter((token) => PAGE_TOKENS[token].type === 'color');

/** The control(s) of one property, chosen by its kind (properties.ts). */
function Inputs({ name, kind, value, onCommit, onJson }: { name: PropertyName; kind: Kind; value: unknown; onCommit: Commit; onJson: () => void }): ReactNode {
  const t = useT();
  const number = useNumber();
  switch (kind.type) {
    case 'color':
      return <ColorInput label={name} value={value as string | undefined} onCommit={onCommit} />;
    case 'fontFamily':
      return <DraftInput label={name} value={toText(value)} onCommit={(text) => onCommit(emptyToUndefined(text))} />;
    case 'colors':
      return Array.from({ length: kind.max }, (_, i) => (
        <ColorInput key={i} label={t('studio.field.item', { name, n: i + 1 })} value={(value as string[] | undefined)?.[i]} onCommit={listCommit(value as string[] | undefined, i, kind.max, onCommit)} />
      ));
    case 'attributed':
      return <AttributedInputs name={name} value={value as AttributedText | undefined} onCommit={onCommit} />;
    case 'text':
      return <LocalTextInputs name={name} value={value as LocalText | undefined} onCommit={onCommit} />;
    case 'texts': {
      // Each item in every language, like a single text: editing one keeps the others' translations.
      const items = value as LocalText[] | undefined;
      return Array.from({ length: kind.max }, (_, i) => (
        <LocalTextInputs key={i} name={t('studio.field.item', { name, n: i + 1 })} value={items?.[i]} onCommit={listCommit(items, i, kind.max, onCommit)} />
      ));
    }
    case 'image':
      return <ImageInput label={name} value={value as string | undefined} onCommit={onCommit} />;
    case 'images': {
      const states = STATE_NAMES[name] ?? [];
      return Array.from({ length: kind.max }, (_, i) => (
        <ImageInput
          key={i}
          label={states[i] ? `${name}: ${t(`studio.state.${states[i]}` as PackMessageKey)}` : t('studio.field.item', { name, n: i + 1 })}
          value={(value as string[] | undefined)?.[i]}
          colorsAllowed={kind.colorsAllowed}
          onCommit={listCommit(value as string[] | undefined, i, kind.max, onCommit)}
        />
      ));
    }
    case 'frame':
      return <FrameInputs name={name} value={value as Frame | undefined} only={kind.only} onCommit={onCommit} />;
    case 'bool':
      return (
        <SelectInput
          label={name}
          value={value === undefined ? undefined : String(value)}
          options={[
            { value: 'true', label: t('studio.yes') },
            { value: 'false', label: t('studio.no') },
          ]}
          onCommit={(v) => onCommit(v === undefined ? undefined : v === 'true')}
        />
      );
    case 'number':
      return <DraftInput label={name} type="number" value={toText(value)} onCommit={numberCommit(number, onCommit)} hint={t('studio.hint.range', { min: kind.min, max: kind.max })} />;
    case 'enum':
      return <SelectInput label={name} value={value as string | undefined} options={kind.values.map((v) => ({ value: v, label: v }))} onCommit={onCommit} />;
    case 'radii':
      return <NumberList name={name} labels={['studio.corner.tl', 'studio.corner.bl', 'studio.corner.br', 'studio.corner.tr']} value={value as number[] | undefined} onCommit={onCommit} />;
    case 'insets': {
      const insets = value as { top: number; left: number; bottom: number; right: number } | undefined;
      return (
        <NumberList
          name={name}
          labels={['studio.inset.top', 'studio.inset.left', 'studio.inset.bottom', 'studio.inset.right']}
          value={insets && [insets.top, insets.left, insets.bottom, insets.right]}
          onCommit={(list) => {
            const [top, left, bottom, right] = (list as number[] | undefined) ?? [];
            return onCommit(list === undefined ? undefined : { top, left, bottom, right });
          }}
        />
      );
    }
    case 'font': {
      const font = value as { size?: number; weight?: number } | undefined;
      return (
        <div className="sp-grid">
          <DraftInput label={t('studio.field.fontSize', { name })} type="number" value={toText(font?.size)} onCommit={numberCommit(number, (size) => onCommit(compact({ ...font, size })))} />
          <DraftInput label={t('studio.field.fontWeight', { name })} type="number" value={toText(font?.weight)} onCommit={numberCommit(number, (weight) => onCommit(compact({ ...font, weight })))} />
        </div>
      );
    }
    case 'agreement':
      return <AgreementInputs name={name} value={value as Agreement | undefined} onCommit={onCommit} />;
    case 'dark': {
      const dark = (value ?? {}) as PageTokens;
      return DARK_TOKENS.map((token) => (
        <ColorInput key={token} label={`dark.${token}`} value={dark[token] as string | undefined} onCommit={(color) => onCommit(compact({ ...dark, [token]: color }))} />
      ));
    }
    case 'customViews':
    case 'customView':
      return (
        <p className="sp-hint">
          {t('studio.jsonOnly')}{' '}
          <button type="button" className="btn-link" onClick={onJson}>
            {t('studio.tab.json')}
          </button>
        </p>
      );
  }
}

/** One property: its control(s), and "reset" when the theme sets it. */
export function PropertyControl({ name, kind, theme, isSet, onJson }: { name: PropertyName; kind: Kind; theme: Theme; isSet: boolean; onJson: () => void }) {
  const t = useT();
  const onCommit: Commit = (value) => editProperty(name, value, typing);
  const composite = !['color', 'fontFamily', 'image', 'bool', 'number', 'enum', 'customViews', 'customView'].includes(kind.type);
  const body = <Inputs name={name} kind={kind} value={theme[name]} onCommit={onCommit} onJson={onJson} />;
  const reset = isSet && (
    <button type="button" className="btn-link sp-reset" onClick={() => editProperty(name, undefined)}>
      {t('studio.reset', { name })}
    </button>
  );
  return composite ? (
    <fieldset className="sp-prop" id={`prop-${name}`}>
      <legend className="sp-prop-name">{name}</legend>
      {body}
      {reset}
    </fieldset>
  ) : (
    <div className="sp-prop" id={`prop-${name}`}>
      {body}
      {reset}
    </div>
  );
}
