import { useEffect, useId, useMemo, useRef, useState, type ChangeEvent, type ReactNode, type KeyboardEvent as ReactKeyboardEvent } from 'react';
import { useAppConfig } from '../../config/app-config';
import NotFoundPage from '../../app/NotFoundPage';
import type { Locale } from '../../i18n/locales';
import type { PackMessageKey } from '../../i18n/packs';
import { useLocale, useT } from '../../i18n/use-t';
import { validateTheme } from '../../theme/full';
import type { Theme, ThemeProblem } from '../../theme/model';
import { PROPERTIES } from '../../theme/properties';
import { LanguageSwitcher, LocaleOptions } from '../../ui/LanguageSwitcher';
import { PropertyControl } from './controls';
import { exportJava } from './export/java';
import { exportJson } from './export/json';
import { exportObjC } from './export/objc';
import { GROUPS, groupOf } from './groups';
import { Previews, type PreviewSettings } from './Previews';
import { DEVICE_IDS, DEVICES, SCENE_IDS, type ColorScheme, type DeviceId, type SceneId } from './scenes';
import { shareLink } from './share';
import { describeProblems, readDocument, topLevelKey, useStudio, type DocumentProblem, type ThemeDocument } from './studio-store';
import './studio.css';
import { hasOwn } from '../../platform/has-own';

type EditorTab = 'controls' | 'json';
type ExportKind = 'json' | 'objc' | 'java';

const EXPORT_LABELS: Record<ExportKind, PackMessageKey> = { json: 'studio.export.json', objc: 'studio.export.objc', java: 'studio.export.java' };
const SCENE_LABELS = Object.fromEntries(SCENE_IDS.map((id) => [id, `studio.scene.${id}`])) as Record<SceneId, PackMessageKey>;
const DEVICE_LABELS = Object.fromEntries(DEVICE_IDS.map((id) => [id, `studio.device.${id}`])) as Record<DeviceId, PackMessageKey>;
const ALL = 'all';

/** `/studio`: the theme studio (issue 6). Off unless config enables it (on in development). */
export default function StudioPage() {
  return useAppConfig().studio.enabled ? <Studio /> : <NotFoundPage />;
}

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

function Studio() {
  const t = useT();
  const locale = useLocale();
  const document = useStudio((s) => s.document);
  const canUndo = useStudio((s) => s.past.length > 0);
  const canRedo = useStudio((s) => s.future.length > 0);
  const { undo, redo, commit } = useStudio.getState();

  const { theme, problems } = useMemo(() => validateTheme(document), [document]);
  const [tab, setTab] = useState<EditorTab>('controls');
  const [openGroups, setOpenGroups] = useState<ReadonlySet<string>>(() => new Set(['page', 'nav', 'logo', 'login']));
  const [settings, setSettings] = useState<PreviewSettings>({ scenes: ['one-click'], devices: DEVICE_IDS, locale, scheme: 'light' });
  const [exporting, setExporting] = useState<ExportKind>();
  const [status, setStatus] = useState(() => {
    const shared = useStudio.getState().sharedLink;
    if (!shared) return '';
    return shared.loaded ? t('studio.status.linkLoaded') : t('studio.status.linkBroken', { reason: shared.reason });
  });
  const [link, setLink] = useState<string>();
  const fileInput = useRef<HTMLInputElement>(null);

  const showProblem = (path: string) => {
    const name = topLevelKey(path);
    // groupOf knows property names only.
    const group = name === undefined ? undefined : groupOf(name);
    if (!name || !group) return setTab('json');
    setTab('controls');
    setOpenGroups((open) => new Set([...open, group.id]));
    requestAnimationFrame(() => globalThis.document.querySelector<HTMLElement>(`#prop-${name} :is(input, select, button)`)?.focus());
  };

  const onImport = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.currentTarget.files?.[0];
    event.currentTarget.value = '';
    if (!file) return;
    const result = readDocument(await file.text());
    if (!result.ok) return setStatus(t('studio.status.importFailed', { name: file.name, reason: describeProblems(result.problems) }));
    commit(result.document);
    setStatus(t('studio.status.imported', { name: file.name }));
  };

  const onShare = async () => {
    const url = shareLink(document, window.location.origin);
    setLink(url);
    try {
      await navigator.clipboard.writeText(url);
      setStatus(t('studio.status.linkCopied'));
    } catch {
      setStatus(t('studio.status.linkReady'));
    }
  };

  const onShortcut = (event: ReactKeyboardEvent) => {
    if (!(event.ctrlKey || event.metaKey) || isTyping(event.target)) return;
    const key = event.key.toLowerCase();
    if (key === 'z' && !event.shiftKey) undo();
    else if ((key === 'z' && event.shiftKey) || key === 'y') redo();
    else return;
    event.preventDefault();
  };

  const sceneLabel = (scene: SceneId) => t(SCENE_LABELS[scene]);
  const deviceLabel = (device: DeviceId) => t(DEVICE_LABELS[device]);

  return (
    <div className="studio" onKeyDown={onShortcut}>
      <header className="sp-bar">
        <h1 className="sp-title">{t('studio.title')}</h1>
        <div className="sp-actions" role="toolbar" aria-label={t('studio.actions')}>
          <button type="button" className="btn btn-secondary" onClick={undo} disabled={!canUndo} aria-keyshortcuts="Control+Z">
            {t('studio.undo')}
          </button>
          <button type="button" className="btn btn-secondary" onClick={redo} disabled={!canRedo} aria-keyshortcuts="Control+Shift+Z">
            {t('studio.redo')}
          </button>
          <button type="button" className="btn btn-secondary" onClick={() => fileInput.current?.click()}>
            {t('studio.import')}
          </button>
          <input ref={fileInput} className="visually-hidden" type="file" accept=".json,application/json" aria-label={t('studio.import')} tabIndex={-1} onChange={(e) => void onImport(e)} />
          {(Object.keys(EXPORT_LABELS) as ExportKind[]).map((kind) => (
            <button key={kind} id={`export-${kind}`} type="button" className="btn btn-secondary" aria-expanded={exporting === kind} onClick={() => setExporting(kind)}>
              {t(EXPORT_LABELS[kind])}
            </button>
          ))}
          <button type="button" className="btn btn-secondary" onClick={() => void onShare()}>
            {t('studio.share')}
          </button>
        </div>
        <LanguageSwitcher />
      </header>
      <p className="sp-status" role="status">
        {status}
      </p>
      {link && <ShareLink url={link} />}
      {exporting && (
        <ExportPanel
          kind={exporting}
          theme={theme}
          locale={settings.locale}
          onClose={() => {
            setExporting(undefined);
            globalThis.document.getElementById(`export-${exporting}`)?.focus();
          }}
        />
      )}
      <main className="sp-layout" id="main">
        <section className="sp-editor" aria-labelledby="sp-editor-title">
          <h2 id="sp-editor-title">{t('studio.editor')}</h2>
          {/* Two views of one theme (not ARIA tabs: both edit the same document and either can be used at any time). */}
          <div className="sp-views" role="group" aria-label={t('studio.editor')}>
            {(['controls', 'json'] as const).map((view) => (
              <button key={view} type="button" className="sp-view" aria-pressed={tab === view} onClick={() => setTab(view)}>
                {t(view === 'controls' ? 'studio.tab.controls' : 'studio.tab.json')}
              </button>
            ))}
          </div>
          <div className="sp-panel">
            {tab === 'controls' ? (
              <ControlGroups theme={theme} document={document} open={openGroups} onOpen={setOpenGroups} onJson={() => setTab('json')} />
            ) : (
              <JsonEditor document={document} />
            )}
          </div>
          <ProblemList problems={problems} onShow={showProblem} />
        </section>
        <section className="sp-preview" aria-labelledby="sp-preview-title">
          <h2 id="sp-preview-title">{t('studio.previews')}</h2>
          <PreviewOptions settings={settings} onChange={setSettings} sceneLabel={sceneLabel} deviceLabel={deviceLabel} />
          <Previews theme={document} settings={settings} sceneLabel={sceneLabel} deviceLabel={deviceLabel} />
        </section>
      </main>
    </div>
  );
}

function ShareLink({ url }: { url: string }) {
  const t = useT();
  const id = useId();
  return (
    <div className="sp-field sp-share">
      <label htmlFor={id}>{t('studio.shareLink')}</label>
      <input id={id} className="field-input" readOnly value={url} onFocus={(e) => e.currentTarget.select()} />
    </div>
  );
}

function ControlGroups({ theme, document, open, onOpen, onJson }: { theme: Theme; document: ThemeDocument; open: ReadonlySet<string>; onOpen: (open: ReadonlySet<string>) => void; onJson: () => void }) {
  const t = useT();
  const toggle = (id: string, isOpen: boolean) => {
    if (isOpen === open.has(id)) return;
    const next = new Set(open);
    if (isOpen) next.add(id);
    else next.delete(id);
    onOpen(next);
  };
  return (
    <div className="sp-groups">
      {GROUPS.map((group) => (
        <details key={group.id} className="sp-group" open={open.has(group.id)} onToggle={(e) => toggle(group.id, e.currentTarget.open)} data-group={group.id}>
          <summary>
            {t(group.label)} <span className="sp-count">{t('studio.setCount', { n: group.properties.filter((p) => theme[p] !== undefined).length, total: group.properties.length })}</span>
          </summary>
          {open.has(group.id) &&
            group.properties.map((name) => <PropertyControl key={name} name={name} kind={PROPERTIES[name]} theme={theme} isSet={hasOwn(document, name) || theme[name] !== undefined} onJson={onJson} />)}
        </details>
      ))}
    </div>
  );
}

const pretty = (document: ThemeDocument) => `${JSON.stringify(document, null, 2)}\n`;

/**
 * The theme as JSON text. A text that is not JSON, or whose theme has errors, is shown with its
 * problems at their paths and is not applied: the previews keep the last valid theme.
 */
function JsonEditor({ document }: { document: ThemeDocument }) {
  const t = useT();
  const id = useId();
  const area = useRef<HTMLTextAreaElement>(null);
  const [draft, setDraft] = useState(() => pretty(document));
  const [problems, setProblems] = useState<DocumentProblem[]>([]);
  const committed = useRef(document);

  useEffect(() => {
    // Outside changes (undo, redo, import) replace the text, unless it is the one just typed.
    if (document === committed.current) return;
    committed.current = document;
    setDraft(pretty(document));
    setProblems([]);
  }, [document]);

  const change = (text: string) => {
    setDraft(text);
    const result = readDocument(text);
    setProblems(result.ok ? [] : result.problems);
    if (!result.ok) return;
    committed.current = result.document;
    useStudio.getState().commit(result.document, 'json');
  };

  return (
    <div className="sp-json">
      <label htmlFor={id}>{t('studio.json.label')}</label>
      <p className="sp-hint" id={`${id}-hint`}>
        {t('studio.json.hint')}
      </p>
      <textarea
        ref={area}
        id={id}
        className="sp-json-text"
        value={draft}
        onChange={(e) => change(e.currentTarget.value)}
        onBlur={() => useStudio.getState().endEdit()}
        spellCheck={false}
        autoComplete="off"
        aria-invalid={problems.length > 0 ? true : undefined}
        aria-describedby={`${id}-hint ${id}-problems`}
        rows={24}
      />
      <div id={`${id}-problems`} aria-live="polite">
        {problems.length > 0 && (
          <ul className="sp-json-problems" data-testid="json-problems">
            {problems.map((p, i) => (
              <li key={i} className="field-error">
                <code>{p.path}</code>
                {p.line !== undefined && <> ({t('studio.json.line', { line: p.line })})</>}: {p.message} {t('studio.json.notApplied')}
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}

function ProblemList({ problems, onShow }: { problems: ThemeProblem[]; onShow: (path: string) => void }) {
  const t = useT();
  return (
    <section className="sp-problems" aria-labelledby="sp-problems-title">
      <h3 id="sp-problems-title">{t('studio.problems', { n: problems.length })}</h3>
      {problems.length === 0 ? (
        <p className="sp-hint">{t('studio.problems.none')}</p>
      ) : (
        <ul>
          {problems.map((p, i) => (
            <li key={i} className={p.level === 'error' ? 'sp-problem is-error' : 'sp-problem'}>
              <code>{p.path}</code> {p.message}
              {p.suggestion && <> {t('studio.problems.didYouMean', { name: p.suggestion })}</>}{' '}
              <button type="button" className="btn-link" onClick={() => onShow(p.path)}>
                {t('studio.problems.show')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** A labelled select of the preview options. */
function OptionSelect({ label, value, onChange, children }: { label: string; value: string; onChange: (value: string) => void; children: ReactNode }) {
  const id = useId();
  return (
    <div className="sp-field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.currentTarget.value)}>
        {children}
      </select>
    </div>
  );
}

function PreviewOptions({ settings, onChange, sceneLabel, deviceLabel }: { settings: PreviewSettings; onChange: (s: PreviewSettings) => void; sceneLabel: (s: SceneId) => string; deviceLabel: (d: DeviceId) => string }) {
  const t = useT();
  const sceneValue = settings.scenes.length === 1 ? settings.scenes[0]! : ALL;
  const deviceValue = settings.devices.length === 1 ? settings.devices[0]! : ALL;
  const setScene = (value: string) => {
    const scenes = value === ALL ? SCENE_IDS : [value as SceneId];
    // Every state in every device would be 48 frames: all states show in one device.
    const devices = value === ALL && settings.devices.length > 1 ? (['phone'] as DeviceId[]) : settings.devices;
    onChange({ ...settings, scenes, devices });
  };
  const setDevice = (value: string) => {
    const devices = value === ALL ? DEVICE_IDS : [value as DeviceId];
    const scenes = value === ALL && settings.scenes.length > 1 ? (['one-click'] as SceneId[]) : settings.scenes;
    onChange({ ...settings, devices, scenes });
  };
  return (
    <div className="sp-options">
      <OptionSelect label={t('studio.option.scene')} value={sceneValue} onChange={setScene}>
        <option value={ALL}>{t('studio.option.allScenes')}</option>
        {SCENE_IDS.map((id) => (
          <option key={id} value={id}>
            {sceneLabel(id)}
          </option>
        ))}
      </OptionSelect>
      <OptionSelect label={t('studio.option.device')} value={deviceValue} onChange={setDevice}>
        <option value={ALL}>{t('studio.option.allDevices')}</option>
        {DEVICE_IDS.map((id) => (
          <option key={id} value={id}>
            {deviceLabel(id)} ({DEVICES[id].width})
          </option>
        ))}
      </OptionSelect>
      <OptionSelect label={t('studio.option.locale')} value={settings.locale} onChange={(locale) => onChange({ ...settings, locale: locale as Locale })}>
        <LocaleOptions />
      </OptionSelect>
      <OptionSelect label={t('studio.option.scheme')} value={settings.scheme} onChange={(scheme) => onChange({ ...settings, scheme: scheme as ColorScheme })}>
        <option value="light">{t('studio.scheme.light')}</option>
        <option value="dark">{t('studio.scheme.dark')}</option>
      </OptionSelect>
    </div>
  );
}

const EXPORTERS: Record<ExportKind, (theme: Theme, locale: Locale) => string> = {
  json: exportJson,
  objc: exportObjC,
  java: exportJava,
};
const FILE_NAMES: Record<ExportKind, string> = { json: 'theme.json', objc: 'TXCustomModel+Theme.m', java: 'AuthUIConfigTheme.java' };

/** The export of the theme in one format: shown under the toolbar, focus on its heading; "close" returns to the button. */
function ExportPanel({ kind, theme, locale, onClose }: { kind: ExportKind; theme: Theme; locale: Locale; onClose: () => void }) {
  const t = useT();
  const titleId = useId();
  const textId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const text = useMemo(() => EXPORTERS[kind](theme, locale), [kind, theme, locale]);
  const [copied, setCopied] = useState('');
  useEffect(() => heading.current?.focus(), [kind]);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(t('studio.export.copied'));
    } catch {
      setCopied(t('studio.export.copyFailed'));
    }
  };
  const download = () => {
    const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
    const anchor = globalThis.document.createElement('a');
    anchor.href = url;
    anchor.download = FILE_NAMES[kind];
    anchor.click();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  };
  return (
    <section className="sp-export" aria-labelledby={titleId} onKeyDown={(e) => e.key === 'Escape' && onClose()}>
      <h2 id={titleId} ref={heading} tabIndex={-1}>
        {t(EXPORT_LABELS[kind])}
      </h2>
      <label htmlFor={textId}>{t('studio.export.code')}</label>
      <textarea id={textId} className="sp-json-text" readOnly value={text} rows={16} spellCheck={false} wrap="off" />
      <p role="status">{copied}</p>
      <div className="sp-dialog-actions">
        <button type="button" className="btn btn-primary" onClick={() => void copy()}>
          {t('studio.export.copy')}
        </button>
        <button type="button" className="btn btn-secondary" onClick={download}>
          {t('studio.export.download')}
        </button>
        <button type="button" className="btn btn-secondary" onClick={onClose}>
          {t('studio.close')}
        </button>
      </div>
    </section>
  );
}
